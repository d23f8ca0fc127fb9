package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.ReportedLocation;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Open311 POST form: the spec's fields, our attributes, the location rule, the limits and refusals. */
class Open311RequestFormTest {

    private static final String TC = TcKimlikNo.withCheckDigits("123456789").value();
    private static final CatalogueEntry TYPE = new CatalogueEntry(101, "SAG-01", "Hastane randevusu alınamaması (MHRS)",
            ProblemArea.SERVICE_DELIVERY, 1, "SAG", "Sağlık");
    private static final ApiCaller KIOSK = new ApiCaller.ChannelMachine(IntakeChannel.KIOSK);

    private static MultivaluedMap<String, String> form() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("api_key", "the-key");
        form.putSingle("service_code", "SAG-01");
        form.putSingle("jurisdiction_id", "06");
        form.putSingle("description", "Randevu sistemine <b>girilemiyor</b>.");
        form.putSingle("first_name", "Ayşe");
        form.putSingle("last_name", "Yılmaz");
        form.putSingle("phone", "0532 123 45 67");
        form.putSingle("email", "ayse@example.com.tr");
        form.putSingle("address_string", "Kızılay Mah. Atatürk Blv. No 1, Çankaya, Ankara");
        form.putSingle("attribute[tc_kimlik_no]", TC);
        return form;
    }

    private static NewApplication application(MultivaluedMap<String, String> params) {
        return Open311RequestForm.of(params).toNewApplication(TYPE, "Ankara", KIOSK);
    }

    @Test
    void theSpecsFieldsAndOurAttributesBecomeAnApplication() {
        Open311RequestForm form = Open311RequestForm.of(form());
        assertEquals("the-key", form.apiKey());
        assertEquals("SAG-01", form.requiredServiceCode());

        NewApplication application = form.toNewApplication(TYPE, "Ankara", KIOSK);
        assertEquals(101, application.applicationTypeId());
        assertEquals(6, application.provinceCode());
        assertEquals(IntakeChannel.KIOSK, application.channel());
        assertEquals(ApplicationKind.REQUEST, application.kind());
        assertEquals("Hastane randevusu alınamaması (MHRS)", application.subject(), "subject defaults to the service name");
        assertEquals("Randevu sistemine <b>girilemiyor</b>.", application.description(), "markup kept as given, nothing appended");
        assertEquals(TC, application.citizen().tcKimlikNo());
        assertEquals("+905321234567", application.citizen().phone());
        assertEquals(6, application.citizen().provinceCode());
        assertEquals("kanal-kiosk", application.actor());
        assertEquals(Optional.of("Kızılay Mah. Atatürk Blv. No 1, Çankaya, Ankara"), application.location().address());
        assertEquals("Çankaya", application.district(), "the district comes from the address");
    }

    @Test
    void optionalAttributesSetKindSubjectAndDistrict() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("attribute[kind]", "complaint");
        params.putSingle("attribute[subject]", "Randevu yok");
        params.putSingle("attribute[district]", "keçiören");
        NewApplication application = application(params);
        assertEquals(ApplicationKind.COMPLAINT, application.kind());
        assertEquals("Randevu yok", application.subject());
        assertEquals("Keçiören", application.district(), "the attribute wins over the address");
    }

    @Test
    void positionAddressAndMediaLinkAreKeptApartFromTheDescription() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("address_string", "Kızılay Mah. 1. Sok. No 5");
        params.putSingle("lat", "39.92");
        params.putSingle("long", "32.854");
        params.putSingle("media_url", "https://foto.example.org/ş/1.jpg");
        NewApplication application = application(params);
        ReportedLocation location = application.location();
        assertEquals(new BigDecimal("39.920000"), location.position().orElseThrow().latitude());
        assertEquals(new BigDecimal("32.854000"), location.position().orElseThrow().longitude());
        assertEquals(0, new BigDecimal("32.85").compareTo(location.position().orElseThrow().coarse().longitude()), "about a kilometre");
        assertEquals(Optional.of("Kızılay Mah. 1. Sok. No 5"), location.address());
        assertEquals("https://foto.example.org/%C5%9F/1.jpg", location.mediaUrl().orElseThrow().toString());
        assertEquals("Randevu sistemine <b>girilemiyor</b>.", application.description());
        assertNull(application.district(), "no province name at the end: no district");
    }

    @Test
    void aPositionAloneIsEnough() {
        MultivaluedMap<String, String> params = form();
        params.remove("address_string");
        params.putSingle("lat", "39.92");
        params.putSingle("long", "32.85");
        assertTrue(application(params).location().address().isEmpty());
    }

    @Test
    void withoutPositionOrAddressTheRequestIsRefused() {
        MultivaluedMap<String, String> params = form();
        params.remove("address_string");
        ApiProblem missing = assertThrows(ApiProblem.class, () -> application(params));
        assertEquals("REQUIRED_VALUE_MISSING", missing.code());
        assertTrue(missing.getMessage().contains("lat ile long") && missing.getMessage().contains("address_string"), missing.getMessage());
        params.putSingle("address_id", "545483");
        assertEquals("address_id", assertThrows(ApiProblem.class, () -> application(params)).field().orElseThrow());
    }

    @Test
    void aPositionOutOfRangeOrHalfGivenIsRefused() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("lat", "39.92");
        ApiProblem missingLong = assertThrows(ApiProblem.class, () -> application(params));
        assertEquals("long", missingLong.field().orElseThrow());
        assertEquals("LOCATION_INVALID", missingLong.code());
        params.putSingle("long", "200");
        assertEquals("LOCATION_INVALID", assertThrows(ApiProblem.class, () -> application(params)).code());
        assertEquals("long", assertThrows(ApiProblem.class, () -> application(params)).field().orElseThrow());
        params.putSingle("lat", "north");
        params.putSingle("long", "32.85");
        ApiProblem wrongLat = assertThrows(ApiProblem.class, () -> application(params));
        assertEquals("lat", wrongLat.field().orElseThrow(), "the half at fault is named");
        assertEquals("LOCATION_INVALID", wrongLat.code());
    }

    @Test
    void aMediaLinkMustBeHttpOrHttps() {
        for (String wrong : new String[] {"ftp://foto.example.org/1.jpg", "javascript:alert(1)", "foto.jpg",
                "https://user:secret@foto.example.org/1.jpg", "https://foto.example.org/" + "a".repeat(2100)}) {
            MultivaluedMap<String, String> params = form();
            params.putSingle("media_url", wrong);
            ApiProblem problem = assertThrows(ApiProblem.class, () -> application(params), wrong);
            assertEquals("media_url", problem.field().orElseThrow(), wrong);
        }
    }

    @Test
    void theDescriptionLimitIsTheSpecs4000Characters() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("description", "ş".repeat(Application.DESCRIPTION_LENGTH));
        assertEquals(4000, application(params).description().length());
        params.putSingle("description", "ş".repeat(Application.DESCRIPTION_LENGTH + 1));
        ApiProblem tooLong = assertThrows(ApiProblem.class, () -> application(params));
        assertEquals("description", tooLong.field().orElseThrow());
        assertTrue(tooLong.getMessage().contains("en fazla 4000 karakter"), tooLong.getMessage());
        assertTrue(tooLong.getMessage().contains("gönderilen: 4001 karakter"), tooLong.getMessage());
    }

    @Test
    void aParameterGivenTwiceIsRefusedNotCut() {
        MultivaluedMap<String, String> params = form();
        params.add("description", "ikinci");
        ApiProblem problem = assertThrows(ApiProblem.class, () -> Open311RequestForm.of(params));
        assertEquals("DUPLICATE_PARAMETER", problem.code());
        assertEquals("description", problem.field().orElseThrow());
    }

    @Test
    void jurisdictionIsAPlateCodeWithOrWithoutLeadingZero() {
        assertEquals(6, Open311RequestForm.plateCode("06"));
        assertEquals(6, Open311RequestForm.plateCode("6"));
        assertEquals(81, Open311RequestForm.plateCode(" 81 "));
        for (String wrong : new String[] {"00", "82", "99", "ankara", "006", "-6"}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> Open311RequestForm.plateCode(wrong), wrong);
            assertEquals(404, problem.status());
            assertEquals("jurisdiction_id", problem.field().orElseThrow());
        }
        MultivaluedMap<String, String> params = form();
        params.remove("jurisdiction_id");
        ApiProblem missing = assertThrows(ApiProblem.class, () -> Open311RequestForm.of(params).province());
        assertEquals("REQUIRED_VALUE_MISSING", missing.code());
        assertEquals(400, missing.status());
    }

    @Test
    void aDistrictIsReadFromAnAddressEndingInTheProvince() {
        assertEquals(Optional.of("Çankaya"), Open311RequestForm.districtIn("Kızılay Mah. No 1, Çankaya, Ankara", "Ankara"));
        assertEquals(Optional.of("Keçiören"), Open311RequestForm.districtIn("Bağlum Cad. No:3 KEÇİÖREN/ANKARA", "Ankara"));
        assertEquals(Optional.empty(), Open311RequestForm.districtIn("Atatürk Blv. No:1, Ankara", "Ankara"), "no word before: a number");
        assertEquals(Optional.empty(), Open311RequestForm.districtIn("Kızılay Mah. No 1, Çankaya", "Ankara"));
        assertEquals(Optional.empty(), Open311RequestForm.districtIn("Ankara", "Ankara"));
    }

    @Test
    void missingServiceCodeIsABadRequest() {
        MultivaluedMap<String, String> params = form();
        params.remove("service_code");
        ApiProblem problem = assertThrows(ApiProblem.class, () -> Open311RequestForm.of(params).requiredServiceCode());
        assertEquals("service_code", problem.field().orElseThrow());
    }

    @Test
    void aBadTcKimlikNoIsRefusedNamingTheCitizenField() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("attribute[tc_kimlik_no]", "12345678901");
        ApiProblem problem = assertThrows(ApiProblem.class, () -> application(params));
        assertEquals("TC_KIMLIK_NO_CHECKSUM", problem.code());
        assertEquals("citizen.tcKimlikNo", problem.field().orElseThrow());
    }

    @Test
    void withoutAttributesTheCitizenHasNoTcKimlikNo() {
        MultivaluedMap<String, String> params = form();
        params.remove("attribute[tc_kimlik_no]");
        assertNull(Open311RequestForm.of(params).attributes().get("tc_kimlik_no"));
        ApiProblem problem = assertThrows(ApiProblem.class, () -> application(params));
        assertEquals("TC_KIMLIK_NO_EMPTY", problem.code());
    }
}
