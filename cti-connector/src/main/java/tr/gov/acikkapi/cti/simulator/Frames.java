package tr.gov.acikkapi.cti.simulator;

import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.time.Instant;

/**
 * Builds AMI events field by field in the order Asterisk 22 writes them: header
 * ({@code Event}, {@code Privilege}, {@code Timestamp}), channel snapshots with an optional prefix
 * ({@code Dest}, {@code LocalOne}, {@code Transferer}...), bridge snapshots.
 */
final class Frames {

    private Frames() {
    }

    static AmiMessage.Builder event(String name, String privilege, Instant at) {
        return AmiMessage.event(name).add("Privilege", privilege).add("Timestamp", timestamp(at));
    }

    static AmiMessage.Builder channel(AmiMessage.Builder b, String prefix, SimChannel ch) {
        return b.add(prefix + "Channel", ch.name)
                .add(prefix + "ChannelState", ch.state)
                .add(prefix + "ChannelStateDesc", ch.stateDesc())
                .add(prefix + "CallerIDNum", ch.callerNum)
                .add(prefix + "CallerIDName", ch.callerName)
                .add(prefix + "ConnectedLineNum", ch.connectedNum)
                .add(prefix + "ConnectedLineName", ch.connectedName)
                .add(prefix + "Language", "en")
                .add(prefix + "AccountCode", "")
                .add(prefix + "Context", ch.context)
                .add(prefix + "Exten", ch.exten)
                .add(prefix + "Priority", ch.priority)
                .add(prefix + "Uniqueid", ch.uniqueid)
                .add(prefix + "Linkedid", ch.linkedid);
    }

    static AmiMessage.Builder bridge(AmiMessage.Builder b, SimBridge bridge) {
        return bridge(b, "", bridge);
    }

    /** A bridge's fields with a prefix, as in {@code BridgeMerge} ({@code To}, {@code From}) and transfer events. */
    static AmiMessage.Builder bridge(AmiMessage.Builder b, String prefix, SimBridge bridge) {
        return b.add(prefix + "BridgeUniqueid", bridge.id)
                .add(prefix + "BridgeType", "basic")
                .add(prefix + "BridgeTechnology", "simple_bridge")
                .add(prefix + "BridgeCreator", "<unknown>")
                .add(prefix + "BridgeName", "<unknown>")
                .add(prefix + "BridgeNumChannels", bridge.channels.size())
                .add(prefix + "BridgeVideoSourceMode", "none");
    }

    /** Seconds since the epoch with six decimals, as {@code timestampevents=yes} writes them. */
    static String timestamp(Instant at) {
        return at.getEpochSecond() + "." + String.format("%06d", at.getNano() / 1000);
    }
}
