package tr.gov.acikkapi.casecore.application;

import java.time.Duration;
import java.util.List;

/**
 * What supervisors read: open applications nearing or past their 7-day deadline, per province and per unit, and
 * analyses of all applications by province, topic, type, kind, channel, month, age group and gender. Every count is
 * computed by the database (grouped queries), never by reading applications one by one into the server.
 */
public interface Reports {

    /** Longest list {@link #dueWithin} and {@link #pastDeadline} return. */
    int MAX_LIST = 500;

    /** Open applications due within {@code window} or past their deadline, counted per province (Turkish order). */
    List<DeadlineTally> deadlinesByProvince(DeadlineFilter filter, Duration window);

    /**
     * The same counts per unit, the units with most overdue applications first, at most {@code limit} units;
     * applications not routed to a unit yet are counted under id 0.
     */
    List<DeadlineTally> deadlinesByUnit(DeadlineFilter filter, Duration window, int limit);

    /** Open, not escalated applications whose deadline falls within {@code window} from now, nearest first. */
    List<DeadlineItem> dueWithin(DeadlineFilter filter, Duration window, int limit);

    /** Open applications past their deadline (escalated or not), most overdue first. */
    List<DeadlineItem> pastDeadline(DeadlineFilter filter, int limit);

    /** The units of a province, for a filter (Turkish order). */
    List<ReferenceData.Choice> unitsOf(int provinceCode);

    /**
     * Counts and rates of the applications the filter selects, in total and per group of every dimension. Three
     * grouped scans of the applications (by province, channel, kind and month; by type; by the citizen's gender and
     * age group) and three over the survey answers; the dimensions are summed from those groups.
     */
    Analysis analyse(AnalyticsFilter filter);
}
