package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;

import java.time.Instant;
import java.util.Optional;

/**
 * An application in a list: what an agent needs at a glance when the phone rings, and the
 * {@code version} to send back with a change (optimistic locking).
 */
public record ApplicationSummary(long id, TrackingNumber trackingNumber, ApplicationKind kind, int applicationTypeId,
                                 String applicationTypeName, String topicName, ApplicationStatus status,
                                 Optional<String> unitName, int provinceCode, String provinceName, IntakeChannel channel,
                                 String subject, long citizenId, Instant registeredAt, Instant deadlineAt,
                                 Optional<EscalationTarget> escalationTarget, long version) {

    /** Maps an application read in the current transaction. */
    public static ApplicationSummary of(Application a) {
        return new ApplicationSummary(a.id(), a.trackingNumber(), a.kind(), a.type().id(), a.type().name(),
                a.type().topic().name(), a.status(), a.unit().map(Unit::name), a.province().plateCode(), a.province().name(),
                a.channel(), a.subject(), a.citizen().id(), a.registeredAt(), a.deadlineAt(), a.escalationTarget(), a.version());
    }

    /** Open and past its deadline at {@code now}. */
    public boolean overdueAt(Instant now) {
        return status.isOpen() && now.isAfter(deadlineAt);
    }
}
