package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationNote;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.SurveyResponse;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Clock;
import java.time.Instant;

/**
 * {@link ApplicationLifecycle}: status changes are checked against the version the caller read
 * and flushed inside the call, so a concurrent edit surfaces here as a clear domain exception
 * (CONCURRENT_MODIFICATION) instead of a rollback at commit.
 *
 * <p>Before writing, a change locks the application's row ({@code SELECT … FOR UPDATE} on the id and
 * the version read). Two edits of the same application therefore queue on that one row: the second
 * waits for the first to commit and then finds the version changed. Without the lock both would insert
 * their history line first (InnoDB's foreign key check share-locks the application row) and then
 * deadlock on the version update, leaving InnoDB's deadlock detector to pick the loser.
 */
@Stateless
public class ApplicationLifecycleBean implements ApplicationLifecycle {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private Clock clock;

    public ApplicationLifecycleBean() {
    }

    ApplicationLifecycleBean(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public ApplicationSummary changeStatus(TrackingNumber trackingNumber, long expectedVersion, StatusChangeRequest request,
                                           String actor) {
        Application application = new ApplicationRepository(em).require(trackingNumber);
        if (application.version() != expectedVersion) {
            throw concurrentModification(trackingNumber, null);
        }
        lockOrConflict(application, trackingNumber);
        application.changeStatus(request, actor, clock.instant());
        flushOrConflict(trackingNumber);
        return ApplicationSummary.of(application);
    }

    @Override
    public ApplicationSummary route(TrackingNumber trackingNumber, long expectedVersion, String actor) {
        Application application = new ApplicationRepository(em).require(trackingNumber);
        if (application.version() != expectedVersion) {
            throw concurrentModification(trackingNumber, null);
        }
        lockOrConflict(application, trackingNumber);
        Unit unit = new UnitRouter(em).unitFor(application.type(), application.province())
                .orElseThrow(() -> new DomainException(DomainErrorCode.UNIT_NOT_FOUND,
                        application.province().name() + " ilinde bu başvuruyu alacak birim bulunamadı."));
        application.routeTo(unit, actor, clock.instant());
        flushOrConflict(trackingNumber);
        return ApplicationSummary.of(application);
    }

    @Override
    public TimelineEntry addNote(TrackingNumber trackingNumber, String body, String author) {
        Application application = new ApplicationRepository(em).require(trackingNumber);
        ApplicationNote note = application.addNote(body, author, clock.instant());
        em.flush();
        return TimelineEntry.of(note);
    }

    @Override
    public void recordSurveyResponse(TrackingNumber trackingNumber, int score, String comment, String recordedBy) {
        Application application = new ApplicationRepository(em).require(trackingNumber);
        if (!application.status().isConcluded()) {
            throw new DomainException(DomainErrorCode.SURVEY_NOT_ALLOWED,
                    "Memnuniyet anketi yalnızca sonuçlanmış başvurular için yapılır (durum: «" + application.status().label() + "»).");
        }
        Long answered = em.createQuery("select count(s) from SurveyResponse s where s.application = :a", Long.class)
                .setParameter("a", application).getSingleResult();
        if (answered > 0) {
            throw new DomainException(DomainErrorCode.SURVEY_NOT_ALLOWED,
                    trackingNumber.value() + " numaralı başvuru için memnuniyet anketi zaten yanıtlandı.");
        }
        Instant now = clock.instant();
        em.persist(new SurveyResponse(application, score, comment, now, recordedBy));
        em.flush();
    }

    /**
     * Locks the application's row if it still has the version read; waits while another transaction
     * holds it, and fails with CONCURRENT_MODIFICATION when that one changed it.
     */
    private void lockOrConflict(Application application, TrackingNumber trackingNumber) {
        try {
            em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        } catch (OptimisticLockException | PessimisticLockException e) {
            throw concurrentModification(trackingNumber, e);
        }
    }

    private void flushOrConflict(TrackingNumber trackingNumber) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw concurrentModification(trackingNumber, e);
        }
    }

    private static DomainException concurrentModification(TrackingNumber trackingNumber, Throwable cause) {
        String message = trackingNumber.value() + " numaralı başvuru siz incelerken başka bir kullanıcı tarafından değiştirildi. "
                + "Güncel hâlini açıp işleminizi yeniden yapın.";
        return cause == null ? new DomainException(DomainErrorCode.CONCURRENT_MODIFICATION, message)
                : new DomainException(DomainErrorCode.CONCURRENT_MODIFICATION, message, cause);
    }
}
