package tr.gov.acikkapi.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The server-side check of the supervisor views, on top of web.xml's constraint on {@code /supervisor/*}: pages call
 * {@link #authorize()} before they render, and their beans give no data unless {@link #granted()}. Only supervisors
 * and administrators pass.
 */
@Named
@RequestScoped
public class SupervisorAccess {

    private static final Logger LOG = Logger.getLogger(SupervisorAccess.class);

    @Inject
    SecurityContext security;

    /** True for a signed-in supervisor or administrator. */
    public boolean granted() {
        return security.isCallerInRole(Roles.SUPERVISOR) || security.isCallerInRole(Roles.ADMIN);
    }

    /** For a page's view action: answers 403 (the "no access" page) unless {@link #granted()}. */
    public void authorize() {
        if (granted()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        LOG.warnf("User %s was refused the supervisor view %s",
                security.getCallerPrincipal() == null ? "(anonymous)" : security.getCallerPrincipal().getName(),
                context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId());
        try {
            context.getExternalContext().responseSendError(403, "Forbidden");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
