package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.cluster.ClusterRelay;
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
 * Hands our CTI events to listeners in other modules of the EAR, on every node of the cluster. CDI events fired here
 * reach observers in this module and in the modules it can see (the case core), but not in the web module, which this
 * module cannot see; the console therefore subscribes here when it starts. Listeners run on the PBX's event lane, in
 * order, and a failing listener does not stop the others.
 *
 * <p><strong>Every node.</strong> An event published here (by the node that holds the PBX link) also goes to the
 * other nodes through the {@link ClusterRelay}, whose listeners get it in the same order
 * ({@link #publishFromPeer}); so a desk or a wallboard connected to any node sees every call. The CDI observers
 * that write records (call records, callbacks, wrap-up) are not reached that way: they run on the link's node only.
 * Alone, a node sends nothing.
 *
 * <p>The links usually come up before the web module subscribes, so a new subscriber first receives the current
 * picture: the last {@link PbxLinkChanged} of every PBX and the last {@link QueueSnapshot} of every queue (a
 * wallboard opened after the start still sees who is logged in and who waits). A node that starts while others run
 * takes their picture ({@link #adopt}).
 */
@ApplicationScoped
public class CtiEventBus {

    private static final Logger LOG = Logger.getLogger(CtiEventBus.class);

    private final List<CtiEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, PbxLinkChanged> links = new LinkedHashMap<>();
    private final Map<String, QueueSnapshot> queues = new LinkedHashMap<>();

    /** The other nodes; absent where the bus is used without a container. */
    @Inject
    ClusterRelay relay;

    /** Subscribes a listener; it receives the current link states and queue snapshots at once, then every event. */
    public void subscribe(CtiEventListener listener) {
        synchronized (this) {
            listeners.add(listener);
            picture().forEach(event -> deliver(listener, event, false));
        }
    }

    public void unsubscribe(CtiEventListener listener) {
        listeners.remove(listener);
    }

    /** An event of this node's PBX link: to the listeners here, then to the other nodes'. */
    public void publish(CtiEvent event) {
        publishHere(event, false);
        if (relay != null) {
            relay.send(event);
        }
    }

    /** An event of another node's PBX link, in that node's order: to the listeners here only. */
    public void publishFromPeer(CtiEvent event) {
        publishHere(event, true);
    }

    /** The current picture: the last link state of every PBX, then the last snapshot of every queue. */
    public synchronized List<CtiEvent> picture() {
        List<CtiEvent> current = new ArrayList<>(links.values());
        current.addAll(queues.values());
        return current;
    }

    /**
     * Takes another node's picture where this node knows nothing yet (what arrived live is newer) and hands what it
     * took to the listeners. Returns how many events it took.
     */
    public int adopt(List<CtiEvent> picture) {
        List<CtiEvent> taken = new ArrayList<>();
        List<CtiEventListener> receivers;
        synchronized (this) {
            for (CtiEvent event : picture) {
                if (event instanceof PbxLinkChanged link && links.putIfAbsent(link.server(), link) == null) {
                    taken.add(event);
                } else if (event instanceof QueueSnapshot snapshot && queues.putIfAbsent(snapshot.queue(), snapshot) == null) {
                    taken.add(event);
                }
            }
            receivers = List.copyOf(listeners);
        }
        for (CtiEvent event : taken) {
            receivers.forEach(listener -> deliver(listener, event, true));
        }
        return taken.size();
    }

    private void publishHere(CtiEvent event, boolean fromPeer) {
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
            deliver(listener, event, fromPeer);
        }
    }

    private static void deliver(CtiEventListener listener, CtiEvent event, boolean fromPeer) {
        try {
            if (fromPeer) {
                listener.onPeerEvent(event);
            } else {
                listener.onCtiEvent(event);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "A listener of %s failed", event.getClass().getSimpleName());
        }
    }
}
