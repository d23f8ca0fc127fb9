package tr.gov.acikkapi.console.desk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /agent/pop}: the signed-in user's screen pop as the desk page draws it ({@link PopMessage}), for a screen
 * that cannot keep a WebSocket open and polls instead (and for the benchmark's polling baseline). It shows the user's
 * own call only, exactly what the push sends them; the citizens on it were audited when the call popped.
 */
@WebServlet(urlPatterns = "/agent/pop")
public class PopEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreenPopBoard board;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRemoteUser() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(board.message(request.getRemoteUser()));
    }
}
