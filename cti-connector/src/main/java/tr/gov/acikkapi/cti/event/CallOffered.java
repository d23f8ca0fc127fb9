package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's call entered a queue and waits for an agent (Asterisk's {@code QueueCallerJoin}).
 *
 * @param linkedid     the call
 * @param callerNumber the citizen's number as the PBX delivered it, empty when withheld or unknown
 * @param queue        the queue name
 * @param at           when the call joined the queue
 */
public record CallOffered(String linkedid, String callerNumber, String queue, Instant at) implements CtiEvent {

    public CallOffered {
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(callerNumber, "callerNumber");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(at, "at");
    }
}
