package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's phone rings with a queued call ({@code AgentCalled}): the moment to pop the citizen's
 * record on that agent's screen. Retracted by {@link AgentRingStopped} unless {@link CallAnswered}
 * names the same agent.
 */
public record AgentRinging(String agent, String callerNumber, String linkedid, String queue, Instant at)
        implements CtiEvent {

    public AgentRinging {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(callerNumber, "callerNumber");
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(at, "at");
    }
}
