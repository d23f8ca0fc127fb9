package tr.gov.acikkapi.casecore.application.admin.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.infrastructure.persistence.UniqueKeyViolation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every administration service shares: the entity manager, the caller (the administrator, from the EJB context),
 * the audit trail, the optimistic-lock check against the version the administrator saw, and a flush that turns a
 * refused unique key or a concurrent update into a clear domain message. Each service method is one transaction: a
 * refusal rolls everything back, so nothing is half-written.
 */
abstract class AdministrationBean {

    @PersistenceContext(unitName = "acikkapi")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    private ChangeLog changeLog;
    private Supplier<String> caller;

    AdministrationBean() {
    }

    /** Outside the container (tests): the given entity manager, change log and caller. */
    AdministrationBean(EntityManager em, ChangeLog changeLog, Supplier<String> caller) {
        this.em = em;
        this.changeLog = changeLog;
        this.caller = caller;
    }

    /** The signed-in administrator's user name. */
    String caller() {
        return caller != null ? caller.get() : session.getCallerPrincipal().getName();
    }

    /** Writes one audit entry for a change by the caller. */
    void audit(String action, String subjectType, Object subjectId, String detail) {
        ChangeLog log = changeLog != null ? changeLog : auditTrail::record;
        log.record(caller(), action, subjectType, String.valueOf(subjectId), detail);
    }

    /** Refuses the change when the row is no longer the version the administrator edited. */
    static void expectVersion(long actual, long expected) {
        if (actual != expected) {
            throw concurrentModification();
        }
    }

    static DomainException concurrentModification() {
        return new DomainException(DomainErrorCode.CONCURRENT_MODIFICATION,
                "Bu kayıt siz düzenlerken başka bir yönetici tarafından değiştirildi. Listeyi yenileyip yeniden deneyin.");
    }

    /**
     * Writes pending changes now, inside the transaction, so that a refusal by the database surfaces here: a unique key
     * named in {@code uniqueKeys} (lower case) becomes its domain exception, a concurrent update becomes
     * {@link DomainErrorCode#CONCURRENT_MODIFICATION}.
     */
    void flush(Map<String, Supplier<DomainException>> uniqueKeys) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw concurrentModification();
        } catch (PersistenceException e) {
            Optional<String> key = UniqueKeyViolation.keyOf(e);
            if (key.isPresent() && uniqueKeys.containsKey(key.get())) {
                throw uniqueKeys.get(key.get()).get();
            }
            throw e;
        }
    }

    /** "old → new" for the audit trail, or nothing when unchanged. */
    static Optional<String> difference(String field, Object before, Object after) {
        String b = before == null ? "-" : String.valueOf(before);
        String a = after == null ? "-" : String.valueOf(after);
        return b.equals(a) ? Optional.empty() : Optional.of(field + ": " + b + " → " + a);
    }
}
