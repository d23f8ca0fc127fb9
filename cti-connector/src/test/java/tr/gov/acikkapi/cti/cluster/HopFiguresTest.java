package tr.gov.acikkapi.cti.cluster;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HopFiguresTest {

    @Test
    void medianAndP99AreTakenOverTheLastHopsOnly() {
        HopFigures figures = new HopFigures(100);
        for (int i = 0; i < 50; i++) {
            figures.record(1_000_000);
        }
        for (int i = 1; i <= 100; i++) {
            figures.record(i * 1_000L);
        }

        HopFigures.Summary summary = figures.summary();

        assertEquals(150, summary.events());
        assertEquals(100, summary.sampled());
        assertEquals(Duration.ofMillis(50), summary.median());
        assertEquals(Duration.ofMillis(99), summary.p99());
    }

    @Test
    void noHopsYetGiveZero() {
        assertEquals(new HopFigures.Summary(0, 0, Duration.ZERO, Duration.ZERO), new HopFigures(10).summary());
    }
}
