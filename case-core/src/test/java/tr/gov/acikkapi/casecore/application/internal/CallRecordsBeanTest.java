package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.AgentCallFigures;
import tr.gov.acikkapi.casecore.application.CallRecordView;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallOutcome;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.model.call.CallSegment;
import tr.gov.acikkapi.casecore.domain.model.call.SegmentEnd;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallRecordsBeanTest {

    private static final Instant ENTERED = Instant.parse("2025-08-04T23:59:58.250Z");
    private static ServiceTestSupport services;

    @BeforeAll
    static void start() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(ENTERED.plusSeconds(600)));
        CaseCoreTestDatabase.deleteCaseData();
    }

    private static CallFacts answered(CallKey key, String agent) {
        return new CallFacts(key, "05321234567", "acikkapi", agent, ENTERED, ENTERED.plusMillis(12_500),
                ENTERED.plusSeconds(192), "BILGI", false);
    }

    private static long rows(CallKey key) {
        return CaseCoreTestDatabase.count("SELECT COUNT(*) FROM call_record WHERE server = '" + key.server()
                + "' AND linkedid = '" + key.linkedid() + "'");
    }

    @Test
    void writesOneRecordPerCallWithExactTimes() {
        CallKey key = new CallKey("pbx1", "1722815998.101");
        CallRecordView view = services.calls(b -> b.record(answered(key, "ajan1")));
        assertEquals(key, view.key());
        assertEquals(ENTERED, view.enteredAt());
        assertEquals(Optional.of(ENTERED.plusMillis(12_500)), view.answeredAt());
        assertEquals(ENTERED.plusSeconds(192), view.endedAt());
        assertEquals(12, view.waitSeconds());
        assertEquals(179, view.talkSeconds());
        assertEquals(CallOutcome.ANSWERED, view.outcome());
        assertEquals(Optional.of(PhoneNumber.of("+905321234567")), view.caller());
        assertEquals(Optional.of("05321234567"), view.callerRaw());
        assertEquals(Optional.of("BILGI"), view.dispositionCode());
        assertEquals(1, rows(key));
    }

    @Test
    void writingTheSameCallAgainKeepsTheFirstRecord() {
        CallKey key = new CallKey("pbx1", "1722815998.202");
        CallRecordView first = services.calls(b -> b.record(answered(key, "ajan1")));
        CallRecordView again = services.calls(b -> b.record(answered(key, "ajan9")));
        assertEquals(first.id(), again.id());
        assertEquals(Optional.of("ajan1"), again.agent());
        assertEquals(1, rows(key));
    }

    @Test
    void theSameLinkedidOnAnotherServerIsAnotherCall() {
        CallKey one = new CallKey("pbx-a", "1722815998.303");
        CallKey other = new CallKey("pbx-b", "1722815998.303");
        long a = services.calls(b -> b.record(answered(one, "ajan1"))).id();
        long b2 = services.calls(b -> b.record(answered(other, "ajan2"))).id();
        assertTrue(a != b2);
    }

    @Test
    void anAbandonedCallHasNoAnswerAndAnUnparsableCallerIsKeptRaw() {
        CallKey key = new CallKey("pbx1", "1722815998.404");
        CallRecordView view = services.calls(b -> b.record(new CallFacts(key, "anonymous", "acikkapi", null, ENTERED, null,
                ENTERED.plusSeconds(47), null, false)));
        assertEquals(CallOutcome.ABANDONED, view.outcome());
        assertEquals(Optional.empty(), view.answeredAt());
        assertEquals(47, view.waitSeconds());
        assertEquals(Optional.empty(), view.caller());
        assertEquals(Optional.of("anonymous"), view.callerRaw());
        assertFalse(view.endedWhileLinkDown());
    }

    /**
     * Waiting when the PBX link died, answered and ended unseen: the record says not observed (not abandoned) and
     * keeps the times seen before the cut.
     */
    @Test
    void aCallWaitingWhenTheLinkDiedIsRecordedAsNotObserved() {
        CallKey key = new CallKey("pbx1", "1722815998.414");
        CallRecordView view = services.calls(b -> b.record(new CallFacts(key, "05321234567", "acikkapi", null, ENTERED,
                null, ENTERED.plusSeconds(21), null, true)));
        assertEquals(CallOutcome.NOT_OBSERVED, view.outcome());
        assertEquals(ENTERED, view.enteredAt());
        assertEquals(21, view.waitSeconds());
        assertTrue(view.endedWhileLinkDown());
        assertEquals(1, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM call_record WHERE linkedid = '1722815998.414' "
                + "AND outcome = 'NOT_OBSERVED'"));
    }

    /**
     * The outbox's write: the record and its segments, each once, and no statement besides the inserts (MariaDB's own
     * counters on the transaction's connection); the record reads back as {@link CallRecordsBean#record} wrote it.
     */
    @Test
    void storingACallWritesItsRecordAndSegmentsWithoutReadingThemBack() {
        CallKey key = new CallKey("pbx-store", "1722815998.707");
        Instant answered = ENTERED.plusSeconds(3);
        Instant ended = answered.plusSeconds(40);
        List<CallSegment> path = List.of(new CallSegment("ajan2", answered, ended, 40, SegmentEnd.COMPLETED, null));
        CallFacts facts = new CallFacts(key, "02242502032", "acikkapi", "ajan2", ENTERED, answered, ended, null, false, path);
        long[] statements = services.inTransaction(em -> {
            long selectsBefore = sessionCounter(em, "Com_select");
            long insertsBefore = sessionCounter(em, "Com_insert");
            new CallRecordsBean(em, services.clock).store(facts);
            return new long[] {sessionCounter(em, "Com_select") - selectsBefore, sessionCounter(em, "Com_insert") - insertsBefore};
        });
        assertEquals(0, statements[0], "selects while storing a call");
        assertEquals(2, statements[1], "inserts while storing a call: the record and its segment");
        services.calls(b -> {
            b.store(facts);
            return null;
        });
        assertEquals(1, rows(key));
        CallRecordView view = services.calls(b -> b.find(key)).orElseThrow();
        assertEquals(path, view.segments());
        assertEquals(Optional.of("ajan2"), view.agent());
        assertEquals(Optional.of(answered), view.answeredAt());
    }

    /** One of MariaDB's statement counters for the session of {@code em}'s connection. */
    private static long sessionCounter(jakarta.persistence.EntityManager em, String name) {
        Object[] row = (Object[]) em.createNativeQuery("SHOW SESSION STATUS LIKE '" + name + "'").getSingleResult();
        return Long.parseLong(row[1].toString());
    }

    /** A call answered by ajan1 and transferred to ajan3: both parts are stored, read back in order and counted. */
    @Test
    void theAgentsPartsOfATransferredCallAreStoredAndCountedForEachAgent() {
        CallKey key = new CallKey("pbx-seg", "1722815998.606");
        Instant answered = ENTERED.plusSeconds(2);
        Instant transferred = answered.plusSeconds(7);
        Instant ended = transferred.plusSeconds(5);
        List<CallSegment> path = List.of(
                new CallSegment("ajan1", answered, transferred, 7, SegmentEnd.TRANSFERRED, "ajan3"),
                new CallSegment("ajan3", transferred, ended, 5, SegmentEnd.COMPLETED, null));
        CallFacts facts = new CallFacts(key, "02242502032", "acikkapi", "ajan3", ENTERED, answered, ended, null, false, path);
        CallRecordView view = services.calls(b -> b.record(facts));
        assertEquals(path, view.segments());
        assertEquals(Optional.of("ajan3"), view.agent());
        services.calls(b -> b.record(facts));
        assertEquals(2, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM call_segment WHERE server = 'pbx-seg'"),
                "written once");

        List<CallRecordView> recent = services.calls(b -> b.recent(ENTERED, ENTERED.plusSeconds(60), 50));
        assertEquals(path, recent.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().segments());
        List<AgentCallFigures> figures = services.calls(b -> b.agentFigures(ENTERED, ENTERED.plusSeconds(60))).stream()
                .filter(f -> f.agent().equals("ajan1") || f.agent().equals("ajan3")).toList();
        assertEquals(List.of(new AgentCallFigures("ajan1", 1, 7, 1, 0), new AgentCallFigures("ajan3", 1, 5, 0, 1)),
                figures);
        assertThrows(DomainException.class, () -> services.calls(b -> b.recent(ENTERED, ENTERED, 10)));
    }

    @Test
    void applicationsTouchedDuringACallAreLinkedBeforeAndAfterItsRecordExists() {
        CallKey key = new CallKey("pbx1", "1722815998.505");
        TrackingNumber viewed = services.register(101, 6).application().trackingNumber();
        TrackingNumber updated = services.register(301, 6).application().trackingNumber();
        services.calls(b -> {
            b.linkApplication(key, viewed, CallRelation.VIEWED, "ajan1");
            b.linkApplication(key, updated, CallRelation.VIEWED, "ajan1");
            return null;
        });
        services.calls(b -> {
            b.linkApplication(key, updated, CallRelation.UPDATED, "ajan1");
            b.linkApplication(key, updated, CallRelation.VIEWED, "ajan1");
            return null;
        });
        assertEquals(Optional.empty(), services.calls(b -> b.find(key)));
        CallRecordView view = services.calls(b -> b.record(answered(key, "ajan1")));
        assertEquals(List.of(new CallRecordView.LinkedApplication(viewed, CallRelation.VIEWED),
                new CallRecordView.LinkedApplication(updated, CallRelation.UPDATED)), view.applications());

        List<CallRecordView> about = services.calls(b -> b.callsAbout(updated));
        assertEquals(List.of(key), about.stream().map(CallRecordView::key).toList());
    }

    @Test
    void theDefaultDispositionOfAWrapUpThatRanOutNeverOverwritesTheAgentsAndMayBeAnInactiveCode() {
        CallKey saved = new CallKey("pbx1", "1722815998.606");
        CallKey left = new CallKey("pbx1", "1722815998.607");
        for (CallKey key : List.of(saved, left)) {
            services.calls(b -> b.record(new CallFacts(key, "05321234567", "acikkapi", "ajan1", ENTERED,
                    ENTERED.plusSeconds(3), ENTERED.plusSeconds(60), null, false)));
        }
        boolean chosen = services.calls(b -> b.setDisposition(saved, "BILGI_VERILDI"));
        boolean overwritten = services.calls(b -> b.setDefaultDisposition(saved, "SURE_DOLDU"));
        boolean defaulted = services.calls(b -> b.setDefaultDisposition(left, "SURE_DOLDU"));
        assertTrue(chosen);
        assertTrue(!overwritten, "the agent's choice stays");
        assertTrue(defaulted);
        assertEquals(Optional.of("BILGI_VERILDI"), services.calls(b -> b.find(saved)).orElseThrow().dispositionCode());
        assertEquals(Optional.of("SURE_DOLDU"), services.calls(b -> b.find(left)).orElseThrow().dispositionCode());

        DomainException inactive = assertThrows(DomainException.class,
                () -> services.calls(b -> b.setDisposition(saved, "SURE_DOLDU")));
        assertEquals(DomainErrorCode.CALL_RECORD_INVALID, inactive.code(), "agents cannot choose the default code");
        assertThrows(DomainException.class, () -> services.calls(b -> b.setDefaultDisposition(left, "YOK_BOYLE")));
    }

    @Test
    void linkingAnUnknownApplicationIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> services.calls(b -> {
            b.linkApplication(new CallKey("pbx1", "x.1"), TrackingNumber.of(999_999_997), CallRelation.VIEWED, "ajan1");
            return null;
        }));
        assertEquals(DomainErrorCode.APPLICATION_NOT_FOUND, e.code());
    }
}
