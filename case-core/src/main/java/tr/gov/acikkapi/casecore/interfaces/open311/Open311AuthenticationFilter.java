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
 * resource, since a filter must not consume the body.) No credentials leave the request anonymous (public reads);
 * wrong credentials end it with 403, as the spec answers a wrong {@code api_key}. A query parameter given more than
 * once ends it with 400, instead of one of its values being taken silently.
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
        request.getUriInfo().getQueryParameters().forEach(Open311RequestForm::requireOnce);
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
