package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tr.gov.acikkapi.it.ApiClient.DEMO_PASSWORD;
import static tr.gov.acikkapi.it.ApiClient.WEB_KEY;
import static tr.gov.acikkapi.it.ApiClient.basic;
import static tr.gov.acikkapi.it.ApiClient.json;
import static tr.gov.acikkapi.it.ApiClient.key;
import static tr.gov.acikkapi.it.ApiClient.object;

/**
 * Abuse of the agent console: the session id changes at sign-in and dies at sign-out; Faces actions posted without
 * a valid view state (missing, forged, another session's) do nothing; an agent holding a valid view state still
 * cannot post supervisor or administration actions; SQL meta-characters and oversized text in the desk search
 * neither fail nor over-match; script and markup in descriptions, notes, search text and caller IDs are shown as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAbuseIT {

    private static final Logger LOG = Logger.getLogger(ConsoleAbuseIT.class.getName());
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Duration WAIT = Duration.ofSeconds(20);
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><b>x</b>");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private URI uri(String path) {
        return URI.create(base.toExternalForm().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
    }

    private HttpResponse<String> get(String path, Optional<String> session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        session.ifPresent(id -> request.header("Cookie", "JSESSIONID=" + id));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, Map<String, String> fields, boolean ajax) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(fields)));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertTrue(m.find(), "a view state in the page");
        return m.group(1).replace("&#58;", ":").replace("&#x3a;", ":");
    }

    /** Whether this response shows a signed-in page (not the login form). */
    private static boolean signedIn(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("id=\"welcome\"");
    }

    private static boolean sentToLogin(HttpResponse<String> response) {
        return (response.statusCode() == 302 || response.statusCode() == 303)
                && response.headers().firstValue("Location").orElse("").contains("login")
                || response.statusCode() == 200 && response.body().contains("login:username");
    }

    /** Signs in over plain HTTP as the login form does; returns the session id before and after. */
    private List<String> signInOverHttp(String user) throws Exception {
        HttpResponse<String> form = get("login.xhtml", Optional.empty());
        String before = sessionCookie(form).orElseThrow(() -> new AssertionError("the login page starts a session"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", DEMO_PASSWORD);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> answer = post("login.xhtml", before, fields, false);
        assertEquals(302, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"), answer.headers().toString());
        String after = sessionCookie(answer).orElse(before);
        return List.of(before, after);
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() throws Exception {
        List<String> ids = signInOverHttp("temsilci1");
        String before = ids.get(0);
        String after = ids.get(1);
        assertNotEquals(before, after, "a new session id after sign-in (no session fixation)");
        assertTrue(sentToLogin(get("index.xhtml", Optional.of(before))), "the id known before sign-in is worth nothing");
        HttpResponse<String> home = get("index.xhtml", Optional.of(after));
        assertTrue(signedIn(home), home.body());

        assertTrue(sentToLogin(get("index.xhtml", Optional.of("attacker-chosen-session-id"))), "an invented id is not adopted");

        Map<String, String> logout = new LinkedHashMap<>();
        logout.put("userbar", "userbar");
        logout.put("userbar:logout", "");
        logout.put("jakarta.faces.ViewState", viewState(home.body()));
        HttpResponse<String> out = post("index.xhtml", after, logout, false);
        assertTrue(out.statusCode() == 302 || out.statusCode() == 303, out.statusCode() + " " + out.body());
        assertTrue(out.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertTrue(sentToLogin(get("index.xhtml", Optional.of(after))), "the old cookie is dead after sign-out");
        assertTrue(sentToLogin(get("agent/desk.xhtml", Optional.of(after))));
    }

    /** An agent's desk in the browser; returns the session id and the view state of the desk page. */
    private static List<String> deskSession(Browser browser, String agent) {
        browser.signIn(agent, DEMO_PASSWORD);
        browser.visible("openDesk").click();
        browser.visible("note:saveNote");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        String state = browser.driver().findElement(By.cssSelector("#note input[name='jakarta.faces.ViewState']")).getAttribute("value");
        return List.of(session, state);
    }

    private static Map<String, String> noteAction(String trackingNumber, String text, Optional<String> viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "note:saveNote");
        fields.put("jakarta.faces.partial.execute", "note");
        fields.put("jakarta.faces.partial.render", "note messages");
        fields.put("note:saveNote", "note:saveNote");
        fields.put("note", "note");
        fields.put("note:noteTracking", trackingNumber);
        fields.put("note:noteText", text);
        viewState.ifPresent(v -> fields.put("jakarta.faces.ViewState", v));
        return fields;
    }

    private static long notesOf(String trackingNumber) {
        return ApiClient.count("SELECT COUNT(*) FROM application_note n JOIN application a ON a.id = n.application_id "
                + "WHERE a.tracking_no = ?", trackingNumber);
    }

    private String newApplication() {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> created = api.postJson("api/v1/applications", ApiIT.application(ApiIT.newTc()), key(WEB_KEY));
        assertEquals(201, created.statusCode(), created.body());
        return (String) object(created).get("trackingNumber");
    }

    @Test
    void facesActionsWithoutAValidViewStateDoNothing() throws Exception {
        String number = newApplication();
        try (Browser mine = Browser.open(base, "tr"); Browser other = Browser.open(base, "tr")) {
            List<String> desk = deskSession(mine, "temsilci1");
            String session = desk.get(0);
            String state = desk.get(1);
            String othersState = deskSession(other, "temsilci3").get(1);

            HttpResponse<String> valid = post("agent/desk.xhtml", session, noteAction(number, "Geçerli not", Optional.of(state)), true);
            assertEquals(200, valid.statusCode(), valid.body());
            assertEquals(1, notesOf(number), "with the page's own view state the action runs: " + valid.body());

            Map<String, Optional<String>> invalid = new LinkedHashMap<>();
            invalid.put("missing", Optional.empty());
            invalid.put("empty", Optional.of(""));
            invalid.put("forged", Optional.of("-4242424242424242424:-1212121212121212121"));
            invalid.put("garbage", Optional.of("<script>alert(1)</script>"));
            invalid.put("another session's", Optional.of(othersState));
            for (Map.Entry<String, Optional<String>> attempt : invalid.entrySet()) {
                HttpResponse<String> answer = post("agent/desk.xhtml", session, noteAction(number, "Sahte not " + attempt.getKey(),
                        attempt.getValue()), true);
                LOG.info(() -> "Ajax note action with a " + attempt.getKey() + " view state: " + answer.statusCode() + " "
                        + answer.headers().firstValue("Location").orElse("") + " "
                        + answer.body().substring(0, Math.min(300, answer.body().length())).replaceAll("\\s+", " "));
                assertTrue(answer.statusCode() < 500, attempt.getKey() + ": " + answer.statusCode() + " " + answer.body());
                assertFalse(answer.body().contains("Not eklendi"), attempt.getKey() + ": " + answer.body());
                if (attempt.getValue().isPresent()) {
                    assertTrue(answer.body().contains("<redirect url=\"") && answer.body().contains("/index.xhtml"),
                            "an unrestorable view sends the browser home, not a silent error: " + answer.body());
                }
                assertFalse(answer.body().contains("<script>alert(1)</script>"), "nothing echoed: " + answer.body());
                assertEquals(1, notesOf(number), "no note with a " + attempt.getKey() + " view state");
                HttpResponse<String> plain = post("agent/desk.xhtml", session, noteAction(number, "Sahte not " + attempt.getKey(),
                        attempt.getValue()), false);
                LOG.info(() -> "Full-page note post with a " + attempt.getKey() + " view state: " + plain.statusCode() + " "
                        + plain.headers().firstValue("Location").orElse(""));
                assertTrue(plain.statusCode() < 500, attempt.getKey() + " (full post): " + plain.statusCode() + " " + plain.body());
                assertEquals(1, notesOf(number), "no note with a " + attempt.getKey() + " view state (full post)");
            }
            HttpResponse<String> stillValid = post("agent/desk.xhtml", session, noteAction(number, "İkinci geçerli not",
                    Optional.of(state)), true);
            assertEquals(2, notesOf(number), "the agent's own session is unharmed: " + stillValid.body());
        }
    }

    @Test
    void anAgentWithAValidViewStateStillCannotPostSupervisorOrAdministrationActions() throws Exception {
        try (Browser browser = Browser.open(base, "tr")) {
            List<String> desk = deskSession(browser, "temsilci1");
            String session = desk.get(0);
            String state = desk.get(1);
            String intruder = "sizma" + System.nanoTime() % 100_000;
            String users = TestDatabase.rows("SELECT COUNT(*) FROM app_user").get(0).get(0);
            String types = TestDatabase.rows("SELECT COUNT(*), MAX(name) FROM application_type").get(0).toString();
            Map<String, Map<String, String>> actions = new LinkedHashMap<>();
            actions.put("admin/users.xhtml", withState(state, "create", "create", "create:userName", intruder,
                    "create:displayName", "Sızma", "create:password", "Sizma.Denemesi1", "create:roles", "ADMIN", "create:save", ""));
            actions.put("admin/catalogue.xhtml", withState(state, "type", "type", "type:name", "Sızma", "type:problemArea",
                    "PAYMENT", "type:save", ""));
            actions.put("admin/units.xhtml", withState(state, "unit", "unit", "unit:name", "Sızma Birimi", "unit:save", ""));
            actions.put("admin/routing.xhtml", withState(state, "rule", "rule", "rule:save", ""));
            actions.put("admin/escalation.xhtml", withState(state, "rule", "rule", "rule:description", "Sızma", "rule:save", ""));
            actions.put("admin/desk-choices.xhtml", withState(state, "choice", "choice", "choice:save", ""));
            actions.put("supervisor/deadlines.xhtml", withState(state, "jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "filter:province", "jakarta.faces.partial.execute", "filter", "filter", "filter"));
            actions.put("supervisor/analytics.xhtml", withState(state, "jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "push", "jakarta.faces.partial.render", "@all"));
            actions.put("supervisor/wallboard.xhtml", withState(state, "jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "push", "jakarta.faces.partial.render", "@all"));
            for (Map.Entry<String, Map<String, String>> action : actions.entrySet()) {
                for (boolean ajax : List.of(false, true)) {
                    HttpResponse<String> answer = post(action.getKey(), session, action.getValue(), ajax);
                    assertEquals(403, answer.statusCode(), action.getKey() + (ajax ? " (ajax)" : "") + ": " + answer.body());
                }
            }
            for (String export : List.of("supervisor/export/analytics.csv?dimension=PROVINCE", "supervisor/export/analytics.csv")) {
                assertEquals(403, get(export, Optional.of(session)).statusCode(), export);
            }
            assertEquals(users, TestDatabase.rows("SELECT COUNT(*) FROM app_user").get(0).get(0));
            assertEquals(List.of(), TestDatabase.rows("SELECT id FROM app_user WHERE username = ?", intruder));
            assertEquals(types, TestDatabase.rows("SELECT COUNT(*), MAX(name) FROM application_type").get(0).toString());

            ApiClient api = new ApiClient(base);
            assertEquals(403, api.postForm("open311/v2/requests.json", Map.of("service_code", "SAG-01"),
                    basic("temsilci1", DEMO_PASSWORD)).statusCode(), "staff cannot register as a channel over Open311");
            HttpResponse<String> home = get("index.xhtml", Optional.of(session));
            assertTrue(signedIn(home), "the agent's session is still the agent's own");
        }
    }

    private static Map<String, String> withState(String state, String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        fields.put("jakarta.faces.ViewState", state);
        return fields;
    }

    /** Lower-case letters no other test's name has, so that a name search finds only this test's citizen. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }

    private static void search(Browser browser, String text) {
        browser.awaitAjax();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('search:text').value = arguments[0];", text);
        browser.click("search:go");
    }

    /** No element came from the given markup, no alert is open, and the page is the desk (not an error page). */
    private static void assertNoInjection(Browser browser, String context) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert is open: " + context);
        assertTrue(browser.driver().findElements(By.cssSelector("img[src='x']")).isEmpty(), "an injected <img>: " + context);
        assertTrue(browser.driver().findElements(By.xpath("//b[normalize-space(.)='x']")).isEmpty(), "an injected <b>: " + context);
        Object scripts = ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.scripts).filter(function (s) { return s.text.indexOf('alert(1)') >= 0; }).length;");
        assertEquals(0L, ((Number) scripts).longValue(), "an injected <script>: " + context);
        assertTrue(browser.driver().findElements(By.id("search:text")).size() == 1, "still the desk: " + context);
    }

    @Test
    void sqlMetaCharactersAndOversizedTextInTheDeskSearchNeitherFailNorOverMatch() throws Exception {
        ApiClient api = new ApiClient(base);
        Map<String, Object> body = ApiIT.application(ApiIT.newTc());
        Map<String, Object> citizen = ApiIT.citizen(ApiIT.newTc());
        String lastName = "D'Ang" + letters() + "-Öz";
        citizen.put("firstName", "Şule");
        citizen.put("lastName", lastName);
        body.put("citizen", citizen);
        assertEquals(201, api.postJson("api/v1/applications", body, key(WEB_KEY)).statusCode());
        String before = TestDatabase.rows("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()").get(0).get(0)
                + "/" + ApiClient.count("SELECT COUNT(*) FROM citizen");

        try (Browser browser = Browser.open(base, "tr")) {
            deskSession(browser, "temsilci2");
            for (String meta : ApiAbuseIT.SQL_META) {
                search(browser, meta);
                String shown = browser.visible("search").getText();
                assertTrue(shown.contains("Sonuç yok.") || shown.contains("En az iki harf") || shown.contains("başvuru numarası")
                        || shown.contains("Başvuru numarası"), "[" + meta + "] neither nothing found nor a reason: " + shown);
                assertTrue(browser.driver().findElements(By.cssSelector("[id='search:results'] .ak-name")).isEmpty(),
                        "[" + meta + "] matched citizens: " + shown);
                assertNoInjection(browser, meta);
            }
            search(browser, lastName.substring(0, lastName.length() - 2));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search:results"), "Şule " + lastName));
            assertEquals(1, browser.driver().findElements(By.cssSelector("[id='search:results'] .ak-name")).size(),
                    "an apostrophe is a letter of the name, nothing more");

            search(browser, "ş".repeat(10_000));
            assertTrue(browser.visible("search").getText().contains("Sonuç yok.")
                    || browser.visible("search").getText().contains("uzun"), browser.visible("search").getText());
            assertNoInjection(browser, "10k characters");
        }
        assertEquals(before, TestDatabase.rows("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()").get(0).get(0)
                + "/" + ApiClient.count("SELECT COUNT(*) FROM citizen"), "tables intact");
    }

    @Test
    void scriptAndMarkupAreShownAsTextInTheConsoleAndReturnedAsJsonStrings() throws Exception {
        ApiClient api = new ApiClient(base);
        String all = String.join(" ", MARKUP);
        for (String markup : MARKUP) {
            Map<String, Object> named = ApiIT.application(ApiIT.newTc());
            Map<String, Object> citizen = ApiIT.citizen(ApiIT.newTc());
            citizen.put("firstName", markup);
            named.put("citizen", citizen);
            HttpResponse<String> refused = api.postJson("api/v1/applications", named, key(WEB_KEY));
            assertEquals(400, refused.statusCode(), "markup in a name: " + refused.body());
            assertEquals("INVALID_TEXT", object(refused).get("code"));
        }
        Map<String, Object> body = ApiIT.application(ApiIT.newTc());
        body.put("subject", MARKUP.get(2));
        body.put("description", all);
        HttpResponse<String> created = api.postJson("api/v1/applications", body, key(WEB_KEY));
        assertEquals(201, created.statusCode(), created.body());
        String number = (String) object(created).get("trackingNumber");
        assertEquals(201, api.postJson("api/v1/applications/" + number + "/notes", json("text", all), key(WEB_KEY, ApiIT.PHONE))
                .statusCode());
        HttpResponse<String> read = api.get("api/v1/applications/" + number, basic("supervizor", DEMO_PASSWORD));
        assertEquals(all, object(read).get("description"));
        assertEquals(MARKUP.get(2), object(read).get("subject"));
        assertTrue(ApiClient.array(object(read).get("timeline")).stream().anyMatch(e -> all.equals(object(e).get("text"))),
                "the note comes back as the same string: " + read.body());
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

        try (Browser browser = Browser.open(base, "tr")) {
            deskSession(browser, "temsilci2");
            for (String markup : MARKUP) {
                search(browser, markup);
                assertNoInjection(browser, "search " + markup);
                browser.visible("note:noteTracking").clear();
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('note:noteTracking').value = arguments[0];"
                                + "document.getElementById('note:noteText').value = arguments[0];", markup);
                browser.click("note:saveNote");
                assertNoInjection(browser, "note on " + markup);
            }
            browser.visible("note:noteTracking").clear();
            browser.visible("note:noteTracking").sendKeys(number);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('note:noteText').value = arguments[0];", all);
            browser.click("note:saveNote");
            new WebDriverWait(browser.driver(), WAIT).until(d -> browser.bodyText().contains("Not eklendi: " + number));
            assertNoInjection(browser, "note saved");
            assertEquals(2, ApiClient.count("SELECT COUNT(*) FROM application_note n JOIN application a ON a.id = n.application_id "
                    + "WHERE a.tracking_no = ? AND n.body = ?", number, all), "the desk stores the note as typed");

            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('intake:tc').value = arguments[0];"
                            + "document.getElementById('intake:firstName').value = arguments[1];"
                            + "document.getElementById('intake:lastName').value = 'Yılmaz';"
                            + "document.getElementById('intake:phone').value = '0532 111 22 33';"
                            + "document.getElementById('intake:subject').value = arguments[1];"
                            + "document.getElementById('intake:description').value = arguments[2];",
                    ApiIT.newTc(), MARKUP.get(2), all);
            browser.click("intake:register");
            assertNoInjection(browser, "intake with markup in the name");
            assertTrue(browser.driver().findElements(By.id("trackingNumber")).isEmpty()
                    || !browser.driver().findElement(By.id("trackingNumber")).isDisplayed(), "a name with markup is refused");
        }
        List<List<String>> stored = TestDatabase.rows("SELECT description FROM application WHERE tracking_no = ?", number);
        assertEquals(all, stored.get(0).get(0), "stored as given (data, not markup)");
    }

    @Test
    void aCallerIdWithMarkupIsShownAsTextOnTheScreenPop() throws Exception {
        String callerId = "\"><b>x</b><img src=x onerror=alert(1)>";
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("temsilci3", DEMO_PASSWORD);
            browser.visible("openDesk").click();
            browser.visible("pop");
            new WebDriverWait(browser.driver(), WAIT).until(d -> "open".equals(
                    ((JavascriptExecutor) d).executeScript("return document.body.dataset.socket")));
            TestEnvironment.simulator().play(tr.gov.acikkapi.cti.simulator.Scenario.answered(callerId, "Local/1003@agents")
                    .withRing(Duration.ofSeconds(3)).withTalk(Duration.ofSeconds(3)));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("callerNumber")));
            String shown = browser.driver().findElement(By.id("callerNumber")).getText();
            LOG.info(() -> "Caller ID with markup shown on the pop as [" + shown + "]");
            assertNoInjection(browser, "caller ID on the pop: " + shown);
            assertTrue(shown.isEmpty() || shown.equals(callerId.strip()), "shown as text or not at all: [" + shown + "]");
        }
    }
}
