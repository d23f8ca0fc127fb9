package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands our CTI events to listeners in other modules of the EAR. CDI events fired here reach observers in this
 * module and in the modules it can see (the case core), but not in the web module, which this module cannot see;
 * the console therefore subscribes here when it starts. Listeners run on the PBX's event lane, in order, and a
 * failing listener does not stop the others.
 */
@ApplicationScoped
public class CtiEventBus {

    private static final Logger LOG = Logger.getLogger(CtiEventBus.class);

    private final List<CtiEventListener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(CtiEventListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(CtiEventListener listener) {
        listeners.remove(listener);
    }

    void publish(CtiEvent event) {
        for (CtiEventListener listener : listeners) {
            try {
                listener.onCtiEvent(event);
            } catch (RuntimeException e) {
                LOG.errorf(e, "A listener of %s failed", event.getClass().getSimpleName());
            }
        }
    }
}
