package tr.gov.acikkapi.cti.ivr.casecore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.cti.ivr.IvrAudit;

/**
 * Every IVR attempt goes into the access audit trail: the caller ID as actor ("ivr 0532…"), the script as action,
 * the tracking number keyed as subject, and the outcome as reason.
 */
@ApplicationScoped
public class AuditedIvrAttempts implements IvrAudit {

    private static final int SUBJECT_MAX = 64;

    @Inject
    AuditTrail audit;

    @Override
    public void attempt(String callerId, Script script, String trackingNumberKeyed, Outcome outcome) {
        String subject = trackingNumberKeyed == null || trackingNumberKeyed.isEmpty() ? "-"
                : trackingNumberKeyed.replaceAll("[^0-9*#]", "?");
        audit.record("ivr " + CallerIds.forAudit(callerId), "IVR_" + script.name(), "application",
                subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX), outcome.name());
    }
}
