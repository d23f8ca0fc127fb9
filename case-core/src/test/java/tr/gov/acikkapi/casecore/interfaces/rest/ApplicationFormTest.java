package tr.gov.acikkapi.casecore.interfaces.rest;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.identity.Role;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationFormTest {

    private static final String TC = TcKimlikNo.withCheckDigits("234567891").value();
    private static final ApiCaller WEB = new ApiCaller.ChannelMachine(IntakeChannel.WEB);
    private static final ApiCaller SUPERVISOR = new ApiCaller.StaffMember("supervizor", EnumSet.of(Role.AGENT, Role.SUPERVISOR));

    private static CitizenForm citizen(String tc, String phone) {
        return new CitizenForm(tc, "Ayşe", "Yılmaz", phone, null, null, null, 1980, "female",
                new EscortNeedsForm(null, null, true, null, null));
    }

    private static ApplicationForm form(String channel, String subject, CitizenForm citizen) {
        return new ApplicationForm("complaint", 101, 6, null, channel, subject, "Açıklama", citizen);
    }

    private static ApiProblem refused(ApiCaller caller, ApplicationForm form) {
        return assertThrows(ApiProblem.class, () -> form.toNewApplication(caller));
    }

    @Test
    void aChannelKeyRegistersAsItsChannel() {
        NewApplication application = form(null, "Konu", citizen(TC, "5321234567")).toNewApplication(WEB);
        assertEquals(IntakeChannel.WEB, application.channel());
        assertEquals(ApplicationKind.COMPLAINT, application.kind());
        assertEquals("kanal-web", application.actor());
        assertEquals(Gender.FEMALE, application.citizen().gender());
        assertTrue(application.citizen().escortNeeds().disabled());
        assertEquals(6, application.citizen().provinceCode(), "the citizen's province defaults to the application's");
        assertEquals(IntakeChannel.WEB, form("web", "Konu", citizen(TC, null)).toNewApplication(WEB).channel());
    }

    @Test
    void aWebKeyCannotRegisterAsAnotherChannel() {
        ApiProblem problem = refused(WEB, form("KIOSK", "Konu", citizen(TC, null)));
        assertEquals(403, problem.status());
        assertEquals("CHANNEL_MISMATCH", problem.code());
    }

    @Test
    void staffRegisterForTheCallCenterOrTheOfficeOnly() {
        assertEquals(IntakeChannel.CALL_CENTER, form(null, "Konu", citizen(TC, null)).toNewApplication(SUPERVISOR).channel());
        assertEquals(IntakeChannel.FACE_TO_FACE, form("face_to_face", "Konu", citizen(TC, null)).toNewApplication(SUPERVISOR).channel());
        assertEquals(403, refused(SUPERVISOR, form("MOBILE", "Konu", citizen(TC, null))).status());
        assertEquals("supervizor", form(null, "Konu", citizen(TC, null)).toNewApplication(SUPERVISOR).actor());
    }

    @Test
    void staffWithoutACaseRoleCannotRegister() {
        ApiCaller noRole = new ApiCaller.StaffMember("misafir", Set.of());
        assertEquals("ROLE_REQUIRED", refused(noRole, form(null, "Konu", citizen(TC, null))).code());
    }

    @Test
    void eachInvalidFieldIsNamed() {
        assertField("citizen.tcKimlikNo", "TC_KIMLIK_NO_CHECKSUM", form(null, "Konu", citizen("12345678901", null)));
        assertField("citizen.phone", "PHONE_FOREIGN", form(null, "Konu", citizen(TC, "+49 30 1234567")));
        assertField("subject", "INVALID_TEXT", form(null, "x".repeat(201), citizen(TC, null)));
        assertField("subject", "REQUIRED_VALUE_MISSING", form(null, "  ", citizen(TC, null)));
        assertField("kind", "INVALID_VALUE", new ApplicationForm("wish", 101, 6, null, null, "Konu", "Açıklama", citizen(TC, null)));
        assertField("provinceCode", "PROVINCE_NOT_FOUND", new ApplicationForm("REQUEST", 101, 82, null, null, "Konu", "Açıklama", citizen(TC, null)));
        assertField("applicationTypeId", "REQUIRED_VALUE_MISSING", new ApplicationForm("REQUEST", null, 6, null, null, "Konu", "Açıklama", citizen(TC, null)));
        assertField("description", "INVALID_TEXT", new ApplicationForm("REQUEST", 101, 6, null, null, "Konu", "y".repeat(8001), citizen(TC, null)));
        assertField("description", "INVALID_TEXT", new ApplicationForm("REQUEST", 101, 6, null, null, "Konu", "y".repeat(4001), citizen(TC, null)));
        assertField("citizen", "REQUIRED_VALUE_MISSING", form(null, "Konu", null));
        assertField("citizen.lastName", "INVALID_TEXT", form(null, "Konu",
                new CitizenForm(TC, "Ayşe", "Yılmaz2", null, null, null, null, null, null, null)));
        assertField("citizen.firstName", "REQUIRED_VALUE_MISSING", form(null, "Konu",
                new CitizenForm(TC, " ", "Yılmaz", null, null, null, null, null, null, null)));
        assertField("citizen.email", "EMAIL_INVALID", form(null, "Konu",
                new CitizenForm(TC, "Ayşe", "Yılmaz", null, "ayse@", null, null, null, null, null)));
        assertField("citizen.gender", "INVALID_VALUE", form(null, "Konu",
                new CitizenForm(TC, "Ayşe", "Yılmaz", null, null, null, null, null, "other", null)));
    }

    @Test
    void aDescriptionOverFourThousandCharactersIsRefusedWithTheLimitInTheMessage() {
        ApiProblem problem = refused(WEB, new ApplicationForm("REQUEST", 101, 6, null, null, "Konu", "y".repeat(4001),
                citizen(TC, null)));

        assertEquals("Başvuru açıklaması en fazla 4000 karakter olabilir (girilen: 4001).", problem.getMessage());
    }

    private static void assertField(String field, String code, ApplicationForm form) {
        ApiProblem problem = refused(WEB, form);
        assertEquals(400, problem.status(), problem.toString());
        assertEquals(field, problem.field().orElseThrow(), problem.toString());
        assertEquals(code, problem.code(), problem.toString());
    }

    @Test
    void markupIsPassedOnAsTyped() {
        ApplicationForm withMarkup = new ApplicationForm("REQUEST", 101, 6, null, null, "<script>alert(1)</script>",
                "<b>kalın</b> & \"tırnak\"", citizen(TC, null));
        NewApplication application = withMarkup.toNewApplication(WEB);
        assertEquals("<script>alert(1)</script>", application.subject());
        assertEquals("<b>kalın</b> & \"tırnak\"", application.description());
    }

    @Test
    void applicantNamesAreMaskedWordByWord() {
        assertEquals("A*** N*** Y***", ApplicationView.maskedName(PersonName.of("Ayşe Nur", "Yılmaz")));
        assertEquals("Ç*** Ş***", ApplicationView.maskedName(PersonName.of("Çağrı", "Şahin")));
    }
}
