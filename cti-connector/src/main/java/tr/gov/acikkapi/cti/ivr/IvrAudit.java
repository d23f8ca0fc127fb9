package tr.gov.acikkapi.cti.ivr;

/**
 * Port to the audit trail: every attempt to reach an application through the IVR, successful or not, with the
 * caller number and the digits keyed, so that an enumeration of tracking numbers leaves traces. The
 * integrator writes it to the case core's audit log. Failures of the audit never fail the call: they are
 * logged and the call goes on.
 */
@FunctionalInterface
public interface IvrAudit {

    /** The IVR script an attempt was made in. */
    enum Script {
        STATUS, SURVEY
    }

    /** How an attempt ended. */
    enum Outcome {
        /** Caller verified; status told. */
        STATUS_TOLD,
        /** The digits are not a well-formed tracking number (length or check digit); no lookup made. */
        INVALID_NUMBER,
        /** Well-formed, but no application has that number. */
        NOT_FOUND,
        /** The caller ID is not the citizen's and the keyed last four TC Kimlik digits did not match. */
        IDENTITY_FAILED,
        /** The caller ID is not the citizen's and the case core has no TC Kimlik digits to ask for. */
        IDENTITY_UNAVAILABLE,
        /** The caller number failed too often recently; told to call later, nothing looked up. */
        THROTTLED,
        /** The caller hung up after keying the number, before the attempt was decided. */
        ABANDONED,
        /** The case core failed; the caller heard an apology. */
        TECHNICAL_ERROR,
        /** Survey score stored. */
        SURVEY_RECORDED,
        /** The survey of this application was answered before. */
        SURVEY_ALREADY_ANSWERED,
        /** The application is not concluded; no survey. */
        SURVEY_NOT_CONCLUDED,
        /** No valid key after the allowed tries; nothing stored. */
        SURVEY_NO_ANSWER,
        /** The citizen declined the survey (key 0); never called again for this application. */
        SURVEY_REFUSED,
        /** The citizen asked never to be called for a survey again (key 9). */
        SURVEY_DO_NOT_CALL
    }

    /**
     * Records one attempt.
     *
     * @param callerId the caller ID as the PBX sent it, or empty when there was none
     * @param script the script the attempt was made in
     * @param trackingNumberKeyed the digits keyed (or passed by the dialplan) as they came, possibly wrong;
     *        empty when none were keyed
     * @param outcome how it ended
     */
    void attempt(String callerId, Script script, String trackingNumberKeyed, Outcome outcome);
}
