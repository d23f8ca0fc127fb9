package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agent gets nothing of the supervisor views: no links, a refusal when typing their addresses, and 403 for the
 * CSV download and for any request to a supervisor page, whatever it carries. The server decides, not the menu.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorAccessIT {

    private static final String PASSWORD = "AcikKapi.2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> request(String path, String session, String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Cookie", "JSESSIONID=" + session);
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAgentIsRefusedEverySupervisorViewActionAndDownload() throws Exception {
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("temsilci1", PASSWORD);
            browser.visible("welcome");
            for (String id : List.of("openWallboard", "openDeadlines", "openAnalytics", "openCalls", "openSurveys",
                    "navWallboard", "navDeadlines", "navAnalytics", "navCalls", "navSurveys")) {
                assertTrue(browser.driver().findElements(By.id(id)).isEmpty(), "an agent has no link " + id);
            }

            for (String page : List.of("wallboard", "deadlines", "analytics", "calls", "surveys")) {
                browser.go("supervisor/" + page + ".xhtml");
                assertEquals("Bu sayfaya erişim yetkiniz yok", browser.visible("forbidden").getText(), page);
                for (String data : List.of("queues", "agents", "report", "analytics", "calls", "campaigns", "results")) {
                    assertTrue(browser.driver().findElements(By.id(data)).isEmpty(), page + " shows no " + data);
                }
            }

            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> csv = request("/supervisor/export/analytics.csv?dimension=PROVINCE", session, "GET", null);
            assertEquals(403, csv.statusCode());
            assertFalse(csv.body().contains("Ankara"), "no data in the refusal");
            assertFalse(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), "no CSV in the refusal");
            assertEquals(403, request("/supervisor/export/survey.csv?campaign=1&group=PROVINCE", session, "GET", null)
                    .statusCode(), "no survey results for an agent");

            for (String page : List.of("wallboard", "deadlines", "analytics", "calls", "surveys")) {
                HttpResponse<String> post = request("/supervisor/" + page + ".xhtml", session, "POST",
                        "jakarta.faces.partial.ajax=true&jakarta.faces.source=push&jakarta.faces.partial.render=board");
                assertEquals(403, post.statusCode(), "a postback to " + page + " is refused");
                assertFalse(post.body().contains("data-queue"), "no wallboard data in the refusal");
            }
            HttpResponse<String> own = request("/index.xhtml", session, "GET", null);
            assertEquals(200, own.statusCode(), "the session is the agent's own and still valid");
        }
    }

    @Test
    void aSupervisorHasTheLinksAndTheDownload() throws Exception {
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("supervizor", PASSWORD);
            browser.visible("openWallboard");
            browser.visible("userbar:who");
            assertFalse(browser.driver().findElements(By.id("navAnalytics")).isEmpty());
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> csv = request("/supervisor/export/analytics.csv?dimension=GENDER", session, "GET", null);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            HttpResponse<String> bad = request("/supervisor/export/analytics.csv?dimension=SHOE_SIZE", session, "GET", null);
            assertEquals(400, bad.statusCode());
            assertFalse(browser.driver().findElements(By.id("navSurveys")).isEmpty());
            assertEquals(400, request("/supervisor/export/survey.csv?campaign=1&group=SHOE_SIZE", session, "GET", null)
                    .statusCode(), "an unknown grouping is refused");
        }
    }
}
