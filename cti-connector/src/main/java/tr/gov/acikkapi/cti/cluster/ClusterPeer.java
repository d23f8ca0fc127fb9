package tr.gov.acikkapi.cti.cluster;

/**
 * What a node answers to the other nodes of the cluster ({@link PeerCommand}s run on it). Bodies are JSON
 * ({@link EventWire}); every answer is a byte array, empty when there is nothing to say.
 */
public interface ClusterPeer {

    /** Hands the events of another node's PBX link to this node's listeners, in order; returns each event's hop. */
    byte[] receive(byte[] events);

    /** This node's current picture: the last link state of every PBX and the last snapshot of every queue. */
    byte[] picture();

    /** Whether this node holds a PBX link now: one byte, 1 or 0. */
    byte[] holdsLink();

    /** Runs a telephony action on this node's PBX link; empty if this node holds none. */
    byte[] telephony(byte[] action);

    /**
     * An agent saved a wrap-up at another node's desk: the wrap-up period ends here if it runs here (the link's node),
     * and this node's desks take the call off. Answers nothing.
     */
    byte[] wrapUpSaved(byte[] agentAndLinkedid);
}
