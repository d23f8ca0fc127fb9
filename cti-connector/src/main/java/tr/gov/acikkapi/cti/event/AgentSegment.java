package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One agent's part of a call: from when the agent had the citizen until the agent's part ended. A call answered and
 * transferred once has two, so that the first agent's work is counted too and a supervisor can follow the call's path.
 *
 * @param agent         the user name (or the PBX interface of a phone no user has)
 * @param from          when the agent got the call (answer or completed transfer)
 * @param to            when the agent's part ended
 * @param talkSeconds   the agent's talk time (the PBX's count where it sent one)
 * @param end           how the part ended
 * @param transferredTo the agent who got the call, when {@code end} is {@link SegmentEnd#TRANSFERRED} and known
 */
public record AgentSegment(String agent, Instant from, Instant to, long talkSeconds, SegmentEnd end,
        Optional<String> transferredTo) {

    public AgentSegment {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(transferredTo, "transferredTo");
        if (talkSeconds < 0) {
            throw new IllegalArgumentException("talkSeconds < 0");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("segment ends before it starts");
        }
    }
}
