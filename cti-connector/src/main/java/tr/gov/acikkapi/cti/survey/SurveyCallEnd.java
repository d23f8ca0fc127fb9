package tr.gov.acikkapi.cti.survey;

/** How a survey call ended as the PBX reports it; the case core adds what the script stored (score or refusal). */
public enum SurveyCallEnd {
    /** The citizen answered; the survey script ran. */
    ANSWERED,
    /** Rang out ({@code OriginateResponse} Reason 3, or 1: hung up before answering). */
    NO_ANSWER,
    /** Busy (Reason 5). */
    BUSY,
    /** Could not be placed (Reason 0, 8 congestion, or the PBX refused the Originate). */
    FAILED,
    /** The PBX link was lost, or the call outlived the longest a survey call may last. */
    INTERRUPTED
}
