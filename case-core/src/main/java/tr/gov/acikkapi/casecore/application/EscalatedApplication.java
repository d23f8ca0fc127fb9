package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;

import java.time.Instant;

/** One application the deadline watch sent up: from which status, to whom, when. */
public record EscalatedApplication(long applicationId, TrackingNumber trackingNumber, ApplicationStatus previousStatus,
                                   EscalationTarget target, Instant deadlineAt, Instant escalatedAt) {
}
