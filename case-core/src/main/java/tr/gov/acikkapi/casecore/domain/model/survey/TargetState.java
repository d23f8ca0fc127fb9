package tr.gov.acikkapi.casecore.domain.model.survey;

/** Where one selected application of a campaign stands. */
public enum TargetState {
    /** To be dialled when due (first try, or a retry after the spacing). */
    WAITING,
    /** A dial is in flight. */
    DIALLING,
    COMPLETED,
    REFUSED,
    INCOMPLETE,
    /** Every try rang out or was busy. */
    UNREACHED,
    FAILED,
    /** The citizen asked not to be called; found so before the dial. */
    DO_NOT_CALL,
    /** The campaign was stopped before it was reached. */
    CANCELLED;

    /** No more dials for this application. */
    public boolean isFinal() {
        return this != WAITING && this != DIALLING;
    }
}
