package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent took a queued call ({@code AgentConnect}).
 *
 * @param holdSeconds how long the citizen waited in the queue, as the PBX counted it
 */
public record CallAnswered(String linkedid, String agent, String callerNumber, String queue, long holdSeconds,
        Instant at) implements CtiEvent {

    public CallAnswered {
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(callerNumber, "callerNumber");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(at, "at");
        if (holdSeconds < 0) {
            throw new IllegalArgumentException("holdSeconds < 0");
        }
    }
}
