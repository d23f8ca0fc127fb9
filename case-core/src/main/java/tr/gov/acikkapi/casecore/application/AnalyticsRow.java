package tr.gov.acikkapi.casecore.application;

import java.util.OptionalDouble;

/**
 * One group of an analysis (or the total), with the counts its rates are computed from.
 *
 * @param key              the group's key (see {@link AnalyticsDimension}); {@code "TOTAL"} for the total
 * @param label            the group's name where the database has it (province, topic, type), else empty
 * @param applications     applications registered
 * @param concluded        concluded (positive, negative or redirected with alternatives)
 * @param positive         concluded positively
 * @param deadlineDecided  concluded, or still open past the deadline: those whose 7-day compliance is known
 * @param concludedInTime  concluded no later than the deadline
 * @param surveys          satisfaction survey answers
 * @param surveyScoreTotal sum of the survey scores (1 to 5)
 */
public record AnalyticsRow(String key, String label, long applications, long concluded, long positive,
                          long deadlineDecided, long concludedInTime, long surveys, long surveyScoreTotal) {

    /** The key of the total row. */
    public static final String TOTAL = "TOTAL";

    /** Share of positive conclusions among the concluded applications, 0 to 1; empty when none is concluded. */
    public OptionalDouble positiveRate() {
        return ratio(positive, concluded);
    }

    /** Share concluded within the 7 days among those whose compliance is known, 0 to 1. */
    public OptionalDouble deadlineCompliance() {
        return ratio(concludedInTime, deadlineDecided);
    }

    /** Average satisfaction score (1 to 5); empty without answers. */
    public OptionalDouble surveyAverage() {
        return ratio(surveyScoreTotal, surveys);
    }

    private static OptionalDouble ratio(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
