package tr.gov.acikkapi.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Tells browsers to use HTTPS only (HSTS) on every answer to a request that came over HTTPS, directly or through a
 * reverse proxy that says so in {@code X-Forwarded-Proto} ({@code ACIKKAPI_BEHIND_PROXY=true}, docs/src/wildfly.md).
 * Never over plain HTTP: the header would be ignored there, and the demo on {@code http://localhost} must keep working.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StrictTransportSecurity extends HttpFilter {

    /** One year, subdomains included. */
    static final String VALUE = "max-age=31536000; includeSubDomains";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", VALUE);
        }
        chain.doFilter(request, response);
    }
}
