package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.ApplicationNote;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;

import java.time.Instant;
import java.util.Optional;

/** One step of an application's timeline: a status change or a note, in time order. */
public record TimelineEntry(Instant at, String actor, Kind kind, Optional<ApplicationStatus> fromStatus,
                            Optional<ApplicationStatus> toStatus, String text) {

    /** What the entry records. */
    public enum Kind { STATUS_CHANGE, NOTE }

    public static TimelineEntry of(StatusChange change) {
        return new TimelineEntry(change.occurredAt(), change.actor(), Kind.STATUS_CHANGE, change.fromStatus(),
                Optional.of(change.toStatus()), change.reason());
    }

    public static TimelineEntry of(ApplicationNote note) {
        return new TimelineEntry(note.createdAt(), note.author(), Kind.NOTE, Optional.empty(), Optional.empty(), note.body());
    }
}
