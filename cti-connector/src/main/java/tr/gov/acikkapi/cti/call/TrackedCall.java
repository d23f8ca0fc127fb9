package tr.gov.acikkapi.cti.call;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the correlator knows about one call (one Linkedid): its live channels, its queue history and
 * the agent legs the queue rang. Mutable, owned by the correlator's single thread.
 */
final class TrackedCall {

    /** The state of one agent leg (one dial attempt of the queue to one member). */
    enum LegState { RINGING, STOPPED, CONNECTED, COMPLETED }

    /** One agent leg, keyed by the Uniqueid of the agent's channel (DestUniqueid) where known. */
    static final class Leg {
        final String key;
        final String iface;
        final String queue;
        LegState state;

        Leg(String key, String iface, String queue, LegState state) {
            this.key = key;
            this.iface = iface;
            this.queue = queue;
            this.state = state;
        }
    }

    final String linkedid;
    String callerNumber = "";

    /** Live channels: Uniqueid to channel name. */
    final Map<String, String> channels = new LinkedHashMap<>();
    /** Channels already hung up; late events for them do not bring them back. */
    final Set<String> hungUp = new HashSet<>();
    /** Bridge of each channel that is in one. */
    final Map<String, String> bridgeOf = new LinkedHashMap<>();

    /** The channel that ran Queue() (QueueCallerJoin's Uniqueid). */
    String queueChannelUniqueid;

    boolean cti;
    boolean offered;
    String firstQueue;
    Instant enteredQueue;

    boolean waiting;
    String waitingQueue;
    Instant waitingSince;
    int position;
    Instant leftQueueAt;
    Instant lastActivityAt;

    boolean abandoned;
    long abandonHold;

    boolean answered;
    Instant answeredAt;
    Long reportedHold;
    String agentIface;
    long talkReported;
    boolean segmentOpen;
    String pendingTransferFrom;
    boolean transferred;
    /** The agent leg whose dial ended with ANSWER (the answer is announced by AgentConnect). */
    String answeringLeg;
    final Set<String> seenTransfers = new HashSet<>();

    final Map<String, Leg> legs = new LinkedHashMap<>();

    long lastSeq;

    TrackedCall(String linkedid) {
        this.linkedid = linkedid;
    }

    /** True if the Uniqueid is one of the citizen's own channels (the first channel or the queue channel). */
    boolean isCallerChannel(String uniqueid) {
        return linkedid.equals(uniqueid) || uniqueid.equals(queueChannelUniqueid);
    }

    void touch(Instant at, long seq) {
        lastSeq = seq;
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }
}
