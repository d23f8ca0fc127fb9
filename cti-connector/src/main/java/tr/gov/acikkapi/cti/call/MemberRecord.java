package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.event.AgentState;

import java.util.Optional;

/** One queue member (an interface in a queue) as last reported by the PBX, and what we told listeners. */
final class MemberRecord {

    /** Asterisk device states (AST_DEVICE_*) as sent in QueueMemberStatus' Status field. */
    static final int UNKNOWN = 0;
    static final int NOT_INUSE = 1;
    static final int INUSE = 2;
    static final int BUSY = 3;
    static final int INVALID = 4;
    static final int UNAVAILABLE = 5;
    static final int RINGING = 6;
    static final int RINGINUSE = 7;
    static final int ONHOLD = 8;

    final String queue;
    final String iface;
    boolean present = true;
    int status = UNKNOWN;
    boolean inCall;
    boolean paused;
    String pausedReason = "";
    long lastSeq;

    AgentState emittedState;
    Optional<String> emittedReason = Optional.empty();

    MemberRecord(String queue, String iface) {
        this.queue = queue;
        this.iface = iface;
    }

    /** The state we show, given whether the correlator knows the phone rings or is connected to a call. */
    AgentState derive(boolean ringing, boolean connected) {
        if (!present || status == INVALID || status == UNAVAILABLE) {
            return AgentState.LOGGED_OUT;
        }
        if (ringing || status == RINGING || status == RINGINUSE) {
            return AgentState.RINGING;
        }
        if (connected || inCall || status == INUSE || status == BUSY || status == ONHOLD) {
            return AgentState.BUSY;
        }
        return paused ? AgentState.PAUSED : AgentState.READY;
    }

    Optional<String> reasonFor(AgentState state) {
        return state == AgentState.PAUSED && !pausedReason.isBlank() ? Optional.of(pausedReason) : Optional.empty();
    }
}
