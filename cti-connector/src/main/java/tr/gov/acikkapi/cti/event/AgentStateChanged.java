package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent's state for one queue changed. Sent only on change (a repeated PBX status is not repeated
 * here); {@code pauseReason} is present only with {@link AgentState#PAUSED} and a non-empty reason.
 *
 * @param iface the queue member interface, e.g. {@code Local/1001@agents}
 */
public record AgentStateChanged(String agent, String iface, String queue, AgentState state,
        Optional<String> pauseReason, Instant at) implements CtiEvent {

    public AgentStateChanged {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pauseReason, "pauseReason");
        Objects.requireNonNull(at, "at");
    }
}
