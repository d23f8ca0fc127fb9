package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallSegment;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a call record once: {@code INSERT … ON DUPLICATE KEY UPDATE id = id} on the unique
 * (server, linkedid) makes a repeated or concurrent write a no-op without an error that would
 * spoil the caller's transaction. Times are bound as UTC text, exact whatever the JVM's zone. The
 * table has no foreign key to pending rows, so the insert does not flush the caller's changes first. The call leaves
 * the calls in progress ({@link tr.gov.acikkapi.casecore.application.CallsInProgress}) in the same transaction.
 */
public final class CallRecordWriter {

    private static final DateTimeFormatter UTC_DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final EntityManager em;

    public CallRecordWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * Inserts the record unless one exists for the call. (The driver reports found rows, so the
     * update count cannot tell an insert from a duplicate; read the record afterwards.)
     */
    public void insertOnce(CallFacts facts, Instant recordedAt) {
        em.createNativeQuery("INSERT INTO call_record (server, linkedid, caller_raw, caller_e164, queue, agent, "
                        + "entered_at, answered_at, ended_at, wait_seconds, talk_seconds, outcome, disposition_code, "
                        + "ended_while_link_down, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
                        + "ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, facts.key().server())
                .setParameter(2, facts.key().linkedid())
                .setParameter(3, facts.callerRaw())
                .setParameter(4, facts.caller().map(PhoneNumber::e164).orElse(null))
                .setParameter(5, facts.queue())
                .setParameter(6, facts.agent())
                .setParameter(7, utc(facts.enteredAt()))
                .setParameter(8, facts.answeredAt() == null ? null : utc(facts.answeredAt()))
                .setParameter(9, utc(facts.endedAt()))
                .setParameter(10, facts.waitSeconds())
                .setParameter(11, facts.talkSeconds())
                .setParameter(12, facts.outcome().name())
                .setParameter(13, facts.dispositionCode())
                .setParameter(14, facts.endedWhileLinkDown())
                .setParameter(15, utc(recordedAt))
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        insertSegmentsOnce(facts);
        // The call is no longer in progress for a node that takes the PBX link over (CallsInProgress).
        em.createNativeQuery("DELETE FROM call_in_progress WHERE server = ?1 AND linkedid = ?2")
                .setParameter(1, facts.key().server())
                .setParameter(2, facts.key().linkedid())
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    /** The agents' parts of the call, each once (a repeated write keeps the first). */
    private void insertSegmentsOnce(CallFacts facts) {
        int position = 0;
        for (CallSegment segment : facts.segments()) {
            em.createNativeQuery("INSERT INTO call_segment (server, linkedid, position, agent, started_at, ended_at, "
                            + "talk_seconds, ended_how, transferred_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                            + "ON DUPLICATE KEY UPDATE position = position")
                    .setParameter(1, facts.key().server())
                    .setParameter(2, facts.key().linkedid())
                    .setParameter(3, position++)
                    .setParameter(4, segment.agent())
                    .setParameter(5, utc(segment.from()))
                    .setParameter(6, utc(segment.to()))
                    .setParameter(7, segment.talkSeconds())
                    .setParameter(8, segment.end().name())
                    .setParameter(9, segment.transferredTo())
                    .setFlushMode(FlushModeType.COMMIT)
                    .executeUpdate();
        }
    }

    /** A time as the UTC text the tables' DATETIME columns are bound with. */
    static String utc(Instant instant) {
        return UTC_DATETIME.format(instant);
    }
}
