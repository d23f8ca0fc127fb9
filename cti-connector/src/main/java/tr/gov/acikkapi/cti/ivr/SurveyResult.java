package tr.gov.acikkapi.cti.ivr;

/** What the case core did with a satisfaction score keyed on the phone. */
public enum SurveyResult {
    /** The score is stored with the application. */
    RECORDED,
    /** The application already has an answer; the new score was not stored. */
    ALREADY_ANSWERED,
    /** The application is not concluded yet, so there is nothing to rate; not stored. */
    NOT_CONCLUDED,
    /** No application has that tracking number; not stored. */
    NOT_FOUND
}
