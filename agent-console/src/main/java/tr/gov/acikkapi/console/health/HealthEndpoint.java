package tr.gov.acikkapi.console.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import tr.gov.acikkapi.console.security.Roles;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /health/live} and {@code /health/ready} on the application's own port, in the MicroProfile Health
 * JSON format, from the same {@link Readiness}/{@link Liveness} checks that WildFly serves on its
 * management port. 200 when every check is UP, 503 otherwise.
 *
 * <p>This port is public (load balancers and the world reach it), so it tells each check's name and status only.
 * The details (database version, PBX addresses, outbox counts, error texts) are for a signed-in supervisor or
 * administrator, and for monitoring that sends the configured token ({@code acikkapi.health.token}, environment
 * {@code ACIKKAPI_HEALTH_TOKEN}) in the header {@value #TOKEN_HEADER}: a token needs no database, so it works
 * during a database outage, when nobody can sign in.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthEndpoint extends HttpServlet {

    /** The header carrying the monitoring token. */
    public static final String TOKEN_HEADER = "X-Health-Token";

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "acikkapi.health.token")
    private Optional<String> token;

    @Inject
    @Any
    private Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Annotation kind = request.getServletPath().endsWith("ready") ? Readiness.Literal.INSTANCE : Liveness.Literal.INSTANCE;
        boolean details = request.isUserInRole(Roles.SUPERVISOR) || request.isUserInRole(Roles.ADMIN)
                || tokenMatches(request.getHeader(TOKEN_HEADER));
        boolean up = true;
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (HealthCheck check : checks.select(kind)) {
            HealthCheckResponse result = run(check);
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("name", result.getName())
                    .add("status", result.getStatus().name());
            if (details) {
                result.getData().filter(d -> !d.isEmpty()).ifPresent(data -> item.add("data", toJson(data)));
            }
            list.add(item);
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", list)
                .build().toString());
    }

    /** Whether a token is configured and the given one is it (compared in constant time). */
    private boolean tokenMatches(String given) {
        return given != null && token.filter(configured -> !configured.isBlank())
                .map(configured -> MessageDigest.isEqual(configured.getBytes(StandardCharsets.UTF_8),
                        given.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    private static HealthCheckResponse run(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(check.getClass().getSimpleName()).down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private static JsonObjectBuilder toJson(Map<String, Object> data) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        data.forEach((key, value) -> {
            if (value instanceof Number n) {
                json.add(key, n.longValue());
            } else if (value instanceof Boolean b) {
                json.add(key, b);
            } else {
                json.add(key, String.valueOf(value));
            }
        });
        return json;
    }
}
