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
}
