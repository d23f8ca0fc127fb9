package tr.gov.acikkapi.casecore.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

/** Whose applications to list. Sent in a body, so the TC Kimlik No stays out of URLs and access logs. */
@Schema(description = "Vatandaşın başvurularını listeleme")
public record CitizenLookupForm(@Schema(required = true, example = "10000000146") String tcKimlikNo,
                                @Schema(description = "Kanallar için zorunlu: vatandaşın kayıtlı telefon numarası (kimlik kanıtı)",
                                        example = "0532 123 45 67") String phone) {

    /** The phone the citizen gave as proof, checked; 400 {@code CITIZEN_PROOF_REQUIRED} when missing. */
    public PhoneNumber checkedPhone() {
        if (phone == null || phone.isBlank()) {
            throw ApiProblem.badRequest("CITIZEN_PROOF_REQUIRED", "Vatandaşın başvurularını listelemek için kayıtlı telefon "
                    + "numarasını (phone) da gönderin.", "phone");
        }
        return FieldValidation.check("phone", () -> PhoneNumber.of(phone));
    }


    /** The TC Kimlik No, checked. */
    public TcKimlikNo checked() {
        return FieldValidation.check("tcKimlikNo", () -> TcKimlikNo.of(tcKimlikNo));
    }
}
