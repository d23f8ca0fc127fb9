package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supervisor and an agent, signed in, see no administration link, cannot open any page under /admin (the console's
 * "no access" page, HTTP 403) and cannot invoke an administration action by posting its form themselves: the server
 * refuses and nothing is written. (The services refuse any caller without the ADMIN role as well:
 * {@link AdminServicesSecurityIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminAccessIT {

    private static final String PASSWORD = "AcikKapi.2026";
    private static final List<String> PAGES = List.of("admin/index.xhtml", "admin/users.xhtml", "admin/catalogue.xhtml",
            "admin/units.xhtml", "admin/routing.xhtml", "admin/escalation.xhtml", "admin/desk-choices.xhtml");

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

    @ParameterizedTest
    @ValueSource(strings = {"supervizor", "temsilci1"})
    void nonAdministratorsCannotOpenAdministrationPages(String user) {
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn(user, PASSWORD);
            browser.visible("welcome");
            assertTrue(browser.driver().findElements(By.id("navAdmin")).isEmpty(), "no header link for " + user);
            assertTrue(browser.driver().findElements(By.id("openAdmin")).isEmpty(), "no home link for " + user);
            for (String page : PAGES) {
                browser.go(page);
                assertEquals("Bu sayfaya erişim yetkiniz yok", browser.visible("forbidden").getText(), page);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"supervizor", "temsilci1"})
    void nonAdministratorsCannotInvokeAdministrationActions(String user) throws Exception {
        String session;
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn(user, PASSWORD);
            browser.visible("welcome");
            Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
            session = cookie.getName() + "=" + cookie.getValue();
        }
        for (String page : PAGES) {
            assertEquals(403, send(HttpRequest.newBuilder(uri(page)).GET(), session).statusCode(), page);
        }
        String intruder = "sizma" + System.nanoTime() % 100_000;
        String createUser = form("create", "create", "create:userName", intruder, "create:displayName", "Sızma Denemesi",
                "create:password", "Sizma.Denemesi1", "create:roles", "ADMIN", "create:save", "");
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("admin/users.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(createUser)), session);
        assertEquals(403, created.statusCode());
        assertEquals(List.of(), TestDatabase.rows("SELECT id FROM app_user WHERE username = ?", intruder));

        String renameType = form("type", "type", "type:name", "Sızma", "type:problemArea", "PAYMENT", "type:save", "");
        assertEquals(403, send(HttpRequest.newBuilder(uri("admin/catalogue.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(renameType)), session).statusCode());
        assertEquals(List.of(), TestDatabase.rows("SELECT id FROM application_type WHERE name = 'Sızma'"));
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm().replaceAll("/$", "") + "/" + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
        return http.send(request.header("Cookie", session).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post as the page would send it, field by field (name, value, …). */
    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
