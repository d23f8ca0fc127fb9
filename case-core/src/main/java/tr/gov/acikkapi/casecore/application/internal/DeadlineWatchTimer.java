package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.DeadlineWatch;
import tr.gov.acikkapi.casecore.application.EscalatedApplication;

import java.util.List;

/**
 * Runs the deadline watch every minute: escalates applications past their 7 days, in batches (each its own
 * transaction) until none is left, and fires an {@link EscalatedApplication} CDI event for each, which the
 * console shows. Exactly-once is guarded in the database by {@link DeadlineWatch}, so several servers may run it.
 * The timer is not persistent: a missed minute is caught up by the next.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineWatchTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineWatchTimer.class);
    private static final int MAX_BATCHES_PER_RUN = 20;

    @Inject
    DeadlineWatch watch;

    @Inject
    Event<EscalatedApplication> escalations;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false, info = "deadline watch")
    void run() {
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                List<EscalatedApplication> escalated = watch.escalateOverdue();
                escalated.forEach(escalations::fire);
                if (!escalated.isEmpty()) {
                    LOG.infof("Deadline watch escalated %d application(s)", escalated.size());
                }
                if (escalated.size() < DeadlineWatchBean.BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Deadline watch run failed; the next run tries again");
        }
    }
}
