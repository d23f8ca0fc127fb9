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
 * From outside, over HTTP, against the deployed EAR: Open311 GeoReport v2 as a third-party client speaks it, in JSON
 * and XML, over the same case core as the JSON API: the declared attributes, the location, the public read rule, the
 * status codes, {@code jurisdiction_id}, repeated parameters and the description limit.
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

    private static final String TEXT_XML = "text/xml";

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
        form.put("lat", "39.920731");
        form.put("long", "32.854092");
        form.put("address_string", "Kızılay Mah. Atatürk Blv. No:1 Çankaya/Ankara");
        form.put("media_url", "https://foto.example.org/mhrs/1.jpg");
        form.put("attribute[tc_kimlik_no]", ApiIT.newTc());
        return form;
    }

    private String create(String apiKey) {
        return create(request(apiKey));
    }

    private String create(Map<String, String> form) {
        HttpResponse<String> response = api.postForm(V2 + "requests.json", form, Map.of());
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
        assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty(), "no HTTP authentication challenge");
        List<Object> errors = array(response);
        assertEquals(1, errors.size(), response.body());
        Map<String, Object> error = object(errors.get(0));
        assertEquals(Set.of("code", "description"), error.keySet());
        assertEquals((long) status, ((Number) error.get("code")).longValue());
        assertTrue(String.valueOf(error.get("description")).contains(inDescription), response.body());
    }

    private static void assertXmlErrors(HttpResponse<String> response, int status, String inDescription) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(TEXT_XML), response.headers().toString());
        assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty(), "no HTTP authentication challenge");
        XmlAnswer xml = XmlAnswer.parse(response.body());
        assertEquals(1, xml.count("/errors/error"), response.body());
        assertEquals(String.valueOf(status), xml.at("/errors/error/code"));
        assertTrue(xml.at("/errors/error/description").contains(inDescription), response.body());
    }

    private static XmlAnswer xml(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(TEXT_XML), response.headers().toString());
        assertTrue(response.body().startsWith("<?xml"), "the XML declaration comes first");
        return XmlAnswer.parse(response.body());
    }

    @Test
    void discoveryPublishesTheEndpointWithItsFormatsInBothFormats() {
        XmlAnswer xml = xml(api.get("open311/discovery.xml", Map.of()), 200);
        assertEquals(1, xml.count("/discovery/endpoints/endpoint"));
        assertEquals("http://wiki.open311.org/GeoReport_v2", xml.at("/discovery/endpoints/endpoint/specification"));
        assertEquals(base + V2.substring(0, V2.length() - 1), xml.at("/discovery/endpoints/endpoint/url"));
        assertEquals("test", xml.at("/discovery/endpoints/endpoint/type"), "the tests run in demo mode");
        assertEquals(List.of("text/xml", "application/json"), List.of(xml.at("/discovery/endpoints/endpoint/formats/format[1]"),
                xml.at("/discovery/endpoints/endpoint/formats/format[2]")));
        assertTrue(OffsetDateTime.parse(xml.at("/discovery/changeset")).getYear() >= 2026);
        assertFalse(xml.at("/discovery/contact").isBlank());
        assertFalse(xml.at("/discovery/key_service").isBlank());

        HttpResponse<String> json = api.get("open311/discovery.json", Map.of());
        assertEquals(200, json.statusCode(), json.body());
        Map<String, Object> discovery = object(json);
        assertEquals(Set.of("changeset", "contact", "key_service", "endpoints"), discovery.keySet());
        assertEquals(xml.at("/discovery/changeset"), discovery.get("changeset"));
        Map<String, Object> endpoint = object(array(discovery.get("endpoints")).get(0));
        assertEquals(Set.of("specification", "url", "changeset", "type", "formats"), endpoint.keySet());
        assertEquals(xml.at("/discovery/endpoints/endpoint/url"), endpoint.get("url"));
        assertEquals(List.of("text/xml", "application/json"), endpoint.get("formats"));
    }

    @Test
    void theServiceListIsTheCatalogueOf322TypesGroupedByTopicInBothFormats() {
        HttpResponse<String> response = api.get(V2 + "services.json", Map.of());
        assertEquals(200, response.statusCode(), response.body());
        List<Object> services = array(response);
        assertEquals(322, services.size());
        Set<Object> groups = new HashSet<>();
        for (Object s : services) {
            Map<String, Object> service = object(s);
            assertEquals(Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group"),
                    service.keySet());
            assertEquals(true, service.get("metadata"), "every service declares attributes");
            assertEquals("realtime", service.get("type"));
            assertFalse(String.valueOf(service.get("service_name")).isBlank());
            groups.add(service.get("group"));
        }
        assertEquals(17, groups.size());
        Map<String, Object> first = object(services.get(0));
        assertEquals("SAG-01", first.get("service_code"));
        assertEquals("Sağlık", first.get("group"));
        assertEquals("Hastane randevusu alınamaması (MHRS)", first.get("service_name"));

        XmlAnswer xml = xml(api.get(V2 + "services.xml", Map.of()), 200);
        assertEquals(322, xml.count("/services/service"));
        assertEquals("SAG-01", xml.at("/services/service[1]/service_code"));
        assertEquals("Hastane randevusu alınamaması (MHRS)", xml.at("/services/service[1]/service_name"));
        assertEquals("true", xml.at("/services/service[1]/metadata"));
        assertEquals("realtime", xml.at("/services/service[1]/type"));
        assertEquals("Sağlık", xml.at("/services/service[1]/group"));
    }

    @Test
    void aServiceDefinitionDeclaresWhatARequestNeedsInBothFormats() {
        HttpResponse<String> definition = api.get(V2 + "services/SAG-01.json", Map.of());
        assertEquals(200, definition.statusCode(), definition.body());
        assertEquals("SAG-01", object(definition).get("service_code"));
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        for (Object a : array(object(definition).get("attributes"))) {
            Map<String, Object> attribute = object(a);
            assertEquals(Set.of("variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"),
                    attribute.keySet());
            byCode.put((String) attribute.get("code"), attribute);
        }
        assertEquals(List.of("tc_kimlik_no", "kind", "subject", "district", "required_fields"), List.copyOf(byCode.keySet()));
        Map<String, Object> tc = byCode.get("tc_kimlik_no");
        assertEquals(true, tc.get("required"));
        assertEquals(true, tc.get("variable"));
        assertEquals("string", tc.get("datatype"));
        assertTrue(String.valueOf(tc.get("description")).contains("T.C. Kimlik"));
        assertTrue(String.valueOf(tc.get("description")).contains("national identity number"), "Turkish and English");
        assertEquals("singlevaluelist", byCode.get("kind").get("datatype"));
        assertEquals(List.of("REQUEST", "COMPLAINT", "SUGGESTION"),
                array(byCode.get("kind").get("values")).stream().map(v -> object(v).get("key")).toList());
        assertEquals(false, byCode.get("required_fields").get("variable"));
        String shown = String.valueOf(byCode.get("required_fields").get("description"));
        for (String field : List.of("first_name", "last_name", "description", "address_string", "lat", "4000")) {
            assertTrue(shown.contains(field), field + " in " + shown);
        }

        XmlAnswer xml = xml(api.get(V2 + "services/SAG-01.xml", Map.of()), 200);
        assertEquals("SAG-01", xml.at("/service_definition/service_code"));
        assertEquals(5, xml.count("/service_definition/attributes/attribute"));
        assertEquals("true", xml.at("/service_definition/attributes/attribute[code='tc_kimlik_no']/required"));
        assertEquals("string", xml.at("/service_definition/attributes/attribute[code='tc_kimlik_no']/datatype"));
        assertEquals("1", xml.at("/service_definition/attributes/attribute[code='tc_kimlik_no']/order"));
        assertEquals(3, xml.count("/service_definition/attributes/attribute[code='kind']/values/value"));
        assertEquals("Şikayet / Complaint", xml.at("/service_definition/attributes/attribute[code='kind']/values/value[key='COMPLAINT']/name"));

        assertErrorArray(api.get(V2 + "services/YOK-99.json", Map.of()), 404, "service_code");
        assertXmlErrors(api.get(V2 + "services/YOK-99.xml", Map.of()), 404, "service_code");
        assertErrorArray(api.get(V2 + "services.html", Map.of()), 404, "bulunamadı");
    }

    @Test
    void aPostedRequestKeepsItsLocationAndIsReadByAnyoneWithoutPersonalData() {
        String id = create(KIOSK_KEY);
        assertEquals("KIOSK", ApiClient.text("SELECT channel FROM application WHERE tracking_no = ?", id));
        assertEquals("MHRS üzerinden <b>randevu</b> alınamıyor.",
                ApiClient.text("SELECT description FROM application WHERE tracking_no = ?", id), "nothing appended");
        assertEquals("39.920731 32.854092 Kızılay Mah. Atatürk Blv. No:1 Çankaya/Ankara https://foto.example.org/mhrs/1.jpg Çankaya",
                ApiClient.text("SELECT CONCAT_WS(' ', latitude, longitude, address_string, media_url, district) FROM application "
                        + "WHERE tracking_no = ?", id), "stored, the district taken from the address");

        HttpResponse<String> anonymous = api.get(V2 + "requests/" + id + ".json", Map.of());
        assertEquals(200, anonymous.statusCode(), anonymous.body());
        List<Object> found = array(anonymous);
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
        assertEquals("Çankaya, Ankara", request.get("address"), "district and province, not the address as typed");
        assertEquals(39.92, ((Number) request.get("lat")).doubleValue(), 0.0, "to about a kilometre");
        assertEquals(32.85, ((Number) request.get("long")).doubleValue(), 0.0);
        assertNull(request.get("description"), "no citizen's words without proof");
        assertNull(request.get("media_url"));
        for (String personal : List.of("Öztürk", "Mehmet", "Kızılay", "MHRS üzerinden", "foto.example.org", "39.9207")) {
            assertFalse(anonymous.body().contains(personal), personal);
        }
        String requested = (String) request.get("requested_datetime");
        assertTrue(requested.matches(ISO_WITH_OFFSET), requested);
        assertTrue(String.valueOf(request.get("updated_datetime")).matches(ISO_WITH_OFFSET));
        assertEquals(Duration.ofDays(7), Duration.between(OffsetDateTime.parse(requested),
                OffsetDateTime.parse((String) request.get("expected_datetime"))));

        assertEquals(anonymous.body(), api.get(V2 + "requests/" + id + ".json?api_key=" + WEB_KEY, Map.of()).body(),
                "a channel's key without the citizen's proof sees the public fields only");
        assertEquals(anonymous.body(), api.get(V2 + "requests/" + id + ".json", basic("temsilci2", DEMO_PASSWORD)).body());

        XmlAnswer xml = xml(api.get(V2 + "requests/" + id + ".xml", Map.of()), 200);
        assertEquals(1, xml.count("/service_requests/request"));
        assertEquals(id, xml.at("/service_requests/request/service_request_id"));
        assertEquals("open", xml.at("/service_requests/request/status"));
        assertEquals("Çankaya, Ankara", xml.at("/service_requests/request/address"));
        assertEquals("39.92", xml.at("/service_requests/request/lat"));
        assertEquals("32.85", xml.at("/service_requests/request/long"));
        assertEquals(requested, xml.at("/service_requests/request/requested_datetime"));
        assertTrue(xml.nil("/service_requests/request/description"), "present and nil");
        assertTrue(xml.nil("/service_requests/request/media_url"));
        assertFalse(xml.document().getDocumentElement().getTextContent().contains("Öztürk"));
    }

    @Test
    void aReadWithTheCitizensProofAddsWhatTheChannelMaySeeAndIsAudited() {
        Map<String, String> form = request(KIOSK_KEY);
        String tc = form.get("attribute[tc_kimlik_no]");
        String id = create(form);
        String lastFour = tc.substring(tc.length() - 4);
        long viewsBefore = ApiClient.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'kanal-web' AND action = 'VIEW' "
                + "AND subject_type = 'citizen' AND reason = ?", "Open311: başvuru " + id);

        HttpResponse<String> proven = api.get(V2 + "requests/" + id + ".json", key(WEB_KEY, lastFour));
        assertEquals(200, proven.statusCode(), proven.body());
        Map<String, Object> request = object(array(proven).get(0));
        assertEquals(id, request.get("service_request_id"));
        assertEquals("MHRS üzerinden <b>randevu</b> alınamıyor.", request.get("description"));
        assertEquals("Kızılay Mah. Atatürk Blv. No:1 Çankaya/Ankara", request.get("address"), "the address as typed");
        assertEquals(39.920731, ((Number) request.get("lat")).doubleValue(), 0.0, "the exact position");
        assertEquals(32.854092, ((Number) request.get("long")).doubleValue(), 0.0);
        assertEquals("https://foto.example.org/mhrs/1.jpg", request.get("media_url"));
        for (String personal : List.of(tc, "Öztürk", "Mehmet", "765 43 21", "7654321", "mehmet@example.com.tr")) {
            assertFalse(proven.body().contains(personal), "no TC Kimlik No, no contact data, no name: " + personal);
        }
        assertEquals(viewsBefore + 1, ApiClient.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'kanal-web' "
                + "AND action = 'VIEW' AND subject_type = 'citizen' AND reason = ?", "Open311: başvuru " + id), "the view is audited");

        XmlAnswer xml = xml(api.get(V2 + "requests/" + id + ".xml", key(MOBILE_KEY, "+90 532 765 43 21")), 200);
        assertEquals("MHRS üzerinden <b>randevu</b> alınamıyor.", xml.at("/service_requests/request/description"),
                "a phone on file is proof too");
        assertEquals("Kızılay Mah. Atatürk Blv. No:1 Çankaya/Ankara", xml.at("/service_requests/request/address"));
        assertEquals("39.920731", xml.at("/service_requests/request/lat"));
        assertEquals("https://foto.example.org/mhrs/1.jpg", xml.at("/service_requests/request/media_url"));
        assertFalse(xml.document().getDocumentElement().getTextContent().contains(tc));

        List<Object> listed = requests(Map.of("service_request_id", id), key(WEB_KEY, lastFour));
        assertNull(object(listed.get(0)).get("description"), "the list shows public fields only, even with a proof");
    }

    @Test
    void aWrongProofIsAnUnknownNumberGuessingIsThrottledAndAKioskKeyMayNotRead() {
        Map<String, String> form = request(WEB_KEY);
        String tc = form.get("attribute[tc_kimlik_no]");
        String id = create(form);
        String wrong = tc.endsWith("0000") ? "1111" : "0000";
        String unknown = TrackingNumber.of(999_999_997L).value();

        HttpResponse<String> refused = api.get(V2 + "requests/" + id + ".json", key(WEB_KEY, wrong));
        assertErrorArray(refused, 404, "bulunamadı");
        assertFalse(refused.body().contains("MHRS"), "no description with a wrong proof");
        HttpResponse<String> none = api.get(V2 + "requests/" + unknown + ".json", key(WEB_KEY, wrong));
        assertErrorArray(none, 404, "bulunamadı");
        assertEquals(object(array(refused).get(0)).get("description").toString().replace(id, unknown),
                object(array(none).get(0)).get("description").toString(), "a wrong proof answers as an unknown number");
        HttpResponse<String> refusedXml = api.get(V2 + "requests/" + id + ".xml", key(MOBILE_KEY, "0532 000 00 00"));
        assertXmlErrors(refusedXml, 404, id);
        assertFalse(refusedXml.body().contains("MHRS"));

        HttpResponse<String> guessed = refusedXml;
        for (int attempt = 0; attempt < 6 && guessed.statusCode() == 404; attempt++) {
            guessed = api.get(V2 + "requests/" + id + ".xml", key(MOBILE_KEY, "0532 000 00 0" + attempt));
        }
        assertXmlErrors(guessed, 429, "saniye sonra");
        assertTrue(Long.parseLong(guessed.headers().firstValue("Retry-After").orElseThrow()) > 0, guessed.headers().toString());
        HttpResponse<String> rightButLocked = api.get(V2 + "requests/" + id + ".json", key(MOBILE_KEY, tc.substring(tc.length() - 4)));
        assertErrorArray(rightButLocked, 429, "saniye sonra");
        assertTrue(rightButLocked.headers().firstValue("Retry-After").isPresent());
        assertFalse(rightButLocked.body().contains("MHRS"), "locked: not even the right proof reads it");

        String lastFour = tc.substring(tc.length() - 4);
        assertErrorArray(api.get(V2 + "requests/" + id + ".json", key(KIOSK_KEY, lastFour)), 403, "read");
        assertXmlErrors(api.get(V2 + "requests/" + id + ".xml", key(KIOSK_KEY, lastFour)), 403, "read");

        HttpResponse<String> publicJson = api.get(V2 + "requests/" + id + ".json", key(WEB_KEY));
        assertEquals(200, publicJson.statusCode(), publicJson.body());
        assertNull(object(array(publicJson).get(0)).get("description"), "no proof: the public fields");
        assertEquals("Çankaya, Ankara", object(array(publicJson).get(0)).get("address"));
        XmlAnswer publicXml = xml(api.get(V2 + "requests/" + id + ".xml", key(KIOSK_KEY)), 200);
        assertTrue(publicXml.nil("/service_requests/request/description"), "a kiosk key without proof reads the public fields");
        assertEquals("39.92", publicXml.at("/service_requests/request/lat"));
    }

    @Test
    void aRequestIsPostedAndListedInXml() {
        HttpResponse<String> posted = api.postForm(V2 + "requests.xml", request(MOBILE_KEY), Map.of());
        XmlAnswer receipt = xml(posted, 201);
        assertEquals(1, receipt.count("/service_requests/request"));
        String id = receipt.at("/service_requests/request/service_request_id");
        assertEquals(id, TrackingNumber.parse(id).value());
        assertTrue(receipt.at("/service_requests/request/service_notice").contains(TrackingNumber.parse(id).grouped()));
        assertEquals(1, receipt.count("/service_requests/request/account_id"));
        assertTrue(posted.headers().firstValue("Location").orElse("").endsWith("/open311/v2/requests/" + id + ".xml"));

        XmlAnswer list = xml(api.get(V2 + "requests.xml?service_code=SAG-01,SAG-02&jurisdiction_id=06", Map.of()), 200);
        assertEquals(1, list.count("/service_requests/request[service_request_id='" + id + "']"));
        assertEquals("SAG-01", list.at("/service_requests/request[service_request_id='" + id + "']/service_code"));
    }

    @Test
    void filtersFindARequestWithoutAKey() {
        String id = create(KIOSK_KEY);
        String other = create(MOBILE_KEY);
        assertEquals(Set.of(id, other), ids(requests(Map.of("service_request_id", id + "," + other, "status", "closed"), Map.of())),
                "ids given: date, status and service filters ignored");
        assertEquals(Set.of(), ids(requests(Map.of("service_request_id", id + "," + other, "jurisdiction_id", "34"), Map.of())),
                "the jurisdiction still applies");
        assertTrue(ids(requests(Map.of("service_code", "SAG-01", "jurisdiction_id", "06", "status", "open"), Map.of())).contains(id));
        assertTrue(ids(requests(Map.of("service_code", "SAG-02,SAG-01"), Map.of())).contains(id), "a list of service codes");
        assertTrue(ids(requests(Map.of("service_code", "SAG-02, SAG-01 "), Map.of())).contains(id));
        assertFalse(ids(requests(Map.of("service_code", "SAG-02"), Map.of())).contains(id));
        assertFalse(ids(requests(Map.of("status", "closed"), key(WEB_KEY))).contains(id));
        assertFalse(ids(requests(Map.of("jurisdiction_id", "34"), Map.of())).contains(id));
        OffsetDateTime at = OffsetDateTime.parse((String) object(requests(Map.of("service_request_id", id), Map.of()).get(0))
                .get("requested_datetime"));
        assertTrue(ids(requests(Map.of("start_date", at.minusMinutes(1).toString(), "end_date", at.plusMinutes(1).toString()),
                Map.of())).contains(id));
        assertFalse(ids(requests(Map.of("start_date", at.plusMinutes(1).toString()), Map.of())).contains(id));
        assertFalse(ids(requests(Map.of("end_date", at.minusMinutes(1).toString()), Map.of())).contains(id));
        assertTrue(ids(requests(Map.of("start_date", "", "end_date", "", "status", ""), Map.of())).contains(id), "empty parameters");
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

        Map<String, Object> request = object(requests(Map.of("service_request_id", id), Map.of()).get(0));
        assertEquals("closed", request.get("status"));
        assertEquals("Olumsuz sonuçlandı", request.get("status_notes"));
        assertTrue(ids(requests(Map.of("status", "closed"), Map.of())).contains(id));
        assertFalse(ids(requests(Map.of("status", "open"), Map.of())).contains(id));
    }

    @Test
    void jurisdictionIdIsAppliedTheSameWayOnEveryEndpoint() {
        String id = create(WEB_KEY);
        for (String suffix : List.of("json", "xml")) {
            for (String path : List.of("services." + suffix, "services/SAG-01." + suffix, "requests." + suffix,
                    "requests/" + id + "." + suffix)) {
                HttpResponse<String> unknown = api.get(V2 + path + "?jurisdiction_id=99", Map.of());
                if (suffix.equals("xml")) {
                    assertXmlErrors(unknown, 404, "jurisdiction_id");
                } else {
                    assertErrorArray(unknown, 404, "jurisdiction_id");
                }
                assertEquals(200, api.get(V2 + path + "?jurisdiction_id=06", Map.of()).statusCode(), path);
            }
        }
        assertErrorArray(api.get(V2 + "requests/" + id + ".json?jurisdiction_id=34", Map.of()), 404, id);
        assertXmlErrors(api.get(V2 + "requests/" + id + ".xml?jurisdiction_id=34", Map.of()), 404, id);
        assertErrorArray(api.postForm(V2 + "requests.json", with("jurisdiction_id", "99"), Map.of()), 404, "jurisdiction_id");
        assertXmlErrors(api.postForm(V2 + "requests.xml", with("jurisdiction_id", "ankara"), Map.of()), 404, "jurisdiction_id");
    }

    @Test
    void refusedRequestsAnswerWithTheSpecsStatusesAndWriteNothing() {
        String before = writtenRows();
        Map<String, String> noKey = request(KIOSK_KEY);
        noKey.remove("api_key");
        assertErrorArray(api.postForm(V2 + "requests.json", noKey, Map.of()), 403, "api_key");
        assertXmlErrors(api.postForm(V2 + "requests.xml", noKey, Map.of()), 403, "api_key");
        assertErrorArray(api.postForm(V2 + "requests.json", request("wrong-key"), Map.of()), 403, "API anahtarı geçersiz");
        assertXmlErrors(api.postForm(V2 + "requests.xml", request("wrong-key"), Map.of()), 403, "API anahtarı geçersiz");
        assertErrorArray(api.postForm(V2 + "requests.json", noKey, basic("supervizor", DEMO_PASSWORD)), 403, "api_key");
        assertErrorArray(api.get(V2 + "requests.json?api_key=wrong", Map.of()), 403, "API anahtarı");
        assertXmlErrors(api.get(V2 + "requests.xml?api_key=wrong", Map.of()), 403, "API anahtarı");

        Map<String, String> form = request(WEB_KEY);
        form.remove("service_code");
        assertErrorArray(api.postForm(V2 + "requests.json", form, Map.of()), 400, "service_code");
        form.put("service_code", "YOK-99");
        assertErrorArray(api.postForm(V2 + "requests.json", form, Map.of()), 404, "service_code");
        assertXmlErrors(api.postForm(V2 + "requests.xml", form, Map.of()), 404, "service_code");
        assertErrorArray(api.postForm(V2 + "requests.json", with("attribute[tc_kimlik_no]", "12345678901"), Map.of()), 400,
                "(attribute[tc_kimlik_no])");
        assertErrorArray(api.postForm(V2 + "requests.json", with("attribute[tc_kimlik_no]", ""), Map.of()), 400,
                "(attribute[tc_kimlik_no])");
        assertErrorArray(api.postForm(V2 + "requests.json", with("phone", "+1 212 555 0100"), Map.of()), 400, "(phone)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("description", ""), Map.of()), 400, "(description)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("first_name", ""), Map.of()), 400, "(first_name)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("lat", "north"), Map.of()), 400, "(lat)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("long", "200"), Map.of()), 400, "(long)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("media_url", "ftp://foto.example.org/1.jpg"), Map.of()), 400,
                "(media_url)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("attribute[kind]", "WISH"), Map.of()), 400, "(attribute[kind])");
        Map<String, String> nowhere = request(WEB_KEY);
        nowhere.remove("lat");
        nowhere.remove("long");
        nowhere.remove("address_string");
        assertErrorArray(api.postForm(V2 + "requests.json", nowhere, Map.of()), 400, "address_string");
        assertXmlErrors(api.postForm(V2 + "requests.xml", nowhere, Map.of()), 400, "lat ile long");
        nowhere.put("address_id", "545483");
        assertErrorArray(api.postForm(V2 + "requests.json", nowhere, Map.of()), 400, "(address_id)");
        assertErrorArray(api.postForm(V2 + "requests.json", with("description", "ş".repeat(4001)), Map.of()), 400,
                "en fazla 4000 karakter");
        assertXmlErrors(api.postForm(V2 + "requests.xml", with("description", "ş".repeat(4001)), Map.of()), 400,
                "en fazla 4000 karakter");
        String twice = ApiClient.form(request(WEB_KEY)) + "&description=" + "ikinci";
        assertErrorArray(api.postRaw(V2 + "requests.json", twice, "application/x-www-form-urlencoded; charset=UTF-8", Map.of()), 400,
                "(description)");
        assertErrorArray(api.postRaw(V2 + "requests.json", "{\"service_code\":\"SAG-01\"}", "application/json", key(WEB_KEY)), 415, "");
        assertEquals(before, writtenRows());

        assertErrorArray(api.get(V2 + "requests.json?status=pending", Map.of()), 400, "pending");
        assertErrorArray(api.get(V2 + "requests.json?status=open&status=closed", Map.of()), 400, "(status)");
        assertXmlErrors(api.get(V2 + "requests.xml?service_code=SAG-01&service_code=SAG-02", Map.of()), 400, "(service_code)");
        assertErrorArray(api.get(V2 + "requests.json?start_date=yesterday", Map.of()), 400, "start_date");
        assertErrorArray(api.get(V2 + "requests.json?start_date=2026-01-01&end_date=2026-06-01", Map.of()), 400, "90 gün");
        assertErrorArray(api.get(V2 + "requests.json?service_code=YOK-99", Map.of()), 404, "service_code");
        assertErrorArray(api.get(V2 + "requests.json?service_code=SAG-01,YOK-99", Map.of()), 404, "YOK-99");
        assertErrorArray(api.get(V2 + "requests/123.json", Map.of()), 400, "(service_request_id)");
        assertXmlErrors(api.get(V2 + "requests/123.xml", Map.of()), 400, "(service_request_id)");
        assertErrorArray(api.get(V2 + "requests/" + TrackingNumber.of(999_999_997L).value() + ".json", Map.of()), 404, "bulunamadı");
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> form = request(WEB_KEY);
        form.put(name, value);
        return form;
    }
}
