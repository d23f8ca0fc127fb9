package tr.gov.acikkapi.casecore.interfaces.access;

import jakarta.ws.rs.core.SecurityContext;

/**
 * The request's security context once the caller is known: the principal is the {@link ApiCaller};
 * staff have their roles, a channel's machine has none.
 */
public record CallerSecurityContext(ApiCaller caller, boolean secure) implements SecurityContext {

    @Override
    public ApiCaller getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller instanceof ApiCaller.StaffMember staff && staff.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return caller instanceof ApiCaller.StaffMember ? BASIC_AUTH : "X-Api-Key";
    }
}
