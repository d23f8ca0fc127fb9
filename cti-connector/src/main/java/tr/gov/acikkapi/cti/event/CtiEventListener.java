package tr.gov.acikkapi.cti.event;

/**
 * Receives CTI events. Called on the connector's lane for one PBX server, one event at a time, in
 * order; an implementation should return quickly (hand heavy work to its own executor) and must not
 * throw: an exception is logged and the event is lost for this listener only.
 */
@FunctionalInterface
public interface CtiEventListener {

    /** Receives one event. */
    void onCtiEvent(CtiEvent event);

    /**
     * Receives one event of a PBX link held by another node of the cluster (or of that node's current picture). By
     * default the same as {@link #onCtiEvent}; a listener that writes something once per event (an audit entry)
     * leaves that to the link's node, which also receives the event.
     */
    default void onPeerEvent(CtiEvent event) {
        onCtiEvent(event);
    }
}
