package tr.gov.acikkapi.casecore.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.domain.model.citizen.EmailAddress;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.model.geography.District;

/** The applicant as a channel sends them; a citizen already known by the TC Kimlik No keeps the recorded name. */
@Schema(description = "Başvuru sahibi")
public record CitizenForm(
        @Schema(description = "T.C. Kimlik No, 11 hane", required = true, example = "10000000146")
        String tcKimlikNo,
        @Schema(required = true, example = "Ayşe")
        String firstName,
        @Schema(required = true, example = "Yılmaz")
        String lastName,
        @Schema(description = "Türkiye numarası, her yaygın biçimde", example = "0532 123 45 67")
        String phone,
        String email,
        @Schema(description = "Oturduğu il (plaka kodu); verilmezse başvurunun ili")
        Integer provinceCode,
        String district,
        Integer birthYear,
        @Schema(description = "FEMALE, MALE veya UNSPECIFIED")
        String gender,
        EscortNeedsForm escortNeeds) {

    /** A valid name to check one half of {@link PersonName} beside, so that the error names its own field. */
    private static final String VALID_NAME = "Ad";

    /** The citizen's details, every field checked; {@code applicationProvince} stands in for a missing province. */
    public CitizenDetails toDetails(int applicationProvince) {
        String tc = FieldValidation.check("citizen.tcKimlikNo", () -> TcKimlikNo.of(tcKimlikNo)).value();
        FieldValidation.check("citizen.firstName", () -> PersonName.of(firstName, VALID_NAME));
        FieldValidation.check("citizen.lastName", () -> PersonName.of(VALID_NAME, lastName));
        String e164 = blank(phone) ? null : FieldValidation.check("citizen.phone", () -> PhoneNumber.of(phone)).e164();
        String mail = blank(email) ? null : FieldValidation.check("citizen.email", () -> EmailAddress.of(email)).value();
        int province = provinceCode == null ? applicationProvince : FieldValidation.province("citizen.provinceCode", provinceCode);
        String districtName = blank(district) ? null
                : FieldValidation.check("citizen.district", () -> District.of(district)).name();
        Gender checkedGender = blank(gender) ? null : FieldValidation.oneOf("citizen.gender", gender, Gender.class,
                "Cinsiyet FEMALE (kadın), MALE (erkek) veya UNSPECIFIED (belirtilmedi) olmalıdır.");
        EscortNeeds needs = escortNeeds == null ? EscortNeeds.none() : escortNeeds.toEscortNeeds();
        return new CitizenDetails(tc, firstName, lastName, e164, mail, province, districtName, birthYear, checkedGender, needs);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
