package tr.gov.acikkapi.casecore.application;

/**
 * What an analysis groups applications by. The key of a row is the province's plate code, the topic's or type's
 * id, the enum name (kind, channel, gender, {@link AgeGroup}), or the month as {@code yyyy-MM} in Istanbul time.
 */
public enum AnalyticsDimension {
    PROVINCE,
    TOPIC,
    TYPE,
    KIND,
    CHANNEL,
    MONTH,
    AGE_GROUP,
    GENDER
}
