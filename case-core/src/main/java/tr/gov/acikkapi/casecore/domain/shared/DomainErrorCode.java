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
    /** A citizen's proof of identity is neither four digits (the end of a TC Kimlik No) nor a phone number. */
    CITIZEN_PROOF_INVALID,

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
    /** A position outside WGS 84's ranges or half given, an address too long, a media link that is not http(s). */
    LOCATION_INVALID,
    EMAIL_INVALID,
    BIRTH_YEAR_INVALID,
    SURVEY_SCORE_OUT_OF_RANGE,
    /** A survey for an application not concluded yet, or a second one. */
    SURVEY_NOT_ALLOWED,
    /** A survey campaign's definition breaks a rule: dates, sample, calling hours, tries, concurrency or name. */
    SURVEY_CAMPAIGN_INVALID,
    /** The campaign cannot make this move now (e.g. resume a campaign that is not paused). */
    SURVEY_CAMPAIGN_STATE,
    /** No concluded application matches the campaign's selection. */
    SURVEY_CAMPAIGN_EMPTY,
    SURVEY_CAMPAIGN_NOT_FOUND,

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

    CALL_RECORD_INVALID,

    /** The user's role does not allow seeing a citizen's full TC Kimlik No on this occasion. */
    DISCLOSURE_REFUSED,

    /* Administration of users, catalogue, rules and desk codes. */
    /** A user name that is not 3 to 60 lower-case ASCII letters, digits, '.', '_' or '-' starting with a letter. */
    USER_NAME_INVALID,
    /** Another account already has this user name. */
    USER_NAME_TAKEN,
    USER_NOT_FOUND,
    /** A password shorter than the policy allows or without letters and digits. */
    PASSWORD_TOO_WEAK,
    /** An account needs at least one role. */
    ROLES_REQUIRED,
    /** A PBX interface not of the form Local/ext@context, PJSIP/ext or SIP/ext. */
    PBX_INTERFACE_INVALID,
    /** Another account already has this PBX interface (phone). */
    PBX_INTERFACE_TAKEN,
    /** An administrator may not remove their own ADMIN role or deactivate themselves, nor leave no active administrator. */
    ADMIN_LOCKOUT_REFUSED,
    TOPIC_NOT_FOUND,
    /** Another topic, or another type of the same topic, already has this name. */
    CATALOGUE_NAME_TAKEN,
    /** A topic holds at most 99 types (codes such as SAG-01 … SAG-99). */
    TOPIC_FULL,
    UNIT_KIND_NOT_FOUND,
    /** A routing rule names exactly one subject: a topic or an application type. */
    RULE_SUBJECT_INVALID,
    /** A rule with the same criteria exists already. */
    RULE_DUPLICATE,
    RULE_NOT_FOUND,
    /** An escalation rule needs its target (governor or ministry). */
    ESCALATION_TARGET_REQUIRED,
    /** A pause reason or disposition code that is not upper-case ASCII letters, digits and '_'. */
    CHOICE_CODE_INVALID,
    /** Another entry of the same list already has this code. */
    CHOICE_CODE_TAKEN,
    /** Another entry of the same list already has this label. */
    CHOICE_LABEL_TAKEN,
    CHOICE_NOT_FOUND,
    /** A sort order outside 0 … 9999. */
    SORT_ORDER_INVALID,
    /** A queue name for the wrap-up settings that is not 1-80 of A-Z, a-z, 0-9, '_', '-', '.'. */
    WRAP_UP_QUEUE_INVALID,
    /** The queue has wrap-up settings already. */
    WRAP_UP_QUEUE_TAKEN,
    /** The queue has no wrap-up settings (any more). */
    WRAP_UP_QUEUE_NOT_FOUND,
    /** A wrap-up maximum outside 0 … 3600 seconds. */
    WRAP_UP_MAX_INVALID,
    /** A default disposition that is not a code of the disposition list. */
    WRAP_UP_DISPOSITION_UNKNOWN
}
