package tr.gov.acikkapi.cti.event;

import jakarta.json.bind.annotation.JsonbCreator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about a queued call once it is over: what case handling stores and reports count.
 *
 * @param server             the PBX server the call ran on (configured name)
 * @param linkedid           the call
 * @param callerNumber       the citizen's number, empty when withheld or unknown
 * @param queue              the (first) queue it entered
 * @param agent              the last agent who had the call, if one answered
 * @param enteredQueue       when it entered the queue
 * @param answered           when an agent first answered, if one did
 * @param ended              when it ended; an estimate when {@code endedWhileLinkDown}
 * @param waitSeconds        time in the queue before answer or abandon
 * @param talkSeconds        time with agents
 * @param outcome            how it ended
 * @param endedWhileLinkDown the end was not observed (link down or PBX restart): times are estimates
 * @param segments           each agent's part of the call, in order (empty if no agent answered)
 */
public record CallSummary(String server, String linkedid, String callerNumber, String queue, Optional<String> agent,
        Instant enteredQueue, Optional<Instant> answered, Instant ended, long waitSeconds, long talkSeconds,
        CallOutcome outcome, boolean endedWhileLinkDown, List<AgentSegment> segments) {

    /** The canonical constructor; JSON-B builds a summary that came from another node with it. */
    @JsonbCreator
    public CallSummary {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(callerNumber, "callerNumber");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(enteredQueue, "enteredQueue");
        Objects.requireNonNull(answered, "answered");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(outcome, "outcome");
        if (waitSeconds < 0 || talkSeconds < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        segments = List.copyOf(segments);
    }

    /** A summary without agent segments (a call no agent answered, or a caller that does not follow them). */
    public CallSummary(String server, String linkedid, String callerNumber, String queue, Optional<String> agent,
            Instant enteredQueue, Optional<Instant> answered, Instant ended, long waitSeconds, long talkSeconds,
            CallOutcome outcome, boolean endedWhileLinkDown) {
        this(server, linkedid, callerNumber, queue, agent, enteredQueue, answered, ended, waitSeconds, talkSeconds,
                outcome, endedWhileLinkDown, List.of());
    }
}
