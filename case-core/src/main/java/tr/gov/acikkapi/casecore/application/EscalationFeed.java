package tr.gov.acikkapi.casecore.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands the deadline watch's {@link EscalatedApplication} events to listeners in other modules of the EAR: CDI
 * events fired in this EJB module do not reach observers in the web module, so the console subscribes here when it
 * starts. Listeners run on the watch's timer thread, must return quickly, and a failing one does not stop the others.
 */
@ApplicationScoped
public class EscalationFeed {

    private static final Logger LOG = Logger.getLogger(EscalationFeed.class);

    private final List<Consumer<EscalatedApplication>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<EscalatedApplication> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<EscalatedApplication> listener) {
        listeners.remove(listener);
    }

    void onEscalated(@Observes EscalatedApplication escalated) {
        for (Consumer<EscalatedApplication> listener : listeners) {
            try {
                listener.accept(escalated);
            } catch (RuntimeException e) {
                LOG.errorf(e, "A listener of escalation %s failed", escalated.trackingNumber());
            }
        }
    }
}
