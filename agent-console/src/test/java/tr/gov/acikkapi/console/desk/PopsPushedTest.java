package tr.gov.acikkapi.console.desk;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PopsPushedTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static PopsPushed popsPushed(SimpleMeterRegistry registry) {
        PopsPushed pops = new PopsPushed();
        pops.registry = registry;
        pops.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        pops.register();
        return pops;
    }

    @Test
    void eachPushCountsWithItsTimeFromTheRingAtTheLink() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PopsPushed pops = popsPushed(registry);

        pops.pushed(NOW.minusMillis(40));
        pops.pushed(NOW.minusMillis(10));

        Timer timer = registry.get(PopsPushed.NAME).timer();
        assertEquals(2, timer.count());
        assertEquals(50, timer.totalTime(TimeUnit.MILLISECONDS), 0.001);
        assertEquals(40, timer.max(TimeUnit.MILLISECONDS), 0.001);
    }

    @Test
    void aRingStampedAheadOfThisNodesClockCountsWithNoLatency() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PopsPushed pops = popsPushed(registry);

        pops.pushed(NOW.plusMillis(300));

        Timer timer = registry.get(PopsPushed.NAME).timer();
        assertEquals(1, timer.count());
        assertEquals(0, timer.totalTime(TimeUnit.MILLISECONDS), 0.001);
    }

    @Test
    void stoppingTheApplicationRemovesTheTimerFromTheServersRegistry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PopsPushed pops = popsPushed(registry);

        pops.unregister();

        assertNull(registry.find(PopsPushed.NAME).timer());
    }
}
