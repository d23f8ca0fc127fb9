package tr.gov.acikkapi.casecore.interfaces.open311;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.rest.ApplicationForm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        form.putSingle("attribute[tc_kimlik_no]", TC);
        return form;
    }

    @Test
    void theSpecsFieldsAndOurAttributesBecomeAnApplication() {
        Open311RequestForm form = Open311RequestForm.of(form());
        assertEquals("the-key", form.apiKey());
        assertEquals("SAG-01", form.requiredServiceCode());

        NewApplication application = form.toApplicationForm(TYPE).toNewApplication(KIOSK);
        assertEquals(101, application.applicationTypeId());
        assertEquals(6, application.provinceCode());
        assertEquals(IntakeChannel.KIOSK, application.channel());
        assertEquals(ApplicationKind.REQUEST, application.kind());
        assertEquals("Hastane randevusu alınamaması (MHRS)", application.subject(), "subject defaults to the service name");
        assertEquals("Randevu sistemine <b>girilemiyor</b>.", application.description(), "markup kept as given");
        assertEquals(TC, application.citizen().tcKimlikNo());
        assertEquals("+905321234567", application.citizen().phone());
        assertEquals(6, application.citizen().provinceCode());
        assertEquals("kanal-kiosk", application.actor());
    }

    @Test
    void optionalAttributesSetKindSubjectAndDistrict() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("attribute[kind]", "complaint");
        params.putSingle("attribute[subject]", "Randevu yok");
        params.putSingle("attribute[district]", "çankaya");
        NewApplication application = Open311RequestForm.of(params).toApplicationForm(TYPE).toNewApplication(KIOSK);
        assertEquals(ApplicationKind.COMPLAINT, application.kind());
        assertEquals("Randevu yok", application.subject());
        assertEquals("Çankaya", application.district());
    }

    @Test
    void addressAndPositionAreAppendedToTheDescription() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("address_string", "Kızılay Mah. 1. Sok. No 5");
        params.putSingle("lat", "39.92");
        params.putSingle("long", "32.85");
        ApplicationForm application = Open311RequestForm.of(params).toApplicationForm(TYPE);
        assertEquals("Randevu sistemine <b>girilemiyor</b>.\n\nAdres: Kızılay Mah. 1. Sok. No 5\nKonum: 39.92, 32.85",
                application.description());
    }

    @Test
    void aPositionOutOfRangeOrHalfGivenIsRefused() {
        MultivaluedMap<String, String> params = form();
        params.putSingle("lat", "39.92");
        ApiProblem missingLong = assertThrows(ApiProblem.class, () -> Open311RequestForm.of(params).toApplicationForm(TYPE));
        assertEquals("long", missingLong.field().orElseThrow());
        params.putSingle("long", "200");
        assertThrows(ApiProblem.class, () -> Open311RequestForm.of(params).toApplicationForm(TYPE));
    }

    @Test
    void jurisdictionIsAPlateCodeWithOrWithoutLeadingZero() {
        assertEquals(6, Open311RequestForm.plateCode("06"));
        assertEquals(6, Open311RequestForm.plateCode("6"));
        assertEquals(81, Open311RequestForm.plateCode(" 81 "));
        for (String wrong : new String[] {"00", "82", "ankara", "006", "-6"}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> Open311RequestForm.plateCode(wrong), wrong);
            assertEquals(400, problem.status());
            assertEquals("jurisdiction_id", problem.field().orElseThrow());
        }
        assertEquals("REQUIRED_VALUE_MISSING", assertThrows(ApiProblem.class, () -> Open311RequestForm.plateCode(null)).code());
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
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> Open311RequestForm.of(params).toApplicationForm(TYPE).toNewApplication(KIOSK));
        assertEquals("TC_KIMLIK_NO_CHECKSUM", problem.code());
        assertEquals("citizen.tcKimlikNo", problem.field().orElseThrow());
    }

    @Test
    void withoutAttributesTheCitizenHasNoTcKimlikNo() {
        MultivaluedMap<String, String> params = form();
        params.remove("attribute[tc_kimlik_no]");
        assertNull(Open311RequestForm.of(params).attributes().get("tc_kimlik_no"));
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> Open311RequestForm.of(params).toApplicationForm(TYPE).toNewApplication(KIOSK));
        assertEquals("TC_KIMLIK_NO_EMPTY", problem.code());
    }
}
