package tr.gov.acikkapi.console.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.console.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The server-side check every administration action makes before it does anything, besides web.xml's constraint on
 * {@code /admin/*} and the ADMIN-only services: a caller without the ADMIN role gets 403 and nothing happens.
 */
@RequestScoped
public class AdminAccess {

    private static final Logger LOG = Logger.getLogger(AdminAccess.class);

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    /** Whether the caller is an administrator; if not, the response is a 403 and is complete. */
    public boolean granted() {
        if (security.isCallerInRole(Roles.ADMIN)) {
            return true;
        }
        refuse();
        return false;
    }

    /** Answers 403 (the console's "no access" page) and ends the response. */
    public void refuse() {
        LOG.warnf("Administration refused to %s", security.getCallerPrincipal() == null ? "an anonymous caller"
                : security.getCallerPrincipal().getName());
        try {
            faces.getExternalContext().responseSendError(403, "ADMIN only");
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
