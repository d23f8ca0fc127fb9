package tr.gov.acikkapi.cti.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole picture of one queue, for wallboards: who waits (in order) and what every member does.
 * Sent after a resync and whenever the waiting list or a member's state changes.
 */
public record QueueSnapshot(String queue, List<WaitingCaller> waiting, List<Member> members) implements CtiEvent {

    public QueueSnapshot {
        Objects.requireNonNull(queue, "queue");
        waiting = List.copyOf(waiting);
        members = List.copyOf(members);
    }

    /**
     * A citizen waiting in the queue.
     *
     * @param position 1 for the next call to be offered
     * @param since    when the caller entered the queue; {@link #waitAt(Instant)} gives the wait so far
     */
    public record WaitingCaller(String linkedid, String callerNumber, int position, Instant since) {

        public WaitingCaller {
            Objects.requireNonNull(linkedid, "linkedid");
            Objects.requireNonNull(callerNumber, "callerNumber");
            Objects.requireNonNull(since, "since");
        }

        /** How long the caller has waited at the given instant (zero if the clocks disagree). */
        public Duration waitAt(Instant now) {
            Duration d = Duration.between(since, now);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }

    /** A queue member and its state, as in {@link AgentStateChanged}. */
    public record Member(String agent, String iface, AgentState state, Optional<String> pauseReason) {

        public Member {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(iface, "iface");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(pauseReason, "pauseReason");
        }
    }
}
