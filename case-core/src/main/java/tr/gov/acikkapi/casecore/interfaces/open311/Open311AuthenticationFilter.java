package tr.gov.acikkapi.casecore.interfaces.open311;

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
import tr.gov.acikkapi.casecore.interfaces.rest.ApiAuthenticationFilter;

/**
 * Authenticates Open311 requests: a channel's key as Open311's {@code api_key} query parameter or the
 * {@code X-Api-Key} header, or staff by HTTP Basic. (A POST's {@code api_key} form field is read by the
 * resource, since a filter must not consume the body.) Wrong credentials end the request with 401.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class Open311AuthenticationFilter implements ContainerRequestFilter {

    @Inject
    CallerAuthenticator authenticator;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(ApiAuthenticationFilter.API_KEY_HEADER);
        if (key == null) {
            key = request.getUriInfo().getQueryParameters().getFirst("api_key");
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        authenticator.authenticate(key, request.getHeaderString(HttpHeaders.AUTHORIZATION),
                        servletRequest.getRemoteAddr())
                .ifPresent(caller -> request.setSecurityContext(new CallerSecurityContext(caller, secure)));
    }
}
