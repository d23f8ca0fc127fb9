package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The citizen hung up while waiting ({@code QueueCallerAbandon}); a {@link CallEnded} with outcome
 * {@link CallOutcome#ABANDONED} follows.
 *
 * @param position    the caller's position in the queue when hanging up
 * @param holdSeconds how long the caller waited
 */
public record CallAbandoned(String linkedid, String callerNumber, String queue, int position, long holdSeconds,
        Instant at) implements CtiEvent {

    public CallAbandoned {
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(callerNumber, "callerNumber");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(at, "at");
    }
}
