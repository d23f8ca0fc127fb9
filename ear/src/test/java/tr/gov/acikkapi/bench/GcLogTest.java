package tr.gov.acikkapi.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading the stop-the-world pauses of a window out of the GC log's lines. */
class GcLogTest {

    private static final List<String> LOG = List.of(
            "[1000ms] Using G1",
            "[2000ms] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(64M) 5.500ms",
            "[3000ms] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 40M->20M(64M) 12.250ms",
            "[3100ms] GC(2) Concurrent Mark Cycle",
            "[3300ms] GC(2) Pause Remark 30M->30M(64M) 40.000ms",
            "[3400ms] GC(2) Pause Cleanup 30M->30M(64M) 0.100ms",
            "[3900ms] GC(2) Concurrent Mark Cycle 800.123ms",
            "[5000ms] GC(3) Pause Full (System.gc()) 60M->15M(64M) 80.000ms");

    @Test
    void countsOnlyThePausesThatEndedInTheWindow() {
        GcLog.Pauses pauses = GcLog.pausesBetween(LOG, 2500, 4000);

        assertEquals(3, pauses.count());
        assertEquals(52.35, pauses.totalMillis(), 1e-9);
        assertEquals(40.0, pauses.maxMillis(), 1e-9);
    }

    @Test
    void aWindowWithoutPausesHasNone() {
        assertEquals(new GcLog.Pauses(0, 0, 0, 0), GcLog.pausesBetween(LOG, 6000, 7000));
    }

    @Test
    void theFullCollectionOfTheLiveSetIsAPauseToo() {
        assertEquals(80.0, GcLog.pausesBetween(LOG, 4500, 5000).maxMillis(), 1e-9);
    }
}
