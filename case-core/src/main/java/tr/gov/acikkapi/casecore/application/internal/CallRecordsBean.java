package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.AgentCallFigures;
import tr.gov.acikkapi.casecore.application.CallRecordView;
import tr.gov.acikkapi.casecore.application.CallRecords;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallRecord;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.model.call.CallSegment;
import tr.gov.acikkapi.casecore.domain.model.call.SegmentEnd;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CallRecords}: one record per call, written idempotently; links kept by (server, linkedid). */
@Stateless
public class CallRecordsBean implements CallRecords {

    /** The most calls {@link #recent} lists. */
    static final int MAX_RECENT = 500;
    /** A segment's columns, times as UTC ISO text (exact whatever the JVM's and the driver's zone), then its key. */
    private static final String SEGMENT_COLUMNS = "SELECT s.agent, "
            + "DATE_FORMAT(s.started_at, '%Y-%m-%dT%H:%i:%s.%fZ'), DATE_FORMAT(s.ended_at, '%Y-%m-%dT%H:%i:%s.%fZ'), "
            + "s.talk_seconds, s.ended_how, s.transferred_to, s.server, s.linkedid ";

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
        store(facts);
        return find(facts.key()).orElseThrow(() -> new IllegalStateException("Call record " + facts.key() + " not readable after insert"));
    }

    @Override
    public void store(CallFacts facts) {
        if (facts == null) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Çağrı kaydı boş olamaz.");
        }
        new CallRecordWriter(em).insertOnce(facts, clock.instant());
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
                .map(r -> CallRecordView.of(r, linkedApplications(call), segments(call)));
    }

    @Override
    public List<CallRecordView> callsAbout(TrackingNumber trackingNumber) {
        Application application = new ApplicationRepository(em).require(trackingNumber);
        return em.createQuery("select r from CallRecord r, CallApplicationLink l where l.id.server = r.server "
                        + "and l.id.linkedid = r.linkedid and l.id.applicationId = :application order by r.enteredAt desc, r.id desc",
                        CallRecord.class)
                .setParameter("application", application.id())
                .getResultStream()
                .map(r -> CallRecordView.of(r, linkedApplications(r.key()), segments(r.key())))
                .toList();
    }

    @Override
    public List<CallRecordView> recent(Instant from, Instant to, int limit) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Başlangıç, bitişten önce olmalıdır.");
        }
        List<CallRecord> records = em.createQuery("select r from CallRecord r where r.enteredAt >= :from and r.enteredAt < :to "
                        + "order by r.enteredAt desc, r.id desc", CallRecord.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_RECENT)))
                .getResultList();
        Map<CallKey, List<CallSegment>> paths = new HashMap<>();
        if (!records.isEmpty()) {
            Instant oldest = records.get(records.size() - 1).enteredAt();
            List<Object[]> rows = em.createNativeQuery(SEGMENT_COLUMNS + "FROM call_segment s JOIN call_record r "
                            + "ON r.server = s.server AND r.linkedid = s.linkedid WHERE r.entered_at >= ?1 AND r.entered_at < ?2 "
                            + "ORDER BY s.server, s.linkedid, s.position")
                    .setParameter(1, CallRecordWriter.utc(oldest))
                    .setParameter(2, CallRecordWriter.utc(to))
                    .getResultList();
            for (Object[] row : rows) {
                paths.computeIfAbsent(new CallKey((String) row[6], (String) row[7]), k -> new ArrayList<>()).add(segment(row));
            }
        }
        return records.stream().map(r -> CallRecordView.of(r, List.of(), paths.getOrDefault(r.key(), List.of()))).toList();
    }

    @Override
    public List<AgentCallFigures> agentFigures(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID, "Başlangıç, bitişten önce olmalıdır.");
        }
        List<Object[]> rows = em.createNativeQuery("SELECT agent, COUNT(*), SUM(talk_seconds), "
                        + "SUM(CASE WHEN ended_how = 'TRANSFERRED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN position > 0 THEN 1 ELSE 0 END) "
                        + "FROM call_segment WHERE started_at >= ?1 AND started_at < ?2 GROUP BY agent ORDER BY agent")
                .setParameter(1, CallRecordWriter.utc(from))
                .setParameter(2, CallRecordWriter.utc(to))
                .getResultList();
        return rows.stream().map(row -> new AgentCallFigures((String) row[0], number(row[1]), number(row[2]),
                number(row[3]), number(row[4]))).toList();
    }

    /** The agents' parts of one call, in order. */
    private List<CallSegment> segments(CallKey call) {
        List<Object[]> rows = em.createNativeQuery(SEGMENT_COLUMNS + "FROM call_segment s WHERE s.server = ?1 "
                        + "AND s.linkedid = ?2 ORDER BY s.position")
                .setParameter(1, call.server())
                .setParameter(2, call.linkedid())
                .getResultList();
        return rows.stream().map(CallRecordsBean::segment).toList();
    }

    private static CallSegment segment(Object[] row) {
        return new CallSegment((String) row[0], Instant.parse((String) row[1]), Instant.parse((String) row[2]),
                (int) number(row[3]), SegmentEnd.valueOf((String) row[4]), (String) row[5]);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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
