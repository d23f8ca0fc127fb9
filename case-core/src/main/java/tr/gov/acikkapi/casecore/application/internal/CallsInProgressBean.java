package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.CallsInProgress;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link CallsInProgress} in the table {@code call_in_progress}, times as UTC text as the call records are. */
@Stateless
public class CallsInProgressBean implements CallsInProgress {

    private static final String UTC_TEXT = "'%Y-%m-%dT%H:%i:%s.%fZ'";

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Override
    public void offered(CallKey call, String callerRaw, String queue, Instant enteredAt) {
        em.createNativeQuery("INSERT INTO call_in_progress (server, linkedid, caller_raw, queue, entered_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE server = server")
                .setParameter(1, call.server())
                .setParameter(2, call.linkedid())
                .setParameter(3, callerRaw)
                .setParameter(4, queue)
                .setParameter(5, CallRecordWriter.utc(enteredAt))
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    @Override
    public void answered(CallKey call, String agentInterface, Instant answeredAt) {
        em.createNativeQuery("UPDATE call_in_progress SET agent_iface = ?3, answered_at = ?4 "
                        + "WHERE server = ?1 AND linkedid = ?2 AND answered_at IS NULL")
                .setParameter(1, call.server())
                .setParameter(2, call.linkedid())
                .setParameter(3, agentInterface)
                .setParameter(4, CallRecordWriter.utc(answeredAt))
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    @Override
    public List<CallInProgress> on(String server) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT linkedid, caller_raw, queue, DATE_FORMAT(entered_at, " + UTC_TEXT
                        + "), agent_iface, DATE_FORMAT(answered_at, " + UTC_TEXT + ") FROM call_in_progress "
                        + "WHERE server = ?1 ORDER BY entered_at")
                .setParameter(1, server)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return rows.stream().map(row -> new CallInProgress(new CallKey(server, (String) row[0]), (String) row[1],
                (String) row[2], Instant.parse((String) row[3]), Optional.ofNullable((String) row[4]),
                Optional.ofNullable((String) row[5]).map(Instant::parse))).toList();
    }
}
