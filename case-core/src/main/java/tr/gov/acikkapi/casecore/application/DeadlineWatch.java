package tr.gov.acikkapi.casecore.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Watches the 7-day deadline: sends applications past it up to the governor or the ministry,
 * exactly once each even with several nodes running the watch, and lists what is due soon or late.
 * The integrator runs {@link #escalateOverdue()} on a timer.
 *
 * <p>Each question is asked "as of" an instant: the versions without one use the service's clock,
 * the others the instant given (the time a timer fired, or the moment a report is drawn up for).
 */
public interface DeadlineWatch {

    /** The user name written to the history for escalations. */
    String ACTOR = "süre-takibi";

    /** {@link #escalateOverdue(Instant)} as of the clock's now. */
    List<EscalatedApplication> escalateOverdue();

    /**
     * Escalates every open, never-escalated application whose deadline is before {@code now} (at
     * most a batch of 500 per call) and returns those this call escalated, with {@code now} as the
     * escalation time. Each is claimed by a guarded update, so a concurrent run never escalates the
     * same application twice.
     */
    List<EscalatedApplication> escalateOverdue(Instant now);

    /** {@link #dueWithin(Instant, Duration)} from the clock's now. */
    List<ApplicationSummary> dueWithin(Duration window);

    /** Open, not escalated applications whose deadline falls within {@code window} from {@code now}, nearest first. */
    List<ApplicationSummary> dueWithin(Instant now, Duration window);

    /** {@link #pastDeadline(Instant, int)} as of the clock's now. */
    List<ApplicationSummary> pastDeadline(int limit);

    /** Open applications past their deadline at {@code now} (escalated or not), most overdue first, at most {@code limit}. */
    List<ApplicationSummary> pastDeadline(Instant now, int limit);
}
