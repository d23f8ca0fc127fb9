package tr.gov.acikkapi.console.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Renders the console's error pages (the "no access" page for a refused request) as a fresh page, whatever the
 * refused request carried. The container forwards a refused POST to the error page with its method, parameters and
 * headers; a Faces postback or partial (ajax) request aimed at a supervisor or administration view would make Faces
 * try to restore that view on the error page and fail, and the caller got a 500 instead of the 403. Here the error
 * page sees a plain GET without parameters or Faces headers, so the refusal stays a 403 with its message.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalPageRequest extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new PlainGet(request), response);
    }

    /** The refused request as a GET without parameters and without the Faces partial-request headers. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return isFacesHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isFacesHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        private static boolean isFacesHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) || "X-Requested-With".equalsIgnoreCase(name);
        }
    }
}
