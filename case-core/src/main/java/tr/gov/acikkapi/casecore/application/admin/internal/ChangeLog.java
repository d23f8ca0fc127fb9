package tr.gov.acikkapi.casecore.application.admin.internal;

/**
 * Where the administration services write what they changed: the audit trail in the container, a list in the tests.
 * The signature is {@link tr.gov.acikkapi.casecore.audit.AuditTrail#record}'s.
 */
@FunctionalInterface
interface ChangeLog {

    void record(String actor, String action, String subjectType, String subjectId, String detail);
}
