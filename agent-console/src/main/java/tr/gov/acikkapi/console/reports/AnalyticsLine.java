package tr.gov.acikkapi.console.reports;

/**
 * One row of an analytics table as shown and exported: the group's key and name in the user's language, the counts,
 * and the rates already formatted for that language ("" where undefined).
 */
public record AnalyticsLine(String key, String label, long applications, long concluded, long positive,
                            String positiveRate, String compliance, long surveys, String surveyAverage) {
}
