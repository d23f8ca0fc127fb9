package tr.gov.acikkapi.cti.cluster;

import org.wildfly.clustering.server.dispatcher.Command;

import java.util.Objects;

/**
 * A request from one node to another through the command dispatcher, run on the receiving node's {@link ClusterPeer}.
 * One type for all requests, so that one ProtoStream marshaller ({@link PeerCommandSerializationContextInitializer})
 * carries them all; the body is JSON.
 *
 * @param kind what is asked
 * @param body the request's JSON (the events, the action), empty if it needs none
 */
record PeerCommand(Kind kind, byte[] body) implements Command<byte[], ClusterPeer, RuntimeException> {

    /** What a node can ask another. */
    enum Kind {
        /** Events of this node's PBX links, in order ({@link EventWire}). */
        EVENTS,
        /** The other node's current picture (a node that starts). */
        PICTURE,
        /** Whether the other node holds a PBX link. */
        HOLDS_LINK,
        /** A telephony action for the node that holds the link ({@link TelephonyAction}). */
        TELEPHONY,
        /** An agent saved a wrap-up at a desk of the sending node: agent and linkedid. */
        WRAP_UP_SAVED
    }

    PeerCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
    }

    static PeerCommand of(Kind kind) {
        return new PeerCommand(kind, new byte[0]);
    }

    @Override
    public byte[] execute(ClusterPeer peer) {
        return switch (kind) {
            case EVENTS -> peer.receive(body);
            case PICTURE -> peer.picture();
            case HOLDS_LINK -> peer.holdsLink();
            case TELEPHONY -> peer.telephony(body);
            case WRAP_UP_SAVED -> peer.wrapUpSaved(body);
        };
    }
}
