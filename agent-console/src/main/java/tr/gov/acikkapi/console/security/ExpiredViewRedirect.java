package tr.gov.acikkapi.console.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * An ajax action whose view state cannot be restored (the session expired, the server restarted, or the view
 * state was missing, forged or another session's) sends the browser to the home page instead of an error the
 * page does not show: the home page is protected, so a signed-out person lands on the login page, a signed-in one
 * on the home page. No action of the unrestorable view runs. Full-page posts keep web.xml's error page.
 */
public class ExpiredViewRedirect extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ExpiredViewRedirect.class);

    public ExpiredViewRedirect(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Takes the view-expired exceptions of ajax requests off the queue and redirects; the rest go on. */
    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (events.next().getContext().getException() instanceof ViewExpiredException expired) {
                        events.remove();
                        redirectHome(context, expired);
                    }
                }
            }
            getWrapped().handle();
        }

        private static void redirectHome(FacesContext context, ViewExpiredException expired) {
            ExternalContext external = context.getExternalContext();
            LOG.debugf("Ajax request for a view that cannot be restored (%s): sent to the home page", expired.getViewId());
            if (context.getResponseComplete()) {
                return;
            }
            try {
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
