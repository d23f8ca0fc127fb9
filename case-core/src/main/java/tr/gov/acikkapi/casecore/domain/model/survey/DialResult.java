package tr.gov.acikkapi.casecore.domain.model.survey;

/**
 * How one survey dial ended, from the PBX's OriginateResponse and Hangup and the survey script.
 */
public enum DialResult {
    /** Answered, and the citizen keyed a score. */
    COMPLETED,
    /** Answered, and the citizen said no (key 0, or 9 for never again). Never called again for it. */
    REFUSED,
    /** Answered, but hung up or keyed nothing before a score. Not called again: they were reached. */
    INCOMPLETE,
    /** Rang out unanswered. Tried again after the spacing, up to the campaign's tries. */
    NO_ANSWER,
    /** The line was busy. Tried again like no answer. */
    BUSY,
    /** The PBX or the network could not place the call (congestion, no route, refused). */
    FAILED,
    /** The PBX link was lost while the call was in flight: counted as a try, tried again after the spacing. */
    INTERRUPTED;

    /** Whether the citizen is tried again (if tries are left). */
    public boolean retried() {
        return this == NO_ANSWER || this == BUSY || this == INTERRUPTED;
    }

    /** Whether the citizen picked up. */
    public boolean reached() {
        return this == COMPLETED || this == REFUSED || this == INCOMPLETE;
    }
}
