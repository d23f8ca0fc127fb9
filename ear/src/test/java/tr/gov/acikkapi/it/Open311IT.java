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

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * From outside, over HTTP, against the deployed EAR: Open311 GeoReport v2 as a third-party client speaks it,
 * over the same case core as the JSON API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Open311IT {

    private static final String V2 = "open311/v2/";
    private static final String ISO_WITH_OFFSET = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+03:00";

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

    private static Map<String, String> request(String apiKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("service_code", "SAG-01");
        form.put("jurisdiction_id", "06");
        form.put("description", "MHRS üzerinden <b>randevu</b> alınamıyor.");
        form.put("first_name", "Mehmet");
        form.put("last_name", "Öztürk");
        form.put("phone", "+90 532 765 43 21");
        form.put("email", "mehmet@example.com.tr");
        form.put("address_string", "Kızılay Mah. Atatürk Blv. No 1");
        form.put("attribute[tc_kimlik_no]", ApiIT.newTc());
        form.put("attribute[district]", "Çankaya");
        return form;
    }

    private String create(String apiKey) {
        HttpResponse<String> response = api.postForm(V2 + "requests.json", request(apiKey), Map.of());
        assertEquals(201, response.statusCode(), response.body());
        List<Object> receipt = array(response);
        assertEquals(1, receipt.size());
        Map<String, Object> entry = object(receipt.get(0));
        assertEquals(Set.of("service_request_id", "service_notice", "account_id"), entry.keySet());
        String id = (String) entry.get("service_request_id");
        assertEquals(id, TrackingNumber.parse(id).value());
        assertTrue(String.valueOf(entry.get("service_notice")).contains(TrackingNumber.parse(id).grouped()), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/open311/v2/requests/" + id + ".json"));
        return id;
    }

    private List<Object> requests(Map<String, String> query, Map<String, String> headers) {
        HttpResponse<String> response = api.get(V2 + "requests.json?" + ApiClient.form(query), headers);
        assertEquals(200, response.statusCode(), response.body());
        return array(response);
    }

    private static Set<Object> ids(List<Object> requests) {
        Set<Object> ids = new HashSet<>();
        requests.forEach(r -> ids.add(object(r).get("service_request_id")));
        return ids;
    }

    private static void assertErrorArray(HttpResponse<String> response, int status, String inDescription) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<Object> errors = array(response);
        assertEquals(1, errors.size(), response.body());
        Map<String, Object> error = object(errors.get(0));
        assertEquals(Set.of("code", "description"), error.keySet());
        assertEquals((long) status, ((Number) error.get("code")).longValue());
        assertTrue(String.valueOf(error.get("description")).contains(inDescription), response.body());
    }

    @Test
    void theServiceListIsTheCatalogueOf322TypesGroupedByTopic() {
        HttpResponse<String> response = api.get(V2 + "services.json", Map.of());
        assertEquals(200, response.statusCode(), response.body());
        List<Object> services = array(response);
        assertEquals(322, services.size());
        Set<Object> groups = new HashSet<>();
        for (Object s : services) {
            Map<String, Object> service = object(s);
            assertEquals(Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group"),
                    service.keySet());
            assertEquals(false, service.get("metadata"));
            assertEquals("realtime", service.get("type"));
            assertFalse(String.valueOf(service.get("service_name")).isBlank());
            groups.add(service.get("group"));
        }
        assertEquals(17, groups.size());
        Map<String, Object> first = object(services.get(0));
        assertEquals("SAG-01", first.get("service_code"));
        assertEquals("Sağlık", first.get("group"));
        assertEquals("Hastane randevusu alınamaması (MHRS)", first.get("service_name"));
    }

    @Test
    void aServiceDefinitionHasNoAttributesAndAnUnknownServiceIs404() {
        HttpResponse<String> definition = api.get(V2 + "services/SAG-01.json", Map.of());
        assertEquals(200, definition.statusCode(), definition.body());
        assertEquals("SAG-01", object(definition).get("service_code"));
        assertTrue(array(object(definition).get("attributes")).isEmpty());
        assertErrorArray(api.get(V2 + "services/YOK-99.json", Map.of()), 404, "service_code");
        assertErrorArray(api.get(V2 + "services.xml", Map.of()), 404, "bulunamadı");
    }

    @Test
    void aPostedRequestIsFoundByIdAndByFilters() {
        String id = create(KIOSK_KEY);
        assertEquals("KIOSK", ApiClient.text("SELECT channel FROM application WHERE tracking_no = ?", id));
        assertTrue(ApiClient.text("SELECT description FROM application WHERE tracking_no = ?", id)
                .endsWith("<b>randevu</b> alınamıyor.\n\nAdres: Kızılay Mah. Atatürk Blv. No 1"));

        HttpResponse<String> one = api.get(V2 + "requests/" + id + ".json?api_key=" + WEB_KEY, Map.of());
        assertEquals(200, one.statusCode(), one.body());
        List<Object> found = array(one);
        assertEquals(1, found.size());
        Map<String, Object> request = object(found.get(0));
        assertEquals(Set.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
                "address_id", "zipcode", "lat", "long", "media_url"), request.keySet());
        assertEquals(id, request.get("service_request_id"));
        assertEquals("open", request.get("status"));
        assertEquals("Birime yönlendirildi", request.get("status_notes"));
        assertEquals("SAG-01", request.get("service_code"));
        assertEquals("Ankara İl Sağlık Müdürlüğü", request.get("agency_responsible"));
        assertEquals("Çankaya, Ankara", request.get("address"));
        assertNull(request.get("description"), "no citizen's words in Open311 lists");
        assertFalse(one.body().contains("Öztürk"));
        String requested = (String) request.get("requested_datetime");
        assertTrue(requested.matches(ISO_WITH_OFFSET), requested);
        assertTrue(String.valueOf(request.get("updated_datetime")).matches(ISO_WITH_OFFSET));
        assertEquals(Duration.ofDays(7), Duration.between(OffsetDateTime.parse(requested),
                OffsetDateTime.parse((String) request.get("expected_datetime"))));

        String other = create(MOBILE_KEY);
        assertEquals(Set.of(id, other), ids(requests(Map.of("service_request_id", id + "," + other, "status", "closed"), key(WEB_KEY))),
                "ids given: other filters ignored");
        assertTrue(ids(requests(Map.of("service_code", "SAG-01", "jurisdiction_id", "06", "status", "open"), key(WEB_KEY))).contains(id));
        assertFalse(ids(requests(Map.of("status", "closed"), key(WEB_KEY))).contains(id));
        assertFalse(ids(requests(Map.of("service_code", "SAG-02"), key(WEB_KEY))).contains(id));
        assertFalse(ids(requests(Map.of("jurisdiction_id", "34"), key(WEB_KEY))).contains(id));
        OffsetDateTime at = OffsetDateTime.parse(requested);
        assertTrue(ids(requests(Map.of("start_date", at.minusMinutes(1).toString(), "end_date", at.plusMinutes(1).toString()),
                key(WEB_KEY))).contains(id));
        assertFalse(ids(requests(Map.of("start_date", at.plusMinutes(1).toString()), key(WEB_KEY))).contains(id));
        assertFalse(ids(requests(Map.of("end_date", at.minusMinutes(1).toString()), key(WEB_KEY))).contains(id));
        assertTrue(ids(requests(Map.of(), basic("temsilci2", DEMO_PASSWORD))).contains(id), "staff may read too");
    }

    @Test
    void aConcludedApplicationIsClosedWithItsStateInTheNotes() {
        String id = create(WEB_KEY);
        Map<String, String> supervisor = basic("supervizor", DEMO_PASSWORD);
        Object version = object(api.get("api/v1/applications/" + id, supervisor)).get("version");
        HttpResponse<String> moved = api.postJson("api/v1/applications/" + id + "/status-changes",
                json("expectedVersion", version, "status", "IN_PROGRESS", "reason", "İnceleniyor"), supervisor);
        assertEquals(200, moved.statusCode(), moved.body());
        HttpResponse<String> concluded = api.postJson("api/v1/applications/" + id + "/status-changes",
                json("expectedVersion", object(moved).get("version"), "status", "CONCLUDED_NEGATIVE",
                        "outcomeExplanation", "Mevzuat izin vermiyor."), supervisor);
        assertEquals(200, concluded.statusCode(), concluded.body());

        Map<String, Object> request = object(requests(Map.of("service_request_id", id), key(WEB_KEY)).get(0));
        assertEquals("closed", request.get("status"));
        assertEquals("Olumsuz sonuçlandı", request.get("status_notes"));
        assertTrue(ids(requests(Map.of("status", "closed"), key(WEB_KEY))).contains(id));
        assertFalse(ids(requests(Map.of("status", "open"), key(WEB_KEY))).contains(id));
    }

    @Test
    void refusedRequestsAnswerWithErrorArraysAndWriteNothing() {
        String before = writtenRows();
        Map<String, String> noKey = request(KIOSK_KEY);
        noKey.remove("api_key");
        assertErrorArray(api.postForm(V2 + "requests.json", noKey, Map.of()), 401, "Kimlik doğrulaması gerekli");
        assertErrorArray(api.postForm(V2 + "requests.json", request("wrong-key"), Map.of()), 401, "API anahtarı geçersiz");
        assertErrorArray(api.postForm(V2 + "requests.json", noKey, basic("supervizor", DEMO_PASSWORD)), 403, "api_key");

        Map<String, String> form = request(WEB_KEY);
        form.remove("service_code");
        assertErrorArray(api.postForm(V2 + "requests.json", form, Map.of()), 400, "service_code");
        form.put("service_code", "YOK-99");
        assertErrorArray(api.postForm(V2 + "requests.json", form, Map.of()), 400, "service_code");
        assertErrorArray(api.postForm(V2 + "requests.json", with("jurisdiction_id", "99"), Map.of()), 400, "jurisdiction_id");
        assertErrorArray(api.postForm(V2 + "requests.json", with("attribute[tc_kimlik_no]", "12345678901"), Map.of()), 400,
                "(attribute[tc_kimlik_no])");
        assertErrorArray(api.postForm(V2 + "requests.json", with("attribute[tc_kimlik_no]", ""), Map.of()), 400,
                "(attribute[tc_kimlik_no])");
        assertErrorArray(api.postForm(V2 + "requests.json", with("phone", "+1 212 555 0100"), Map.of()), 400, "(phone)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("description", ""), Map.of()), 400, "(description)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("lat", "north"), Map.of()), 400, "(lat)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("attribute[kind]", "WISH"), Map.of()), 400, "(attribute[kind])");
        assertErrorArray(api.postRaw(V2 + "requests.json", "{\"service_code\":\"SAG-01\"}", "application/json", key(WEB_KEY)), 415, "");
        assertEquals(before, writtenRows());

        assertErrorArray(api.get(V2 + "requests.json", Map.of()), 401, "Kimlik");
        assertErrorArray(api.get(V2 + "requests.json?api_key=wrong", Map.of()), 401, "API anahtarı");
        assertErrorArray(api.get(V2 + "requests.json?status=pending", key(WEB_KEY)), 400, "pending");
        assertErrorArray(api.get(V2 + "requests.json?start_date=yesterday", key(WEB_KEY)), 400, "start_date");
        assertErrorArray(api.get(V2 + "requests.json?start_date=2026-01-01&end_date=2026-06-01", key(WEB_KEY)), 400, "90 gün");
        assertErrorArray(api.get(V2 + "requests.json?service_code=YOK-99", key(WEB_KEY)), 400, "service_code");
        assertErrorArray(api.get(V2 + "requests/123.json", key(WEB_KEY)), 400, "(service_request_id)");
        assertErrorArray(api.get(V2 + "requests/" + TrackingNumber.of(999_999_997L).value() + ".json", key(WEB_KEY)), 404, "bulunamadı");
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> form = request(WEB_KEY);
        form.put(name, value);
        return form;
    }
}
