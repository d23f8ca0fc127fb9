package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.CallRecordView;
import tr.gov.acikkapi.casecore.application.CallRecords;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallRecord;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@link CallRecords}: one record per call, written idempotently; links kept by (server, linkedid). */
@Stateless
public class CallRecordsBean implements CallRecords {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private Clock clock;

    public CallRecordsBean() {
    }

    CallRecordsBean(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public CallRecordView record(CallFacts facts) {
        if (facts == null) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Çağrı kaydı boş olamaz.");
        }
        new CallRecordWriter(em).insertOnce(facts, clock.instant());
        return find(facts.key()).orElseThrow(() -> new IllegalStateException("Call record " + facts.key() + " not readable after insert"));
    }

    @Override
    public boolean setDisposition(CallKey call, String dispositionCode) {
        return writeDisposition(call, dispositionCode, false);
    }

    @Override
    public boolean setDefaultDisposition(CallKey call, String dispositionCode) {
        return writeDisposition(call, dispositionCode, true);
    }

    /** An agent's choice must be an active code; the default may be an inactive one, and never overwrites. */
    private boolean writeDisposition(CallKey call, String dispositionCode, boolean byDefault) {
        if (call == null || dispositionCode == null || dispositionCode.isBlank()) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Görüşmenin nasıl sonuçlandığını seçin.");
        }
        Long known = em.createQuery("select count(d) from DispositionCode d where d.code = :code"
                        + (byDefault ? "" : " and d.active = true"), Long.class)
                .setParameter("code", dispositionCode)
                .getSingleResult();
        if (known == 0) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID,
                    "«" + dispositionCode + "» geçerli bir görüşme sonucu değil; listeden seçin.");
        }
        return em.createNativeQuery("UPDATE call_record SET disposition_code = ? WHERE server = ? AND linkedid = ?"
                        + (byDefault ? " AND disposition_code IS NULL" : ""))
                .setParameter(1, dispositionCode)
                .setParameter(2, call.server())
                .setParameter(3, call.linkedid())
                .executeUpdate() == 1;
    }

    @Override
    public void linkApplication(CallKey call, TrackingNumber trackingNumber, CallRelation relation, String actor) {
        if (call == null || relation == null) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Çağrı ve ilişki türü belirtilmelidir.");
        }
        Application application = new ApplicationRepository(em).require(trackingNumber);
        new CallLinks(em).link(call, application, relation,
                FreeText.requiredLine(actor, "İşlemi yapan kullanıcı", StatusChange.ACTOR_LENGTH), clock.instant());
        em.flush();
    }

    @Override
    public Optional<CallRecordView> find(CallKey call) {
        return em.createQuery("select r from CallRecord r where r.server = :server and r.linkedid = :linkedid", CallRecord.class)
                .setParameter("server", call.server())
                .setParameter("linkedid", call.linkedid())
                .getResultStream()
                .findFirst()
                .map(r -> CallRecordView.of(r, linkedApplications(call)));
    }

    @Override
    public List<CallRecordView> callsAbout(TrackingNumber trackingNumber) {
        Application application = new ApplicationRepository(em).require(trackingNumber);
        return em.createQuery("select r from CallRecord r, CallApplicationLink l where l.id.server = r.server "
                        + "and l.id.linkedid = r.linkedid and l.id.applicationId = :application order by r.enteredAt desc, r.id desc",
                        CallRecord.class)
                .setParameter("application", application.id())
                .getResultStream()
                .map(r -> CallRecordView.of(r, linkedApplications(r.key())))
                .toList();
    }

    private List<CallRecordView.LinkedApplication> linkedApplications(CallKey call) {
        return em.createQuery("select a.trackingNumber, l.relation from CallApplicationLink l, Application a "
                        + "where a.id = l.id.applicationId and l.id.server = :server and l.id.linkedid = :linkedid "
                        + "order by l.linkedAt, a.id", Object[].class)
                .setParameter("server", call.server())
                .setParameter("linkedid", call.linkedid())
                .getResultStream()
                .map(row -> new CallRecordView.LinkedApplication((TrackingNumber) row[0], (CallRelation) row[1]))
                .toList();
    }
}
