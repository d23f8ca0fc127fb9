package tr.gov.acikkapi.casecore.application;

import java.time.Duration;
import java.util.List;

/**
 * Watches the 7-day deadline: sends applications past it up to the governor or the ministry,
 * exactly once each even with several nodes running the watch, and lists what is due soon or late.
 * The integrator runs {@link #escalateOverdue()} on a timer.
 */
public interface DeadlineWatch {

    /** The user name written to the history for escalations. */
    String ACTOR = "süre-takibi";

    /**
     * Escalates every open, never-escalated application whose deadline has passed (at most a batch
     * of 500 per call) and returns those this call escalated. Each is claimed by a guarded update,
     * so a concurrent run never escalates the same application twice.
     */
    List<EscalatedApplication> escalateOverdue();

    /** Open, not escalated applications whose deadline falls within {@code window} from now, nearest first. */
    List<ApplicationSummary> dueWithin(Duration window);

    /** Open applications past their deadline (escalated or not), most overdue first, at most {@code limit}. */
    List<ApplicationSummary> pastDeadline(int limit);
}
