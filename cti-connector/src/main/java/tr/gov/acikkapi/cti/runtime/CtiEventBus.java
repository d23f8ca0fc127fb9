package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands our CTI events to listeners in other modules of the EAR. CDI events fired here reach observers in this
 * module and in the modules it can see (the case core), but not in the web module, which this module cannot see;
 * the console therefore subscribes here when it starts. Listeners run on the PBX's event lane, in order, and a
 * failing listener does not stop the others.
 *
 * <p>The links usually come up before the web module subscribes, so a new subscriber first receives the current
 * picture: the last {@link PbxLinkChanged} of every PBX and the last {@link QueueSnapshot} of every queue (a
 * wallboard opened after the start still sees who is logged in and who waits).
 */
@ApplicationScoped
public class CtiEventBus {

    private static final Logger LOG = Logger.getLogger(CtiEventBus.class);

    private final List<CtiEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, PbxLinkChanged> links = new LinkedHashMap<>();
    private final Map<String, QueueSnapshot> queues = new LinkedHashMap<>();

    /** Subscribes a listener; it receives the current link states and queue snapshots at once, then every event. */
    public void subscribe(CtiEventListener listener) {
        synchronized (this) {
            listeners.add(listener);
            List<CtiEvent> current = new ArrayList<>(links.values());
            current.addAll(queues.values());
            current.forEach(event -> deliver(listener, event));
        }
    }

    public void unsubscribe(CtiEventListener listener) {
        listeners.remove(listener);
    }

    public void publish(CtiEvent event) {
        List<CtiEventListener> receivers = listeners;
        if (event instanceof PbxLinkChanged link) {
            synchronized (this) {
                links.put(link.server(), link);
                receivers = List.copyOf(listeners);
            }
        } else if (event instanceof QueueSnapshot snapshot) {
            synchronized (this) {
                queues.put(snapshot.queue(), snapshot);
                receivers = List.copyOf(listeners);
            }
        }
        for (CtiEventListener listener : receivers) {
            deliver(listener, event);
        }
    }

    private static void deliver(CtiEventListener listener, CtiEvent event) {
        try {
            listener.onCtiEvent(event);
        } catch (RuntimeException e) {
            LOG.errorf(e, "A listener of %s failed", event.getClass().getSimpleName());
        }
    }
}
