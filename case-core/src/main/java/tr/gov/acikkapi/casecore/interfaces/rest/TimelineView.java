package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;

import java.time.OffsetDateTime;

/** One step of an application's timeline: a status change (with its reason) or a note. */
@Schema(description = "Zaman çizelgesi adımı")
@JsonbPropertyOrder({"at", "type", "fromStatus", "toStatus", "toStatusLabel", "text", "actor"})
public record TimelineView(OffsetDateTime at, @Schema(description = "STATUS_CHANGE veya NOTE") String type, String fromStatus,
                           String toStatus, String toStatusLabel, String text,
                           @Schema(description = "İşlemi yapan; yalnızca personel görür") String actor) {

    /** The view of an entry; the actor only for staff. */
    public static TimelineView of(TimelineEntry entry, boolean staff) {
        return new TimelineView(IstanbulTime.of(entry.at()), entry.kind().name(),
                entry.fromStatus().map(ApplicationStatus::name).orElse(null),
                entry.toStatus().map(ApplicationStatus::name).orElse(null),
                entry.toStatus().map(ApplicationStatus::label).orElse(null), entry.text(), staff ? entry.actor() : null);
    }
}
