package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;

/**
 * Moves applications through their lifecycle as people decide, and keeps their notes and survey
 * answers. Every change is checked against the lifecycle rules and against concurrent edits.
 */
public interface ApplicationLifecycle {

    /**
     * Changes the status if the rules allow it and nobody changed the application since the caller
     * read {@code expectedVersion}; otherwise a {@code DomainException} (STATUS_TRANSITION_REFUSED …
     * or CONCURRENT_MODIFICATION) with a Turkish message. Returns the application as now stored.
     */
    ApplicationSummary changeStatus(TrackingNumber trackingNumber, long expectedVersion, StatusChangeRequest request,
                                    String actor);

    /**
     * Routes a received application (one that came in without a unit) by the routing rules, checked
     * against {@code expectedVersion} like a status change. Returns the application as now stored.
     */
    ApplicationSummary route(TrackingNumber trackingNumber, long expectedVersion, String actor);

    /** Adds a note to the application's timeline. */
    TimelineEntry addNote(TrackingNumber trackingNumber, String body, String author);

    /** Records the citizen's satisfaction (1 to 5) with a concluded application; one answer per application. */
    void recordSurveyResponse(TrackingNumber trackingNumber, int score, String comment, String recordedBy);
}
