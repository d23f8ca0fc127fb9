package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.event.SegmentEnd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the correlator knows about one call (one Linkedid): its live channels, its queue history and
 * the agent legs the queue rang. Mutable, owned by the correlator's single thread.
 */
final class TrackedCall {

    /**
     * The state of one agent leg (one dial attempt of the queue to one member, or a transfer target's phone).
     * {@code CONSULTING}: a transfer target talks to the transferring agent, not yet to the citizen.
     */
    enum LegState { RINGING, STOPPED, CONSULTING, CONNECTED, COMPLETED }

    /** One agent leg, keyed by the Uniqueid of the agent's channel (DestUniqueid) where known. */
    static final class Leg {
        final String key;
        final String iface;
        final String queue;
        LegState state;
        /** Rang outside the queue while the call was with another agent: a consult or transfer target. */
        boolean transferTarget;

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

    /** One agent's part of the call (see {@link tr.gov.acikkapi.cti.event.AgentSegment}). */
    static final class Segment {
        final String iface;
        final Instant from;
        Instant to;
        Long reportedTalk;
        SegmentEnd end;
        String transferredTo;

        Segment(String iface, Instant from) {
            this.iface = iface;
            this.from = from;
        }

        boolean open() {
            return to == null;
        }

        void close(Instant at, SegmentEnd how) {
            to = at.isBefore(from) ? from : at;
            end = how;
        }
    }

    /** The agents' parts, in order; the last may be open. */
    final List<Segment> segments = new ArrayList<>();

    long lastSeq;

    TrackedCall(String linkedid) {
        this.linkedid = linkedid;
    }

    /** True if the Uniqueid is one of the citizen's own channels (the first channel or the queue channel). */
    boolean isCallerChannel(String uniqueid) {
        return linkedid.equals(uniqueid) || uniqueid.equals(queueChannelUniqueid);
    }

    /** The bridge the citizen's channel is in, if any. */
    Optional<String> callerBridge() {
        String bridge = bridgeOf.get(queueChannelUniqueid != null ? queueChannelUniqueid : linkedid);
        return Optional.ofNullable(bridge != null ? bridge : bridgeOf.get(linkedid));
    }

    /** The part now open, if any. */
    Optional<Segment> openSegment() {
        return segments.isEmpty() || !segments.get(segments.size() - 1).open() ? Optional.empty()
                : Optional.of(segments.get(segments.size() - 1));
    }

    /** The agent's latest part, if the agent had the call. */
    Optional<Segment> lastSegmentOf(String iface) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i).iface.equals(iface)) {
                return Optional.of(segments.get(i));
            }
        }
        return Optional.empty();
    }

    /** The agent has the call from {@code at}; a part still open for another agent ends there, handed to this one. */
    void beginSegment(String iface, Instant at) {
        Optional<Segment> open = openSegment();
        if (open.isPresent() && open.get().iface.equals(iface)) {
            return;
        }
        open.ifPresent(s -> {
            s.close(at, SegmentEnd.TRANSFERRED);
            s.transferredTo = iface;
        });
        segments.add(new Segment(iface, at));
    }

    /** The agent's part ended by a transfer (to {@code toIface}, null while not known), whatever was thought before. */
    void transferSegment(String fromIface, String toIface, Instant at) {
        lastSegmentOf(fromIface).ifPresent(s -> {
            if (s.open()) {
                s.close(at, SegmentEnd.TRANSFERRED);
            }
            s.end = SegmentEnd.TRANSFERRED;
            if (toIface != null) {
                s.transferredTo = toIface;
            }
        });
    }
}
