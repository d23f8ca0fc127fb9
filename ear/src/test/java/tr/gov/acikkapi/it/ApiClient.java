package tr.gov.acikkapi.it;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTTP interfaces as a channel's machine or a member of staff calls them, from outside the server, plus a
 * direct look into the test database (to show that a refused request wrote nothing). JSON is read and written
 * with the JSON support already on the test class path (Selenium's).
 */
final class ApiClient {

    static final String WEB_KEY = "acikkapi-demo-web-key";
    static final String MOBILE_KEY = "acikkapi-demo-mobile-key";
    static final String KIOSK_KEY = "acikkapi-demo-kiosk-key";
    static final String DEMO_PASSWORD = "AcikKapi.2026";

    private static final Json JSON = new Json();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ApiClient(URL base) {
        this.base = URI.create(base.toExternalForm());
    }

    /** Headers of a channel's machine. */
    static Map<String, String> key(String apiKey) {
        return Map.of("X-Api-Key", apiKey);
    }

    /** Headers of a channel's machine passing on the citizen's proof (last four TC Kimlik digits or a phone on file). */
    static Map<String, String> key(String apiKey, String citizenProof) {
        return Map.of("X-Api-Key", apiKey, "X-Citizen-Proof", citizenProof);
    }

    /** Headers of a member of staff signing in with HTTP Basic. */
    static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> postJson(String path, Object body, Map<String, String> headers) {
        return postRaw(path, body instanceof String text ? text : JSON.toJson(body), "application/json", headers);
    }

    HttpResponse<String> postRaw(String path, String body, String contentType, Map<String, String> headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        return postRaw(path, form(fields), "application/x-www-form-urlencoded; charset=UTF-8", headers);
    }

    /** Form or query encoding of the fields, in their order. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object answer. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(HttpResponse<String> response) {
        return (Map<String, Object>) JSON.toType(response.body(), Object.class);
    }

    /** A JSON array answer. */
    @SuppressWarnings("unchecked")
    static List<Object> array(HttpResponse<String> response) {
        return (List<Object>) JSON.toType(response.body(), Object.class);
    }

    /** A JSON object inside an answer. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    /** A JSON array inside an answer. */
    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return (List<Object>) value;
    }

    /** A mutable JSON object to send, built from alternating names and values. */
    static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** One number from the test database (the same MariaDB the server uses). */
    static long count(String sql, Object... parameters) {
        return query(sql, parameters, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** One text from the test database, null when no row matches. */
    static String text(String sql, Object... parameters) {
        return query(sql, parameters, rs -> rs.next() ? rs.getString(1) : null);
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(String sql, Object[] parameters, Rows<T> rows) {
        String url = "jdbc:mariadb://" + System.getProperty("it.db.host") + ":" + System.getProperty("it.db.port") + "/"
                + System.getProperty("it.db.name");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * The rows of the tables a registration or a note writes to: citizens, their phones, applications, notes.
     * (History lines are counted per application: the deadline watch may escalate demo applications meanwhile.)
     */
    static String writtenRows() {
        return count("SELECT COUNT(*) FROM citizen") + "/" + count("SELECT COUNT(*) FROM citizen_phone") + "/"
                + count("SELECT COUNT(*) FROM application") + "/" + count("SELECT COUNT(*) FROM application_note");
    }

    /** The history lines and notes of one application, with its status and version. */
    static String stateOf(Object trackingNumber) {
        return count("SELECT COUNT(*) FROM application_history h JOIN application a ON a.id = h.application_id WHERE a.tracking_no = ?",
                trackingNumber) + "/" + count("SELECT COUNT(*) FROM application_note n JOIN application a ON a.id = n.application_id "
                + "WHERE a.tracking_no = ?", trackingNumber) + "/" + text("SELECT status FROM application WHERE tracking_no = ?", trackingNumber)
                + "/" + count("SELECT version FROM application WHERE tracking_no = ?", trackingNumber);
    }
}
