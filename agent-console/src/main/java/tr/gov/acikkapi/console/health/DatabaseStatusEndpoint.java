package tr.gov.acikkapi.console.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /health/database}: the console's view of its database for the pages' banner script and for monitoring —
 * {@code {"status":"UP"|"DOWN","downSince":…,"pending":n}}, 200 when up, 503 when down. Cheap to poll: see
 * {@link DatabaseStatus}.
 */
@WebServlet(urlPatterns = "/health/database")
public class DatabaseStatusEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DatabaseStatus status;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatabaseStatus.Snapshot now = status.now();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status", now.reachable() ? "UP" : "DOWN")
                .add("pending", now.pending())
                .add("checkedAt", now.checkedAt().toString());
        now.downSince().ifPresent(since -> json.add("downSince", since.toString()));
        response.setStatus(now.reachable() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.build().toString());
    }
}
