package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Abuse of the JSON API and Open311 from outside: every protected endpoint without a key, with a wrong key and with a
 * key that has no right there; SQL meta-characters in every parameter a caller controls; oversized bodies, parameters
 * and headers. Each is refused with a 4xx and an error body (stable English code, Turkish message), nothing is
 * written, the tables are intact and the server answers its health check afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAbuseIT {

    private static final Logger LOG = Logger.getLogger(ApiAbuseIT.class.getName());
    private static final String APPLICATIONS = "api/v1/applications";
    private static final String V2 = "open311/v2/";
    /** The Secure attribute of a Set-Cookie header, in any case. */
    private static final Pattern SECURE_FLAG = Pattern.compile("(?i);\\s*secure\\s*(;|$)");
    static final List<String> SQL_META = List.of("'", "\"", "%", "_", "\\", "--", "%%", "__", "' OR '1'='1",
            "1' OR 1=1 -- ", "\" OR \"\"=\"", "'; DROP TABLE application; --", "1; DROP TABLE citizen", "*", "%' --");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;
    private Map<String, Object> existing;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        HttpResponse<String> created = api.postJson(APPLICATIONS, ApiIT.application(ApiIT.newTc()), key(WEB_KEY));
        assertEquals(201, created.statusCode(), created.body());
        existing = object(created);
    }

    private static void assertApiError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        Map<String, Object> error = object(response);
        assertEquals(code, error.get("code"), response.body());
        assertFalse(String.valueOf(error.get("message")).isBlank(), response.body());
    }

    private static void assertOpen311Error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        Map<String, Object> error = object(array(response).get(0));
        assertEquals((long) status, ((Number) error.get("code")).longValue(), response.body());
        assertFalse(String.valueOf(error.get("description")).isBlank(), response.body());
    }

    /** The tables of the schema and the rows of those intake writes to: a dropped or emptied table shows here. */
    private static String schemaAndRows() throws Exception {
        return TestDatabase.rows("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()").get(0).get(0)
                + "|" + writtenRows();
    }

    private void assertHealthy() {
        HttpResponse<String> live = api.get("health/live", Map.of());
        assertEquals(200, live.statusCode(), live.body());
    }

    /** Every protected request of both interfaces, with the given credentials (headers, or Open311's api_key). */
    private Map<String, Supplier<HttpResponse<String>>> everyProtectedRequest(Map<String, String> headers, String open311Key) {
        Object number = existing.get("trackingNumber");
        Map<String, Supplier<HttpResponse<String>>> requests = new LinkedHashMap<>();
        requests.put("GET catalogue", () -> api.get("api/v1/catalogue", headers));
        requests.put("POST application", () -> api.postJson(APPLICATIONS, ApiIT.application(ApiIT.newTc()), headers));
        requests.put("GET application", () -> api.get(APPLICATIONS + "/" + number, headers));
        requests.put("POST by-citizen", () -> api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", ApiIT.newTc()), headers));
        requests.put("POST note", () -> api.postJson(APPLICATIONS + "/" + number + "/notes", json("text", "Sızma notu"), headers));
        requests.put("POST status change", () -> api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                json("expectedVersion", existing.get("version"), "status", "IN_PROGRESS", "reason", "x"), headers));
        String query = open311Key == null ? "" : "?api_key=" + URLEncoder.encode(open311Key, StandardCharsets.UTF_8);
        requests.put("Open311 GET requests", () -> api.get(V2 + "requests.json" + query, headers));
        requests.put("Open311 GET request", () -> api.get(V2 + "requests/" + number + ".json" + query, headers));
        Map<String, String> form = open311Form(open311Key == null ? "" : open311Key);
        if (open311Key == null) {
            form.remove("api_key");
        }
        requests.put("Open311 POST request", () -> api.postForm(V2 + "requests.json", form, headers));
        return requests;
    }

    /** A complete Open311 service request as a channel posts it, with its api_key field. */
    static Map<String, String> open311Form(String apiKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("service_code", "SAG-01");
        form.put("jurisdiction_id", "06");
        form.put("description", "MHRS üzerinden randevu alınamıyor.");
        form.put("first_name", "Mehmet");
        form.put("last_name", "Öztürk");
        form.put("phone", "+90 532 765 43 21");
        form.put("attribute[tc_kimlik_no]", ApiIT.newTc());
        form.put("address_string", "Kızılay Mah. Atatürk Blv. No:1 Çankaya/Ankara");
        form.put("attribute[district]", "Çankaya");
        return form;
    }

    /** Open311 answers missing or wrong credentials with 403 (the spec's status for api_key), the JSON API with 401. */
    private static int refusedStatus(String request) {
        return request.startsWith("Open311") ? 403 : 401;
    }

    @Test
    void withoutAKeyOrWithAWrongKeyEveryEndpointIsRefusedAndWritesNothing() throws Exception {
        String before = schemaAndRows();
        String state = ApiClient.stateOf(existing.get("trackingNumber"));
        for (Map.Entry<String, Supplier<HttpResponse<String>>> request : everyProtectedRequest(Map.of(), null).entrySet()) {
            HttpResponse<String> response = request.getValue().get();
            if (request.getKey().startsWith("Open311 GET")) {
                assertEquals(200, response.statusCode(), "Open311 reads are public: " + request.getKey() + ": " + response.body());
                assertFalse(response.body().contains("Öztürk"), response.body());
                continue;
            }
            assertEquals(refusedStatus(request.getKey()), response.statusCode(), request.getKey() + ": " + response.body());
            assertTrue(response.body().contains("Kimlik doğrulaması gerekli") || response.body().contains("UNAUTHENTICATED")
                    || response.body().contains("api_key"), request.getKey() + ": " + response.body());
        }
        List<String> wrongKeys = List.of("yanlis-anahtar", WEB_KEY.toUpperCase(), WEB_KEY + "x",
                WEB_KEY.substring(0, WEB_KEY.length() - 1), "' OR '1'='1", "<script>alert(1)</script>");
        for (String wrong : wrongKeys) {
            for (Map.Entry<String, Supplier<HttpResponse<String>>> request : everyProtectedRequest(key(wrong), wrong).entrySet()) {
                HttpResponse<String> response = request.getValue().get();
                assertEquals(refusedStatus(request.getKey()), response.statusCode(),
                        request.getKey() + " with [" + wrong + "]: " + response.body());
                assertTrue(response.body().contains("API anahtarı geçersiz"), request.getKey() + ": " + response.body());
                assertFalse(response.body().contains("<script>"), "the key is not echoed: " + response.body());
            }
        }
        int wrongPasswords = 0;
        for (Map.Entry<String, Supplier<HttpResponse<String>>> request
                : everyProtectedRequest(basic("sizma-denemesi", "yanlış"), null).entrySet()) {
            int status = request.getValue().get().statusCode();
            wrongPasswords++;
            if (wrongPasswords <= 5) {
                assertEquals(refusedStatus(request.getKey()), status, request.getKey() + " with a wrong password");
            } else {
                assertTrue(status == refusedStatus(request.getKey()) || status == 429, request.getKey()
                        + " with a wrong password after five failures (refused, or 429 while the account must wait): " + status);
            }
        }
        assertEquals(before, schemaAndRows(), "nothing written");
        assertEquals(state, ApiClient.stateOf(existing.get("trackingNumber")));
    }

    @Test
    void aChannelsKeyCannotActAsAnotherChannelOrAsStaff() throws Exception {
        String before = schemaAndRows();
        Object number = existing.get("trackingNumber");
        String state = ApiClient.stateOf(number);
        for (String apiKey : List.of(WEB_KEY, MOBILE_KEY, KIOSK_KEY)) {
            for (String channel : List.of("WEB", "MOBILE", "KIOSK", "CALL_CENTER", "IVR", "OPEN311")) {
                Map<String, Object> body = ApiIT.application(ApiIT.newTc());
                body.put("channel", channel);
                HttpResponse<String> response = api.postJson(APPLICATIONS, body, key(apiKey));
                if (!apiKey.contains(channel.toLowerCase())) {
                    assertTrue(response.statusCode() == 403 || response.statusCode() == 400,
                            apiKey + " as " + channel + ": " + response.body());
                } else {
                    assertEquals(201, response.statusCode(), apiKey + " as its own channel " + channel + ": " + response.body());
                }
            }
            assertApiError(api.postJson(APPLICATIONS + "/" + number + "/status-changes",
                    json("expectedVersion", existing.get("version"), "status", "IN_PROGRESS", "reason", "x"), key(apiKey)),
                    403, "ROLE_REQUIRED");
        }
        assertEquals(state, ApiClient.stateOf(number), "no status change by a channel");
        long ownChannelRegistrations = 3;
        assertEquals(Long.parseLong(before.split("\\|")[1].split("/")[2]) + ownChannelRegistrations,
                ApiClient.count("SELECT COUNT(*) FROM application"), "only the three registrations in the channel's own name");

        Map<String, String> kioskForm = open311Form(KIOSK_KEY);
        String applications = before.split("\\|")[1].split("/")[2];
        HttpResponse<String> twoKeys = api.postForm(V2 + "requests.json", kioskForm, key(WEB_KEY));
        assertOpen311Error(twoKeys, 400);
        assertTrue(twoKeys.body().contains("yalnızca birini"), twoKeys.body());
        assertOpen311Error(api.postForm(V2 + "requests.json", kioskForm, basic("supervizor", DEMO_PASSWORD)), 400);
        HttpResponse<String> query = api.postForm(V2 + "requests.json?api_key=" + MOBILE_KEY, kioskForm, Map.of());
        assertOpen311Error(query, 400);
        assertEquals(Long.parseLong(applications) + ownChannelRegistrations, ApiClient.count("SELECT COUNT(*) FROM application"),
                "a request carrying two different credentials is refused, not registered under either");
        HttpResponse<String> sameKeyTwice = api.postForm(V2 + "requests.json", kioskForm, key(KIOSK_KEY));
        assertEquals(201, sameKeyTwice.statusCode(), "the same key in the form and the header is one credential: " + sameKeyTwice.body());
    }

    /**
     * Point 3 of the security issue: one leaked channel key used to read every citizen's applications by tracking
     * number and list them by TC Kimlik No. Now a read needs the citizen's proof, the kiosk's key cannot read at all,
     * and wrong proofs lock the record for that key.
     */
    @Test
    void aLeakedChannelKeyReadsNothingWithoutTheCitizensProof() throws Exception {
        String tc = ApiIT.newTc();
        HttpResponse<String> created = api.postJson(APPLICATIONS, ApiIT.application(tc), key(WEB_KEY));
        assertEquals(201, created.statusCode(), created.body());
        Object number = object(created).get("trackingNumber");
        String subject = (String) object(created).get("subject");
        String lastFour = tc.substring(7);
        String wrongFour = String.format("%04d", (Integer.parseInt(lastFour) + 1) % 10_000);
        String notes = ApiClient.writtenRows();

        HttpResponse<String> bare = api.get(APPLICATIONS + "/" + number, key(WEB_KEY));
        assertApiError(bare, 400, "CITIZEN_PROOF_REQUIRED");
        assertFalse(bare.body().contains(subject), "nothing of the application without proof: " + bare.body());
        HttpResponse<String> wrong = api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, wrongFour));
        assertApiError(wrong, 404, "APPLICATION_NOT_FOUND");
        assertFalse(wrong.body().contains(subject), wrong.body());
        assertApiError(api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, "0533 999 88 77")), 404, "APPLICATION_NOT_FOUND");
        assertApiError(api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, "' OR '1'='1")), 400, "CITIZEN_PROOF_INVALID");
        assertEquals(subject, object(api.get(APPLICATIONS + "/" + number, key(WEB_KEY, lastFour))).get("subject"));
        assertEquals(subject, object(api.get(APPLICATIONS + "/" + number, key(WEB_KEY, ApiIT.PHONE))).get("subject"));

        assertApiError(api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", tc), key(WEB_KEY)), 400, "CITIZEN_PROOF_REQUIRED");
        HttpResponse<String> stranger = api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", tc, "phone", "0533 999 88 77"),
                key(WEB_KEY));
        assertEquals(200, stranger.statusCode(), stranger.body());
        assertTrue(array(object(stranger).get("applications")).isEmpty(), "a wrong phone lists nothing: " + stranger.body());
        assertEquals(null, object(stranger).get("applicant"), "and does not tell that the citizen exists");
        HttpResponse<String> own = api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", tc, "phone", ApiIT.PHONE), key(WEB_KEY));
        assertEquals(1, array(object(own).get("applications")).size(), own.body());

        assertApiError(api.get(APPLICATIONS + "/" + number, key(KIOSK_KEY, lastFour)), 403, "SCOPE_REQUIRED");
        assertApiError(api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", tc, "phone", ApiIT.PHONE), key(KIOSK_KEY)), 403,
                "SCOPE_REQUIRED");
        assertApiError(api.postJson(APPLICATIONS + "/" + number + "/notes", json("text", "Sızma"), key(WEB_KEY)), 400,
                "CITIZEN_PROOF_REQUIRED");
        assertApiError(api.postJson(APPLICATIONS + "/" + number + "/notes", json("text", "Sızma"), key(WEB_KEY, wrongFour)), 404,
                "APPLICATION_NOT_FOUND");
        assertEquals(notes, ApiClient.writtenRows(), "no note written without proof");
    }

    @Test
    void wrongProofsLockTheApplicationForThatKeyEvenAgainstTheRightDigitsAndTheLockIsAudited() {
        String tc = ApiIT.newTc();
        HttpResponse<String> created = api.postJson(APPLICATIONS, ApiIT.application(tc), key(WEB_KEY));
        Object number = object(created).get("trackingNumber");
        String lastFour = tc.substring(7);
        for (int guess = 0; guess < 5; guess++) {
            String digits = String.format("%04d", (Integer.parseInt(lastFour) + 1 + guess) % 10_000);
            assertApiError(api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, digits)), 404, "APPLICATION_NOT_FOUND");
        }
        HttpResponse<String> locked = api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, lastFour));
        assertApiError(locked, 429, "TOO_MANY_ATTEMPTS");
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElse("0")) > 0, locked.headers().toString());
        assertTrue(String.valueOf(object(locked).get("message")).contains("saniye sonra"), locked.body());
        assertTrue(ApiClient.count("SELECT COUNT(*) FROM audit_log WHERE actor = 'kanal-mobile' AND action = 'LOCKED' "
                + "AND subject_id = ?", "application:" + number) > 0, "the lock is audited");
        assertEquals(200, api.get(APPLICATIONS + "/" + number, key(WEB_KEY, lastFour)).statusCode(),
                "another key is not locked out of the application");
    }

    /** A new agent account whose password is the demo password (the hash copied from yonetici): one test's own account. */
    static String newAgent(String prefix) throws SQLException {
        String user = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (Connection connection = TestDatabase.connect()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (username, display_name, password_hash, "
                    + "active, created_at) SELECT ?, 'Kilit Deneme', password_hash, TRUE, NOW(3) FROM app_user WHERE username = 'yonetici'")) {
                insert.setString(1, user);
                assertEquals(1, insert.executeUpdate());
            }
            try (PreparedStatement role = connection.prepareStatement("INSERT INTO app_user_role (user_id, role) "
                    + "SELECT id, 'AGENT' FROM app_user WHERE username = ?")) {
                role.setString(1, user);
                role.executeUpdate();
            }
        }
        return user;
    }

    /** Sets the account's sign-in counter as after repeated failures: held back for ten minutes. */
    static void holdBack(String user) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement hold = connection.prepareStatement("INSERT INTO attempt_counter (scope, subject, attempts, window_start, "
                     + "locked_until, locks, version) VALUES ('signin-account', ?, 0, UTC_TIMESTAMP(6), "
                     + "UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE, 1, 0)")) {
            hold.setString(1, user);
            hold.executeUpdate();
        }
    }

    /**
     * Point 2 of the security issue: HTTP Basic accepted unlimited guesses, each costing a PBKDF2 check. Now failures
     * beyond five make the account wait (refused with 429 and Retry-After, the right password included, before any
     * check), the eighth locks it, the lock is audited, and other accounts are not affected.
     */
    @Test
    void repeatedWrongPasswordsSlowDownThenLockTheAccountBeforeAnyPasswordCheck() throws Exception {
        String user = newAgent("kilit-api");
        assertEquals(200, api.get("api/v1/catalogue", basic(user, DEMO_PASSWORD)).statusCode(), "the account works");
        for (int i = 0; i < 6; i++) {
            assertApiError(api.get("api/v1/catalogue", basic(user, "yanlış-" + i)), 401, "INVALID_CREDENTIALS");
        }
        HttpResponse<String> held = api.get("api/v1/catalogue", basic(user, DEMO_PASSWORD));
        assertApiError(held, 429, "SIGN_IN_THROTTLED");
        assertTrue(String.valueOf(object(held).get("message")).contains("saniye sonra yeniden deneyin"), held.body());
        long wait = Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1, "Retry-After: " + wait);

        Thread.sleep(Duration.ofSeconds(wait).toMillis() + 100);
        assertApiError(api.get("api/v1/catalogue", basic(user, "yanlış-7")), 401, "INVALID_CREDENTIALS");
        HttpResponse<String> longer = api.get("api/v1/catalogue", basic(user, "yanlış-8"));
        assertApiError(longer, 429, "SIGN_IN_THROTTLED");
        Thread.sleep(Duration.ofSeconds(Long.parseLong(longer.headers().firstValue("Retry-After").orElseThrow())).toMillis() + 100);
        assertApiError(api.get("api/v1/catalogue", basic(user, "yanlış-9")), 401, "INVALID_CREDENTIALS");

        HttpResponse<String> locked = api.get("api/v1/catalogue", basic(user, DEMO_PASSWORD));
        assertApiError(locked, 429, "SIGN_IN_THROTTLED");
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 60, "locked for minutes: "
                + locked.headers().firstValue("Retry-After"));
        assertTrue(ApiClient.count("SELECT COUNT(*) FROM audit_log WHERE action = 'LOCKED' AND subject_type = 'account' "
                + "AND subject_id = ?", user) > 0, "the lock is audited");
        assertEquals(200, api.get("api/v1/catalogue", basic("supervizor", DEMO_PASSWORD)).statusCode(),
                "another account from the same address still signs in");
    }

    /**
     * Point 5 of the security issue: the public {@code /health/ready} gave anyone the database version, exception texts,
     * PBX addresses and outbox errors. Now it tells names and statuses; the details go to monitoring with the token
     * (and to a signed-in supervisor or administrator).
     */
    @Test
    void publicHealthTellsStatusOnlyAndMonitoringWithTheTokenTheDetails() throws Exception {
        for (String path : List.of("health/ready", "health/live")) {
            HttpResponse<String> health = api.get(path, Map.of());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            assertFalse(health.body().contains("\"data\""), "no details in public: " + health.body());
            assertFalse(health.body().contains("MariaDB") || health.body().contains("11.4"), health.body());
            assertFalse(health.body().contains("127.0.0.1"), "no PBX address: " + health.body());
        }
        HttpResponse<String> wrongToken = api.get("health/ready", Map.of("X-Health-Token", TestEnvironment.HEALTH_TOKEN + "x"));
        assertFalse(wrongToken.body().contains("\"data\""), "a wrong token shows no details: " + wrongToken.body());
        HttpResponse<String> monitoring = HttpClient.newHttpClient().send(TestEnvironment.readinessWithDetails(base),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(monitoring.body().contains("\"schema\""), "monitoring with the token gets the details: " + monitoring.body());
    }

    /**
     * Point 7 of the security issue: behind a reverse proxy that ends TLS, the session cookie lacked Secure and
     * SameSite and no Strict-Transport-Security was sent. With X-Forwarded-Proto https (the tests' server runs with
     * ACIKKAPI_BEHIND_PROXY=true) the cookie is Secure and SameSite=Lax and HSTS is sent; over plain HTTP no Secure flag
     * (the browser would drop the cookie) and no HSTS.
     */
    @Test
    void overHttpsBehindAProxyTheSessionCookieIsSecureAndSameSiteAndHstsIsSent() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> https = client.send(HttpRequest.newBuilder(uri("login.xhtml")).header("X-Forwarded-Proto", "https")
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = https.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + https.headers()));
        assertTrue(SECURE_FLAG.matcher(cookie).find(), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(https.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="), https.headers().toString());

        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(uri("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        String plainCookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + plain.headers()));
        assertFalse(SECURE_FLAG.matcher(plainCookie).find(), plainCookie);
        assertTrue(plainCookie.contains("SameSite=Lax"), plainCookie);
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), plain.headers().toString());
    }

    @Test
    void sqlMetaCharactersInEveryParameterAreRefusedOrMatchNothing() throws Exception {
        String before = schemaAndRows();
        for (String meta : SQL_META) {
            String encoded = URLEncoder.encode(meta, StandardCharsets.UTF_8).replace("+", "%20");
            HttpResponse<String> byNumber = api.get(APPLICATIONS + "/" + encoded, key(WEB_KEY));
            assertTrue(byNumber.statusCode() == 400 || byNumber.statusCode() == 404, meta + ": " + byNumber.body());
            assertTrue(byNumber.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), meta);

            HttpResponse<String> lookup = api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", meta), key(WEB_KEY));
            assertEquals(400, lookup.statusCode(), meta + ": " + lookup.body());
            assertTrue(String.valueOf(object(lookup).get("code")).startsWith("TC_KIMLIK_NO") || "REQUIRED_VALUE_MISSING"
                    .equals(object(lookup).get("code")), meta + ": " + lookup.body());

            for (String parameter : List.of("service_request_id", "service_code", "status", "jurisdiction_id", "start_date", "end_date")) {
                HttpResponse<String> list = api.get(V2 + "requests.json?" + parameter + "=" + encoded, key(WEB_KEY));
                assertTrue(list.statusCode() == 400 || list.statusCode() == 404 || list.statusCode() == 200,
                        parameter + "=" + meta + ": " + list.body());
                if (list.statusCode() == 200) {
                    assertTrue(array(list).isEmpty(), parameter + "=" + meta + " matched: " + list.body());
                } else {
                    assertOpen311Error(list, list.statusCode());
                }
            }
            HttpResponse<String> service = api.get(V2 + "services/" + encoded + ".json", Map.of());
            assertTrue(service.statusCode() == 404 || service.statusCode() == 400, meta + ": " + service.body());
            HttpResponse<String> one = api.get(V2 + "requests/" + encoded + ".json", key(WEB_KEY));
            assertTrue(one.statusCode() == 404 || one.statusCode() == 400, meta + ": " + one.body());

            Map<String, Object> withMeta = ApiIT.application(ApiIT.newTc());
            withMeta.put("district", meta);
            HttpResponse<String> district = api.postJson(APPLICATIONS, withMeta, key(WEB_KEY));
            assertTrue(district.statusCode() == 400, "district " + meta + ": " + district.body());
        }
        assertEquals(before, schemaAndRows(), "no table dropped, nothing written");
        assertHealthy();
    }

    @Test
    void metaCharactersInFreeTextAreStoredAsGiven() throws Exception {
        String text = "O'Neil \"alıntı\" 100% _alt_ \\ters -- '; DROP TABLE application; --";
        Map<String, Object> body = ApiIT.application(ApiIT.newTc());
        body.put("subject", "' OR '1'='1");
        body.put("description", text);
        Map<String, Object> citizen = ApiIT.citizen(ApiIT.newTc());
        citizen.put("lastName", "D'Angelo-Öz");
        body.put("citizen", citizen);
        HttpResponse<String> created = api.postJson(APPLICATIONS, body, key(MOBILE_KEY));
        assertEquals(201, created.statusCode(), created.body());
        Object number = object(created).get("trackingNumber");
        assertEquals(text, ApiClient.text("SELECT description FROM application WHERE tracking_no = ?", number));
        assertEquals("' OR '1'='1", object(api.get(APPLICATIONS + "/" + number, key(MOBILE_KEY, ApiIT.PHONE))).get("subject"));
        assertEquals(201, api.postJson(APPLICATIONS + "/" + number + "/notes", json("text", text), key(MOBILE_KEY, ApiIT.PHONE))
                .statusCode());
        assertEquals(text, ApiClient.text("SELECT n.body FROM application_note n JOIN application a ON a.id = n.application_id "
                + "WHERE a.tracking_no = ?", number));
    }

    @Test
    void oversizedBodiesParametersAndHeadersAreRefusedAndTheServerStaysHealthy() throws Exception {
        String before = schemaAndRows();
        Map<String, Object> huge = ApiIT.application(ApiIT.newTc());
        huge.put("description", "ç".repeat(100_000));
        assertApiError(api.postJson(APPLICATIONS, huge, key(WEB_KEY)), 400, "INVALID_TEXT");
        huge.put("description", "a".repeat(1_048_576));
        HttpResponse<String> megabyte = api.postJson(APPLICATIONS, huge, key(WEB_KEY));
        assertApiError(megabyte, 413, "PAYLOAD_TOO_LARGE");
        assertTrue(String.valueOf(object(megabyte).get("message")).contains("256 KiB"), megabyte.body());
        assertApiError(api.postJson(APPLICATIONS, huge, Map.of()), 413, "PAYLOAD_TOO_LARGE");
        Map<String, Object> hugeName = ApiIT.application(ApiIT.newTc());
        Map<String, Object> citizen = ApiIT.citizen(ApiIT.newTc());
        citizen.put("firstName", "A".repeat(100_000));
        hugeName.put("citizen", citizen);
        assertApiError(api.postJson(APPLICATIONS, hugeName, key(WEB_KEY)), 400, "INVALID_TEXT");
        assertApiError(api.postJson(APPLICATIONS + "/" + existing.get("trackingNumber") + "/notes", json("text", "n".repeat(100_000)),
                key(WEB_KEY)), 400, "INVALID_TEXT");

        Map<String, String> form = open311Form(KIOSK_KEY);
        form.put("description", "d".repeat(100_000));
        assertOpen311Error(api.postForm(V2 + "requests.json", form, Map.of()), 400);
        form.put("description", "d".repeat(1_048_576));
        assertOpen311Error(api.postForm(V2 + "requests.json", form, Map.of()), 413);

        String longParameter = "x".repeat(10_000);
        assertOpen311Error(api.get(V2 + "requests.json?service_code=" + longParameter, key(WEB_KEY)), 404);
        assertOpen311Error(api.get(V2 + "requests.json?service_request_id=" + "1234567890,".repeat(1_000), key(WEB_KEY)), 400);
        assertApiError(api.get(APPLICATIONS + "/" + "1".repeat(10_000), key(WEB_KEY)), 400, "TRACKING_NUMBER_LENGTH");
        assertApiError(api.postJson(APPLICATIONS + "/by-citizen", json("tcKimlikNo", "9".repeat(10_000)), key(WEB_KEY)), 400,
                "TC_KIMLIK_NO_LENGTH");

        int tooLarge = raw("A 12 MB JSON body", HttpRequest.newBuilder(uri(APPLICATIONS)).header("X-Api-Key", WEB_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"" + "b".repeat(12 * 1_048_576) + "\"}")));
        assertTrue(tooLarge == 413 || tooLarge == 400 || tooLarge == -1,
                "a body over WildFly's 10 MB max-post-size is refused before it reaches the application: " + tooLarge);

        int bigHeader = raw("A 2 MB cookie header", HttpRequest.newBuilder(uri(APPLICATIONS + "/" + existing.get("trackingNumber")))
                .header("X-Api-Key", WEB_KEY).header("Cookie", "c=" + "k".repeat(2 * 1_048_576)).GET());
        assertTrue(bigHeader == 431 || bigHeader == 400 || bigHeader == 413 || bigHeader == -1, "a 2 MB cookie: " + bigHeader);

        assertEquals(before, schemaAndRows(), "nothing half-written");
        assertHealthy();
        assertEquals(200, api.get(APPLICATIONS + "/" + existing.get("trackingNumber"), key(WEB_KEY, ApiIT.PHONE)).statusCode(),
                "the API still serves normal requests");
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm().replaceAll("/$", "") + "/" + path);
    }

    /** The status of a request, or -1 when the server closed the connection instead of answering; logs the answer. */
    private static int raw(String what, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            LOG.info(() -> what + " was answered with " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("") + " "
                    + response.body().substring(0, Math.min(300, response.body().length())).replaceAll("\\s+", " "));
            return response.statusCode();
        } catch (IOException e) {
            LOG.info(() -> what + ": the connection was closed (" + e + ")");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
