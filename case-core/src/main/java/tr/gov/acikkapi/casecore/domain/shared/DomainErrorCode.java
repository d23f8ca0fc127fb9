package tr.gov.acikkapi.casecore.domain.shared;

/**
 * Stable codes of the rules the domain enforces. The names never change once released: clients,
 * REST error bodies and reports key on them, while the Turkish messages may be reworded.
 */
public enum DomainErrorCode {
    /** A required value (name, subject, reason …) is missing or blank. */
    REQUIRED_VALUE_MISSING,
    /** A free-text value is too long or contains characters it may not. */
    INVALID_TEXT,

    TC_KIMLIK_NO_EMPTY,
    TC_KIMLIK_NO_NOT_DIGITS,
    TC_KIMLIK_NO_LENGTH,
    TC_KIMLIK_NO_LEADING_ZERO,
    TC_KIMLIK_NO_CHECKSUM,

    PHONE_EMPTY,
    PHONE_INVALID_CHARACTERS,
    PHONE_FOREIGN,
    PHONE_LENGTH,
    PHONE_UNKNOWN_PREFIX,

    TRACKING_NUMBER_EMPTY,
    TRACKING_NUMBER_NOT_DIGITS,
    TRACKING_NUMBER_LENGTH,
    TRACKING_NUMBER_CHECK_DIGIT,
    TRACKING_NUMBER_SERIAL_OUT_OF_RANGE,

    DISTRICT_INVALID,
    EMAIL_INVALID,
    BIRTH_YEAR_INVALID,
    SURVEY_SCORE_OUT_OF_RANGE,
    /** A survey for an application not concluded yet, or a second one. */
    SURVEY_NOT_ALLOWED,

    STATUS_TRANSITION_REFUSED,
    ESCALATION_REFUSED,
    OUTCOME_EXPLANATION_REQUIRED,
    ALTERNATIVES_REQUIRED,
    OUTCOME_NOT_EXPECTED,
    REASON_REQUIRED,

    CITIZEN_NOT_FOUND,
    APPLICATION_NOT_FOUND,
    APPLICATION_TYPE_NOT_FOUND,
    PROVINCE_NOT_FOUND,
    NO_ROUTING_RULE,
    UNIT_NOT_FOUND,

    /** Someone else changed the record since the caller read it (optimistic locking). */
    CONCURRENT_MODIFICATION,

    CALL_RECORD_INVALID
}
