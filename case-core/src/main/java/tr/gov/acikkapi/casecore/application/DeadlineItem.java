package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;

import java.time.Instant;
import java.util.Optional;

/**
 * An open application in a supervisor's deadline list: what it is, where it is handled, when it is due and whether
 * (to whom, when) the deadline watch has sent it up.
 */
public record DeadlineItem(long id, TrackingNumber trackingNumber, ApplicationKind kind, String typeName, String topicName,
                           ApplicationStatus status, int provinceCode, String provinceName, Optional<Integer> unitId,
                           Optional<String> unitName, Instant registeredAt, Instant deadlineAt,
                           Optional<EscalationTarget> escalationTarget, Optional<Instant> escalatedAt) {

    /** Past its deadline at {@code now}. */
    public boolean overdueAt(Instant now) {
        return now.isAfter(deadlineAt);
    }

    /** Past its deadline but not sent up yet: the deadline watch takes it on its next run. */
    public boolean awaitingEscalationAt(Instant now) {
        return overdueAt(now) && escalatedAt.isEmpty();
    }
}
