package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.interfaces.IstanbulTime;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One application as a channel may show it to the citizen: no TC Kimlik No, no contact data, the
 * applicant's name masked. Staff callers also see the notes and who did what in the timeline. Texts are
 * returned exactly as stored (JSON strings; nothing is interpreted as markup).
 */
@Schema(description = "Başvuru (vatandaşa gösterilebilir alt küme)")
@JsonbPropertyOrder({"trackingNumber", "trackingNumberGrouped", "kind", "kindLabel", "applicationTypeId", "applicationType",
        "topic", "status", "statusLabel", "open", "unit", "provinceCode", "province", "district", "channel", "subject",
        "description", "applicant", "registeredAt", "deadlineAt", "concludedAt", "outcomeExplanation", "alternativesOffered",
        "escalatedTo", "version", "timeline"})
public record ApplicationView(String trackingNumber, String trackingNumberGrouped, String kind, String kindLabel,
                              int applicationTypeId, String applicationType, String topic, String status, String statusLabel,
                              boolean open, String unit, int provinceCode, String province, String district, String channel,
                              String subject, String description,
                              @Schema(description = "Başvuru sahibinin maskelenmiş adı", example = "A*** Y***") String applicant,
                              OffsetDateTime registeredAt, OffsetDateTime deadlineAt, OffsetDateTime concludedAt,
                              String outcomeExplanation, String alternativesOffered, String escalatedTo,
                              @Schema(description = "Durum değişikliğinde expectedVersion olarak geri gönderilir") long version,
                              List<TimelineView> timeline) {

    /** The view of an application; {@code staff} adds notes and actors to the timeline. */
    public static ApplicationView of(ApplicationDetail detail, boolean staff) {
        ApplicationSummary s = detail.summary();
        List<TimelineView> timeline = detail.timeline().stream()
                .filter(e -> staff || e.kind() == TimelineEntry.Kind.STATUS_CHANGE)
                .map(e -> TimelineView.of(e, staff))
                .toList();
        return new ApplicationView(s.trackingNumber().value(), s.trackingNumber().grouped(), s.kind().name(), s.kind().label(),
                s.applicationTypeId(), s.applicationTypeName(), s.topicName(), s.status().name(), s.status().label(),
                s.status().isOpen(), s.unitName().orElse(null), s.provinceCode(), s.provinceName(),
                detail.district().map(District::name).orElse(null), s.channel().name(), s.subject(), detail.description(),
                maskedName(detail.citizen().name()), IstanbulTime.of(s.registeredAt()), IstanbulTime.of(s.deadlineAt()),
                detail.concludedAt().map(IstanbulTime::of).orElse(null), detail.outcomeExplanation().orElse(null),
                detail.alternativesOffered().orElse(null), s.escalationTarget().map(EscalationTarget::label).orElse(null),
                s.version(), timeline);
    }

    /** Each word of the name cut to its first letter and three stars: "Ayşe Nur Yılmaz" → "A*** N*** Y***". */
    public static String maskedName(PersonName name) {
        return Stream.of(name.full().split(" "))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, Character.charCount(word.codePointAt(0))) + "***")
                .collect(Collectors.joining(" "));
    }
}
