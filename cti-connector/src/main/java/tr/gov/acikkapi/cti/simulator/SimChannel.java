package tr.gov.acikkapi.cti.simulator;

import java.time.Instant;

/** A live channel of the simulated PBX, with what Asterisk puts in a channel snapshot. */
final class SimChannel {

    static final int DOWN = 0;
    static final int RING = 4;
    static final int RINGING = 5;
    static final int UP = 6;

    final String name;
    final String uniqueid;
    final String linkedid;
    final Instant created;
    int state;
    String callerNum = "<unknown>";
    String callerName = "<unknown>";
    String connectedNum = "<unknown>";
    String connectedName = "<unknown>";
    String context;
    String exten;
    int priority = 1;
    String application = "";
    String appData = "";
    SimBridge bridge;

    SimChannel(String name, String uniqueid, String linkedid, Instant created, int state, String context, String exten) {
        this.name = name;
        this.uniqueid = uniqueid;
        this.linkedid = linkedid;
        this.created = created;
        this.state = state;
        this.context = context;
        this.exten = exten;
    }

    String stateDesc() {
        return switch (state) {
            case DOWN -> "Down";
            case RING -> "Ring";
            case RINGING -> "Ringing";
            case UP -> "Up";
            default -> "Unknown";
        };
    }
}
