package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import tr.gov.acikkapi.casecore.interfaces.access.CallerAuthenticator;
import tr.gov.acikkapi.casecore.interfaces.access.CallerSecurityContext;

/**
 * Authenticates every JSON API request before it reaches a resource: the {@code X-Api-Key} header for a
 * channel's machine, HTTP Basic for staff. Wrong credentials end the request with 401; the caller found
 * becomes the request's {@link jakarta.ws.rs.core.SecurityContext}, which the resources read.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    /** The header carrying a channel's API key. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    @Inject
    CallerAuthenticator authenticator;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        authenticator.authenticate(request.getHeaderString(API_KEY_HEADER), request.getHeaderString(HttpHeaders.AUTHORIZATION),
                        servletRequest.getRemoteAddr())
                .ifPresent(caller -> request.setSecurityContext(new CallerSecurityContext(caller, secure)));
    }
}
