package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that knows only GeoReport v2 and the discovery spec: it starts at {@code /open311/discovery.<format>},
 * takes the endpoint's URL from there, lists the services, reads a definition, fills the form from the declared
 * attributes (the values a user would type for the required ones), posts a request with the channel's key and reads
 * it back, in XML (JAXP and XPath) and in JSON (a generic JSON reader), by the spec's names only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Open311ClientIT {

    private static final Json JSON = new Json();
    /** What the user types for attributes the definition marks required; the client knows nothing else of them. */
    private static final Map<String, String> USER_INPUT = Map.of("tc_kimlik_no", ApiIT.newTc());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> send(HttpRequest.Builder request, String accept) {
        try {
            return http.send(request.header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String url, String accept) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET(), accept);
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        return response;
    }

    private HttpResponse<String> post(String url, Map<String, String> form, String accept) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), accept);
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    /** The spec's request fields, with a location (the spec requires one) and the user's words. */
    private static Map<String, String> spec(String serviceCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", ApiClient.WEB_KEY);
        form.put("service_code", serviceCode);
        form.put("jurisdiction_id", "06");
        form.put("lat", "39.9334");
        form.put("long", "32.8597");
        form.put("description", "Sokak lambası yanmıyor.");
        form.put("first_name", "Zeynep");
        form.put("last_name", "Kaya");
        return form;
    }

    @Test
    void anXmlClientDiscoversListsReadsADefinitionPostsAndReadsBack() {
        XmlAnswer discovery = XmlAnswer.parse(get(base + "open311/discovery.xml", "text/xml").body());
        String endpoint = "/discovery/endpoints/endpoint[specification='http://wiki.open311.org/GeoReport_v2']"
                + "[formats/format='text/xml']";
        assertEquals(1, discovery.count(endpoint));
        assertFalse(discovery.at("/discovery/changeset").isBlank());
        assertTrue(List.of("production", "test").contains(discovery.at(endpoint + "/type")));
        String url = discovery.at(endpoint + "/url");

        XmlAnswer services = XmlAnswer.parse(get(url + "/services.xml", "text/xml").body());
        String code = services.at("/services/service[1]/service_code");
        assertEquals("true", services.at("/services/service[1]/metadata"));

        XmlAnswer definition = XmlAnswer.parse(get(url + "/services/" + code + ".xml", "text/xml").body());
        Map<String, String> form = spec(code);
        int attributes = definition.count("/service_definition/attributes/attribute");
        int required = 0;
        for (int i = 1; i <= attributes; i++) {
            String attribute = "/service_definition/attributes/attribute[" + i + "]";
            if ("true".equals(definition.at(attribute + "/variable")) && "true".equals(definition.at(attribute + "/required"))) {
                String name = definition.at(attribute + "/code");
                assertTrue(USER_INPUT.containsKey(name), "the user is asked for " + name);
                form.put("attribute[" + name + "]", USER_INPUT.get(name));
                required++;
            }
        }
        assertEquals(1, required);

        XmlAnswer created = XmlAnswer.parse(post(url + "/requests.xml", form, "text/xml").body());
        String id = created.at("/service_requests/request/service_request_id");
        assertFalse(id.isBlank());

        XmlAnswer read = XmlAnswer.parse(get(url + "/requests/" + id + ".xml", "text/xml").body());
        assertEquals(id, read.at("/service_requests/request/service_request_id"));
        assertEquals(code, read.at("/service_requests/request/service_code"));
        assertEquals("open", read.at("/service_requests/request/status"));
        assertEquals("39.93", read.at("/service_requests/request/lat"));
        assertEquals("32.86", read.at("/service_requests/request/long"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJsonClientDoesTheSame() {
        Map<String, Object> discovery = (Map<String, Object>) JSON.toType(get(base + "open311/discovery.json", "application/json").body(),
                Object.class);
        assertFalse(String.valueOf(discovery.get("changeset")).isBlank());
        Map<String, Object> endpoint = ((List<Object>) discovery.get("endpoints")).stream().map(e -> (Map<String, Object>) e)
                .filter(e -> "http://wiki.open311.org/GeoReport_v2".equals(e.get("specification"))
                        && ((List<Object>) e.get("formats")).contains("application/json"))
                .findFirst().orElseThrow();
        String url = (String) endpoint.get("url");

        List<Object> services = (List<Object>) JSON.toType(get(url + "/services.json", "application/json").body(), Object.class);
        String code = (String) ((Map<String, Object>) services.get(0)).get("service_code");

        Map<String, Object> definition = (Map<String, Object>) JSON.toType(
                get(url + "/services/" + code + ".json", "application/json").body(), Object.class);
        Map<String, String> form = spec(code);
        for (Object a : (List<Object>) definition.get("attributes")) {
            Map<String, Object> attribute = (Map<String, Object>) a;
            if (Boolean.TRUE.equals(attribute.get("variable")) && Boolean.TRUE.equals(attribute.get("required"))) {
                String name = (String) attribute.get("code");
                assertTrue(USER_INPUT.containsKey(name), "the user is asked for " + name);
                form.put("attribute[" + name + "]", USER_INPUT.get(name));
            }
        }

        List<Object> created = (List<Object>) JSON.toType(post(url + "/requests.json", form, "application/json").body(), Object.class);
        String id = (String) ((Map<String, Object>) created.get(0)).get("service_request_id");

        List<Object> read = (List<Object>) JSON.toType(get(url + "/requests/" + id + ".json", "application/json").body(), Object.class);
        Map<String, Object> request = (Map<String, Object>) read.get(0);
        assertEquals(id, request.get("service_request_id"));
        assertEquals(code, request.get("service_code"));
        assertEquals("open", request.get("status"));
    }
}
