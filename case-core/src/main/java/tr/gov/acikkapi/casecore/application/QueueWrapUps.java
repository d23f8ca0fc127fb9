package tr.gov.acikkapi.casecore.application;

import java.util.Optional;

/**
 * The wrap-up settings a queue has in the database ({@code queue_wrap_up}): how long an agent may take for the
 * after-call work of a call from that queue, and the disposition written when that time runs out. A queue without a
 * row has none here; the CTI connector then takes the configured defaults.
 */
public interface QueueWrapUps {

    /** The queue's row, if it has one. */
    Optional<QueueWrapUp> of(String queue);

    /**
     * A queue's wrap-up.
     *
     * @param maxSeconds         the longest wrap-up, 0 for none
     * @param defaultDisposition the disposition code written when the time runs out
     */
    record QueueWrapUp(String queue, int maxSeconds, String defaultDisposition) {
    }
}
