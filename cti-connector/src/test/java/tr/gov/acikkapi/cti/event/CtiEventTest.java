package tr.gov.acikkapi.cti.event;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CtiEventTest {

    private static final Instant T0 = Instant.parse("2026-11-28T20:09:28Z");

    @Test
    void callEndedExposesItsLinkedid() {
        CallSummary summary = new CallSummary("ankara", "1795896568.86", "05321234567", "acikkapi",
                Optional.of("temsilci1"), T0, Optional.of(T0.plusSeconds(2)), T0.plusSeconds(8), 2, 6,
                CallOutcome.ANSWERED, false);
        assertEquals("1795896568.86", new CallEnded(summary).linkedid());
    }

    @Test
    void summariesRefuseNegativeDurations() {
        assertThrows(IllegalArgumentException.class, () -> new CallSummary("ankara", "1.1", "", "q",
                Optional.empty(), T0, Optional.empty(), T0, -1, 0, CallOutcome.ABANDONED, false));
    }

    @Test
    void waitingCallersReportTheirWaitAtAGivenInstant() {
        QueueSnapshot.WaitingCaller caller = new QueueSnapshot.WaitingCaller("1.1", "05321110002", 1, T0);
        assertEquals(Duration.ofSeconds(5), caller.waitAt(T0.plusSeconds(5)));
        assertEquals(Duration.ZERO, caller.waitAt(T0.minusSeconds(1)));
    }

    @Test
    void snapshotsCopyTheirLists() {
        List<QueueSnapshot.Member> members = new java.util.ArrayList<>();
        QueueSnapshot snapshot = new QueueSnapshot("acikkapi", List.of(), members);
        members.add(new QueueSnapshot.Member("temsilci1", "Local/1001@agents", AgentState.READY, Optional.empty()));
        assertEquals(0, snapshot.members().size());
    }
}
