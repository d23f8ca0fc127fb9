package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From outside, over HTTP: the deployed EAR answers its health checks and renders the PrimeFaces login page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmokeIT {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessIsUpWithTheDatabase() throws Exception {
        HttpResponse<String> response = http.send(TestEnvironment.readinessWithDetails(base),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"name\":\"database\""), response.body());
        assertTrue(response.body().contains("\"schema\""), "the details, with the monitoring token: " + response.body());
    }

    @Test
    void livenessAnswers() throws Exception {
        HttpResponse<String> response = get("health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    }

    @Test
    void loginPageRendersWithPrimeFacesInTurkish() throws Exception {
        HttpResponse<String> response = get("login.xhtml");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("primefaces"), "PrimeFaces resources are linked");
        assertTrue(page.contains("id=\"login:username\""), "the user name field is there");
        assertTrue(page.contains("Oturum aç"), "the page speaks Turkish by default");
        assertTrue(page.contains("lang=\"tr\""), "the page declares Turkish");
    }

    @Test
    void consolePagesNeedASignIn() throws Exception {
        HttpResponse<String> response = get("index.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"),
                "redirected to the login page");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
