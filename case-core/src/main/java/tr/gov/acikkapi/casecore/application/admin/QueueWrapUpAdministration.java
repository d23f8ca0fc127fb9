package tr.gov.acikkapi.casecore.application.admin;

import java.util.List;

/**
 * The wrap-up settings per queue ({@code queue_wrap_up}) as an administrator keeps them: how long an agent may take
 * for the after-call work of a call from the queue, and which disposition code is written when that time runs out.
 * A queue without a row takes the configured defaults, so a row is added and removed, not only changed. An edit is
 * refused when the row is no longer what the administrator saw (the table has no version column: the values seen
 * stand for it). The CTI connector reads the rows through {@link tr.gov.acikkapi.casecore.application.QueueWrapUps}
 * at each call's end, so a change holds from the next call on.
 */
public interface QueueWrapUpAdministration {

    /** Longest queue name (the column {@code queue_wrap_up.queue_name}). */
    int QUEUE_NAME_LENGTH = 80;
    /** Longest wrap-up in seconds (the check {@code ck_queue_wrap_up_max}); 0 turns the wrap-up off. */
    int MAX_SECONDS = 3600;

    /** Every queue's row, by queue name. */
    List<QueueWrapUpView> queues();

    /** Gives the queue its own settings; refused when it has some already. */
    QueueWrapUpView add(String queue, int maxSeconds, String defaultDisposition);

    /** Changes a queue's settings; {@code seen} is the row as the administrator saw it. */
    QueueWrapUpView change(QueueWrapUpView seen, int maxSeconds, String defaultDisposition);

    /** Removes a queue's row (it takes the configured defaults again); {@code seen} as for {@link #change}. */
    void remove(QueueWrapUpView seen);

    /** One queue's row. */
    record QueueWrapUpView(String queue, int maxSeconds, String defaultDisposition) {
    }
}
