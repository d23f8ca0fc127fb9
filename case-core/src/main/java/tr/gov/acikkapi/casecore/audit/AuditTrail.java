package tr.gov.acikkapi.casecore.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the access audit trail. Each entry is written in the caller's transaction, so an
 * access that fails leaves no entry and a shown record always has one.
 */
@Stateless
public class AuditTrail {

    private static final int REASON_LENGTH = 255;

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    public AuditTrail() {
    }

    /** Outside the container (the services' tests): entries go to this entity manager's transaction. */
    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    /** Records that {@code actor} did {@code action} on a record; {@code reason} says why (a call's linkedid, a search). */
    public void record(String actor, String action, String subjectType, String subjectId, String reason) {
        String trimmedReason = reason == null || reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
        em.persist(new AuditRecord(Clock.systemUTC().instant(), actor, action, subjectType, subjectId, trimmedReason));
    }

    /**
     * Records that {@code actor} did {@code action} on several records of one type for one reason, in one transaction:
     * a screen pop shows all the citizens who share the caller's number at once.
     */
    public void recordEach(String actor, String action, String subjectType, List<String> subjectIds, String reason) {
        for (String subjectId : subjectIds) {
            record(actor, action, subjectType, subjectId, reason);
        }
    }

    /** The entries about one record, newest first. */
    public List<Entry> about(String subjectType, String subjectId) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.subjectType = :type AND a.subjectId = :id "
                        + "ORDER BY a.occurredAt DESC, a.id DESC", AuditRecord.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultStream()
                .map(a -> new Entry(a.occurredAt(), a.actor(), a.action(), a.subjectType(), a.subjectId(), a.reason()))
                .toList();
    }

    /** One audit entry as shown to a supervisor. */
    public record Entry(java.time.Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                        String reason) {
    }
}
