package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tr.gov.acikkapi.it.ApiClient.DEMO_PASSWORD;
import static tr.gov.acikkapi.it.ApiClient.KIOSK_KEY;
import static tr.gov.acikkapi.it.ApiClient.MOBILE_KEY;
import static tr.gov.acikkapi.it.ApiClient.WEB_KEY;
import static tr.gov.acikkapi.it.ApiClient.array;
import static tr.gov.acikkapi.it.ApiClient.basic;
import static tr.gov.acikkapi.it.ApiClient.json;
import static tr.gov.acikkapi.it.ApiClient.key;
import static tr.gov.acikkapi.it.ApiClient.object;
import static tr.gov.acikkapi.it.ApiClient.writtenRows;

/**
 * From outside, over HTTP, against the deployed EAR: the JSON intake API as the web portal, the mobile app and
 * kiosks call it with their keys (demo keys, demo mode is on), and as staff call it with HTTP Basic.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String APPLICATIONS = "api/v1/applications";
    private static final Map<String, String> SUPERVISOR = basic("supervizor", DEMO_PASSWORD);
    /** TC Kimlik numbers of this run: a prefix the demo data does not use, then a counter. */
    private static final AtomicLong NEXT_TC = new AtomicLong(970_000_000L + System.nanoTime() % 9_000_000L);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    /** The phone on file of every citizen these tests register: what a channel passes on as the citizen's proof. */
    static final String PHONE = "0532 123 45 67";

    static String newTc() {
        return TcKimlikNo.withCheckDigits(Long.toString(NEXT_TC.incrementAndGet())).value();
    }

    static Map<String, Object> citizen(String tc) {
        return json("tcKimlikNo", tc, "firstName", "Ayşe Nur", "lastName", "Yılmaz", "phone", PHONE,
                "email", "ayse@example.com.tr", "birthYear", 1980, "gender", "FEMALE",
                "escortNeeds", json("elderly", true));
    }

    static Map<String, Object> application(String tc) {
        return json("kind", "COMPLAINT", "applicationTypeId", 101, "provinceCode", 6, "district", "Çankaya",
                "subject", "Randevu alınamıyor", "description", "Bir haftadır MHRS üzerinden randevu alamıyorum.",
                "citizen", citizen(tc));
    }

    private Map<String, Object> register(Map<String, Object> body, String apiKey) {
        HttpResponse<String> response = api.postJson(APPLICATIONS, body, key(apiKey));
        assertEquals(201, response.statusCode(), response.body());
        return object(response);
    }

    private Map<String, Object> changeStatus(Object trackingNumber, Object version, String status, String reason,
                                             String explanation, int expected) {
        HttpResponse<String> response = api.postJson(APPLICATIONS + "/" + trackingNumber + "/status-changes",
                json("expectedVersion", version, "status", status, "reason", reason, "outcomeExplanation", explanation), SUPERVISOR);
        assertEquals(expected, response.statusCode(), response.body());
        return object(response);
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        Map<String, Object> error = object(response);
        assertEquals(code, error.get("code"), response.body());
        assertEquals(field, error.get("field"), response.body());
        assertTrue(error.containsKey("field"), "the field is always present, null when none");
        assertFalse(String.valueOf(error.get("message")).isBlank(), response.body());
    }

    @Test
    void aChannelRegistersAnApplicationThatIsRoutedNumberedAndFoundAgain() {
        String tc = newTc();
        HttpResponse<String> created = api.postJson(APPLICATIONS, application(tc), key(WEB_KEY));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> view = object(created);
        String number = (String) view.get("trackingNumber");
        assertEquals(number, TrackingNumber.parse(number).value(), "a valid tracking number");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/applications/" + number));
        assertEquals("ROUTED", view.get("status"));
        assertEquals("Ankara İl Sağlık Müdürlüğü", view.get("unit"));
        assertEquals("WEB", view.get("channel"));
        assertEquals("A*** N*** Y***", view.get("applicant"));
        assertEquals("Çankaya", view.get("district"));
        assertTrue(String.valueOf(view.get("deadlineAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+03:00"),
                String.valueOf(view.get("deadlineAt")));
        assertFalse(created.body().contains(tc), "no TC Kimlik No in the answer");
        assertFalse(created.body().contains("5321234567"), "no phone number in the answer");
        assertEquals("WEB", ApiClient.text("SELECT channel FROM application WHERE tracking_no = ?", number));
        assertEquals("kanal-web", ApiClient.text("SELECT registered_by FROM application WHERE tracking_no = ?", number));

        HttpResponse<String> read = api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, tc.substring(7)));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(number, object(read).get("trackingNumber"));
        assertEquals(List.of("RECEIVED", "ROUTED"), array(object(read).get("timeline")).stream()
                .map(e -> object(e).get("toStatus")).toList());
        assertFalse(read.body().contains(tc));

        HttpResponse<String> list = api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", tc, "phone", PHONE), key(WEB_KEY));
        assertEquals(200, list.statusCode(), list.body());
        assertEquals("A*** N*** Y***", object(list).get("applicant"));
        List<Object> applications = array(object(list).get("applications"));
        assertEquals(1, applications.size());
        assertEquals(number, object(applications.get(0)).get("trackingNumber"));
        assertTrue(ApiClient.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'kanal-web' AND reason = 'API: başvuru listesi'") > 0,
                "who listed a citizen's applications is audited");
    }

    @Test
    void aCitizenWithoutApplicationsHasAnEmptyList() {
        HttpResponse<String> list = api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", newTc(), "phone", PHONE),
                key(WEB_KEY));
        assertEquals(200, list.statusCode(), list.body());
        assertNull(object(list).get("applicant"));
        assertTrue(array(object(list).get("applications")).isEmpty());
        assertError(api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", "1234", "phone", PHONE), key(WEB_KEY)), 400,
                "TC_KIMLIK_NO_LENGTH", "tcKimlikNo");
    }

    @Test
    void staffConcludeAnApplicationPositivelyAndTheHistoryShowsEveryStep() {
        Map<String, Object> created = register(application(newTc()), MOBILE_KEY);
        Object number = created.get("trackingNumber");
        Map<String, Object> inProgress = changeStatus(number, created.get("version"), "IN_PROGRESS", "Birim inceliyor.", null, 200);
        assertEquals("IN_PROGRESS", inProgress.get("status"));
        Map<String, Object> concluded = changeStatus(number, inProgress.get("version"), "CONCLUDED_POSITIVE", null,
                "Randevunuz 12 Mart'a verildi.", 200);
        assertEquals("CONCLUDED_POSITIVE", concluded.get("status"));
        assertEquals("Olumlu sonuçlandı", concluded.get("statusLabel"));
        assertEquals(false, concluded.get("open"));
        assertEquals("Randevunuz 12 Mart'a verildi.", concluded.get("outcomeExplanation"));
        assertNotNull(concluded.get("concludedAt"));

        List<Object> staffTimeline = array(concluded.get("timeline"));
        assertEquals(List.of("RECEIVED", "ROUTED", "IN_PROGRESS", "CONCLUDED_POSITIVE"),
                staffTimeline.stream().map(e -> object(e).get("toStatus")).toList());
        assertEquals("supervizor", object(staffTimeline.get(3)).get("actor"));

        HttpResponse<String> citizenView = api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, PHONE));
        List<Object> channelTimeline = array(object(citizenView).get("timeline"));
        assertEquals(4, channelTimeline.size());
        assertNull(object(channelTimeline.get(3)).get("actor"), "channels do not see who did it");
        assertEquals("Randevunuz 12 Mart'a verildi.", object(channelTimeline.get(3)).get("text"));

        HttpResponse<String> again = api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", concluded.get("version"), "status", "IN_PROGRESS", "reason", "Yeniden"), SUPERVISOR);
        assertError(again, 422, "STATUS_TRANSITION_REFUSED", "status");
        assertTrue(String.valueOf(object(again).get("message")).contains("sonuçlanmış"), again.body());
    }

    @Test
    void anAgentMayChangeStatusTooWithTheirOwnPassword() {
        Map<String, Object> created = register(application(newTc()), WEB_KEY);
        HttpResponse<String> response = api.postJson(APPLICATIONS + "/" + created.get("trackingNumber") + "/status-changes",
                json("expectedVersion", created.get("version"), "status", "IN_PROGRESS", "reason", "Aldım."),
                basic("temsilci1", DEMO_PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("temsilci1", ApiClient.text("SELECT actor FROM application_history h JOIN application a ON a.id = h.application_id "
                + "WHERE a.tracking_no = ? AND h.to_status = 'IN_PROGRESS'", created.get("trackingNumber")));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Map<String, Object> created = register(application(newTc()), WEB_KEY);
        Object number = created.get("trackingNumber");
        Object staleVersion = created.get("version");
        changeStatus(number, staleVersion, "IN_PROGRESS", "Başladık.", null, 200);
        String before = writtenRows();
        String state = ApiClient.stateOf(number);

        HttpResponse<String> conflict = api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", staleVersion, "status", "CONCLUDED_NEGATIVE", "outcomeExplanation", "Mümkün değil."), SUPERVISOR);
        assertError(conflict, 409, "CONCURRENT_MODIFICATION", "expectedVersion");
        assertTrue(String.valueOf(object(conflict).get("message")).contains("başka bir kullanıcı"), conflict.body());
        assertEquals(before, writtenRows());
        assertEquals(state, ApiClient.stateOf(number));
        assertEquals("IN_PROGRESS", ApiClient.text("SELECT status FROM application WHERE tracking_no = ?", number));
        assertNull(ApiClient.text("SELECT outcome_explanation FROM application WHERE tracking_no = ?", number));
    }

    @Test
    void refusedLifecycleStepsAre422WithTheDomainsReasonAndChangeNothing() {
        Map<String, Object> created = register(application(newTc()), WEB_KEY);
        Object number = created.get("trackingNumber");
        Object version = created.get("version");
        String state = ApiClient.stateOf(number);

        HttpResponse<String> skip = api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", version, "status", "CONCLUDED_POSITIVE", "outcomeExplanation", "Tamam."), SUPERVISOR);
        assertError(skip, 422, "STATUS_TRANSITION_REFUSED", "status");
        assertTrue(String.valueOf(object(skip).get("message")).contains("durumuna alınamaz"), skip.body());

        assertError(api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", version, "status", "ESCALATED_GOVERNOR", "reason", "Süre doldu"), SUPERVISOR),
                422, "STATUS_TRANSITION_REFUSED", "status");
        assertEquals(state, ApiClient.stateOf(number));
        changeStatus(number, version, "IN_PROGRESS", "Başladık.", null, 200);
        state = ApiClient.stateOf(number);
        Object current = object(api.get(APPLICATIONS + "/" + number, SUPERVISOR)).get("version");
        assertError(api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", current, "status", "CONCLUDED_POSITIVE"), SUPERVISOR),
                422, "OUTCOME_EXPLANATION_REQUIRED", "outcomeExplanation");
        assertError(api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", current, "status", "REDIRECTED", "outcomeExplanation", "Yetkimiz dışında."), SUPERVISOR),
                422, "ALTERNATIVES_REQUIRED", "alternativesOffered");
        assertError(api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", current, "status", "DONE"), SUPERVISOR), 400, "INVALID_VALUE", "status");
        assertError(api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("status", "CONCLUDED_POSITIVE"), SUPERVISOR), 400, "REQUIRED_VALUE_MISSING", "expectedVersion");
        assertEquals(state, ApiClient.stateOf(number));
    }

    @Test
    void statusChangesNeedAStaffRole() {
        Map<String, Object> created = register(application(newTc()), WEB_KEY);
        String path = APPLICATIONS + "/" + created.get("trackingNumber") + "/status-changes";
        Map<String, Object> body = json("expectedVersion", created.get("version"), "status", "IN_PROGRESS", "reason", "x");
        String state = ApiClient.stateOf(created.get("trackingNumber"));

        assertError(api.postJson(path, body, key(WEB_KEY)), 403, "ROLE_REQUIRED", null);
        HttpResponse<String> anonymous = api.postJson(path, body, Map.of());
        assertError(anonymous, 401, "UNAUTHENTICATED", null);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertError(api.postJson(path, body, basic("supervizor", "yanlış")), 401, "INVALID_CREDENTIALS", null);
        assertError(api.postJson(path, body, basic("kimse", DEMO_PASSWORD)), 401, "INVALID_CREDENTIALS", null);
        assertError(api.postJson(path, body, Map.of("Authorization", "Bearer abc")), 401, "UNSUPPORTED_AUTHENTICATION", null);
        assertEquals(state, ApiClient.stateOf(created.get("trackingNumber")));
    }

    @Test
    void keysDecideTheChannelAndWrongOrMissingKeysWriteNothing() {
        String before = writtenRows();
        assertError(api.postJson(APPLICATIONS, application(newTc()), Map.of()), 401, "UNAUTHENTICATED", null);
        assertError(api.postJson(APPLICATIONS, application(newTc()), key("not-a-key")), 401, "INVALID_API_KEY", null);
        assertError(api.get(APPLICATIONS + "/" + TrackingNumber.of(999_999_999L).value(), key("")), 401, "UNAUTHENTICATED", null);
        Map<String, Object> asKiosk = application(newTc());
        asKiosk.put("channel", "KIOSK");
        assertError(api.postJson(APPLICATIONS, asKiosk, key(WEB_KEY)), 403, "CHANNEL_MISMATCH", null);
        asKiosk.put("channel", "CALL_CENTER");
        assertError(api.postJson(APPLICATIONS, asKiosk, key(MOBILE_KEY)), 403, "CHANNEL_MISMATCH", null);
        Map<String, Object> both = application(newTc());
        HttpResponse<String> ambiguous = api.postJson(APPLICATIONS, both,
                Map.of("X-Api-Key", WEB_KEY, "Authorization", SUPERVISOR.get("Authorization")));
        assertError(ambiguous, 400, "AMBIGUOUS_CREDENTIALS", null);
        assertEquals(before, writtenRows());

        asKiosk.put("channel", "KIOSK");
        assertEquals("KIOSK", register(asKiosk, KIOSK_KEY).get("channel"));
        Map<String, Object> byStaff = application(newTc());
        HttpResponse<String> staff = api.postJson(APPLICATIONS, byStaff, SUPERVISOR);
        assertEquals(201, staff.statusCode(), staff.body());
        assertEquals("CALL_CENTER", object(staff).get("channel"));
    }

    @Test
    void everyInvalidInputIsRefusedWithItsFieldAndWritesNothing() {
        String tc = newTc();
        String before = writtenRows();
        assertBadField(withCitizen(tc, "tcKimlikNo", "12345678901"), "TC_KIMLIK_NO_CHECKSUM", "citizen.tcKimlikNo");
        assertBadField(withCitizen(tc, "tcKimlikNo", "0123456789a"), "TC_KIMLIK_NO_NOT_DIGITS", "citizen.tcKimlikNo");
        assertBadField(withCitizen(tc, "phone", "+49 30 1234567"), "PHONE_FOREIGN", "citizen.phone");
        assertBadField(withCitizen(tc, "phone", "0532 12"), "PHONE_LENGTH", "citizen.phone");
        assertBadField(withCitizen(tc, "email", "ayse@"), "EMAIL_INVALID", "citizen.email");
        assertBadField(withCitizen(tc, "lastName", "<b>Yılmaz</b>"), "INVALID_TEXT", "citizen.lastName");
        assertBadField(withCitizen(tc, "birthYear", 1850), "BIRTH_YEAR_INVALID", "citizen.birthYear");
        assertBadField(with(tc, "applicationTypeId", 99_999), "APPLICATION_TYPE_NOT_FOUND", "applicationTypeId");
        assertBadField(with(tc, "provinceCode", 82), "PROVINCE_NOT_FOUND", "provinceCode");
        assertBadField(with(tc, "kind", "WISH"), "INVALID_VALUE", "kind");
        assertBadField(with(tc, "subject", "x".repeat(201)), "INVALID_TEXT", "subject");
        assertBadField(with(tc, "subject", " "), "REQUIRED_VALUE_MISSING", "subject");
        assertBadField(with(tc, "description", "y".repeat(8001)), "INVALID_TEXT", "description");
        assertBadField(with(tc, "district", "!"), "DISTRICT_INVALID", "district");
        assertBadField(with(tc, "citizen", null), "REQUIRED_VALUE_MISSING", "citizen");

        assertError(api.postJson(APPLICATIONS, "{\"kind\": \"REQUEST\", ", key(WEB_KEY)), 400, "INVALID_BODY", null);
        assertError(api.postJson(APPLICATIONS, "{\"kind\": \"REQUEST\", \"applicationTypeId\": \"yüz bir\"}", key(WEB_KEY)),
                400, "INVALID_BODY", null);
        assertError(api.postJson(APPLICATIONS, "[1, 2]", key(WEB_KEY)), 400, "INVALID_BODY", null);
        assertError(api.postJson(APPLICATIONS, "", key(WEB_KEY)), 400, "REQUIRED_VALUE_MISSING", null);
        assertError(api.postRaw(APPLICATIONS, "kind=REQUEST", "text/plain", key(WEB_KEY)), 415, "UNSUPPORTED_MEDIA_TYPE", null);
        assertEquals(before, writtenRows());
    }

    @Test
    void aDescriptionOverFourThousandCharactersIsRefusedWithTheLimitAndNeverStoredCut() {
        String tc = newTc();
        String before = writtenRows();

        HttpResponse<String> refused = api.postJson(APPLICATIONS, with(tc, "description", "y".repeat(4001)), key(WEB_KEY));

        assertError(refused, 400, "INVALID_TEXT", "description");
        String message = String.valueOf(object(refused).get("message"));
        assertTrue(message.contains("4000") && message.contains("4001"), "the limit and the length are named: " + message);
        assertEquals(before, writtenRows(), "nothing written");
        String atTheLimit = "z".repeat(4000);
        Object number = register(with(tc, "description", atTheLimit), WEB_KEY).get("trackingNumber");
        assertEquals(atTheLimit, ApiClient.text("SELECT description FROM application WHERE tracking_no = ?", number),
                "4000 characters are stored whole");
    }

    private void assertBadField(Map<String, Object> body, String code, String field) {
        assertError(api.postJson(APPLICATIONS, body, key(WEB_KEY)), 400, code, field);
    }

    private static Map<String, Object> with(String tc, String name, Object value) {
        Map<String, Object> body = application(tc);
        body.put(name, value);
        return body;
    }

    private static Map<String, Object> withCitizen(String tc, String name, Object value) {
        Map<String, Object> body = application(tc);
        Map<String, Object> citizen = citizen(tc);
        citizen.put(name, value);
        body.put("citizen", citizen);
        return body;
    }

    @Test
    void trackingNumbersAreCheckedBeforeAnyLookup() {
        assertError(api.get(APPLICATIONS + "/1000000011", key(WEB_KEY)), 400, "TRACKING_NUMBER_CHECK_DIGIT", "trackingNumber");
        assertError(api.get(APPLICATIONS + "/12345", key(WEB_KEY)), 400, "TRACKING_NUMBER_LENGTH", "trackingNumber");
        assertError(api.get(APPLICATIONS + "/" + TrackingNumber.of(999_999_999L).value(), key(WEB_KEY, PHONE)), 404,
                "APPLICATION_NOT_FOUND", null);
        assertError(api.postJson(APPLICATIONS + "/" + TrackingNumber.of(999_999_998L).value() + "/notes", json("text", "Not"),
                key(WEB_KEY, PHONE)), 404, "APPLICATION_NOT_FOUND", null);
        assertError(api.get("api/v1/nothing-here", key(WEB_KEY)), 404, "NOT_FOUND", null);
        assertError(api.postJson(APPLICATIONS + "/" + TrackingNumber.of(999_999_999L).value(), json(), key(WEB_KEY)), 405,
                "METHOD_NOT_ALLOWED", null);
    }

    @Test
    void markupIsStoredAsGivenAndReturnedAsJsonText() {
        String subject = "<script>alert('x')</script> \"tırnak\"";
        String description = "<b>kalın</b> & <img src=x onerror=alert(1)> \\ ters bölü\nikinci satır";
        Map<String, Object> body = application(newTc());
        body.put("subject", subject);
        body.put("description", description);
        Map<String, Object> created = register(body, WEB_KEY);
        Object number = created.get("trackingNumber");
        assertEquals(description, ApiClient.text("SELECT description FROM application WHERE tracking_no = ?", number));

        HttpResponse<String> read = api.get(APPLICATIONS + "/" + number, key(WEB_KEY, PHONE));
        assertEquals(subject, object(read).get("subject"));
        assertEquals(description, object(read).get("description"));
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", read.headers().firstValue("Cache-Control").orElse(""));

        String note = "<i>not</i> & </script>";
        HttpResponse<String> added = api.postJson(APPLICATIONS + "/" + number + "/notes", json("text", note), key(WEB_KEY, PHONE));
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(note, object(added).get("text"));
    }

    @Test
    void notesAreAddedByChannelsAndStaffButShownOnlyToStaff() {
        Map<String, Object> created = register(application(newTc()), WEB_KEY);
        String notes = APPLICATIONS + "/" + created.get("trackingNumber") + "/notes";
        HttpResponse<String> byChannel = api.postJson(notes, json("text", "Vatandaş belge ekledi."), key(WEB_KEY, PHONE));
        assertEquals(201, byChannel.statusCode(), byChannel.body());
        assertEquals("NOTE", object(byChannel).get("type"));
        assertEquals("kanal-web", object(byChannel).get("actor"));
        assertEquals(201, api.postJson(notes, json("text", "Birimle görüşüldü."), SUPERVISOR).statusCode());

        List<Object> staffTimeline = array(object(api.get(APPLICATIONS + "/" + created.get("trackingNumber"), SUPERVISOR)).get("timeline"));
        assertEquals(2, staffTimeline.stream().filter(e -> "NOTE".equals(object(e).get("type"))).count());
        List<Object> channelTimeline = array(object(api.get(APPLICATIONS + "/" + created.get("trackingNumber"), key(WEB_KEY, PHONE)))
                .get("timeline"));
        assertTrue(channelTimeline.stream().noneMatch(e -> "NOTE".equals(object(e).get("type"))));

        String state = ApiClient.stateOf(created.get("trackingNumber"));
        assertError(api.postJson(notes, json("text", "n".repeat(4001)), key(WEB_KEY, PHONE)), 400, "INVALID_TEXT", "text");
        assertError(api.postJson(notes, json("text", "  "), key(WEB_KEY, PHONE)), 400, "REQUIRED_VALUE_MISSING", "text");
        assertEquals(state, ApiClient.stateOf(created.get("trackingNumber")));
    }

    @Test
    void theCatalogueHas17TopicsWith322Types() {
        HttpResponse<String> response = api.get("api/v1/catalogue", key(KIOSK_KEY));
        assertEquals(200, response.statusCode(), response.body());
        List<Object> topics = array(response);
        assertEquals(17, topics.size());
        assertEquals(322, topics.stream().mapToInt(t -> array(object(t).get("types")).size()).sum());
        Map<String, Object> first = object(array(object(topics.get(0)).get("types")).get(0));
        assertEquals(101L, ((Number) first.get("id")).longValue());
        assertEquals("SAG-01", first.get("code"));
        assertError(api.get("api/v1/catalogue", Map.of()), 401, "UNAUTHENTICATED", null);
    }

    @Test
    void theOpenApiDocumentDescribesBothInterfaces() {
        HttpResponse<String> response = api.get("openapi", Map.of("Accept", "application/json"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("/api/v1/applications"), response.body());
        assertTrue(response.body().contains("/open311/v2/services.{format}"), response.body());
        assertTrue(response.body().contains("/open311/discovery.{format}"), response.body());
        assertTrue(response.body().contains("X-Api-Key"), response.body());
    }
}
