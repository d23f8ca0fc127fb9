package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lane's wait for its backlog, which a node giving up a PBX link relies on before the next node takes it. */
class SerialLaneTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void awaitIdleReturnsOnlyWhenEveryTaskSubmittedBeforeHasRun() {
        SerialLane lane = new SerialLane(executor);
        AtomicInteger handled = new AtomicInteger();
        for (int i = 0; i < 2_000; i++) {
            lane.execute(() -> {
                sleepMicros(200);
                handled.incrementAndGet();
            });
        }

        assertTrue(lane.awaitIdle(Duration.ofMinutes(1)));
        assertEquals(2_000, handled.get());
        assertEquals(0, lane.backlog());
    }

    @Test
    void awaitIdleGivesUpAfterItsTimeoutWhileATaskStillRuns() throws InterruptedException {
        SerialLane lane = new SerialLane(executor);
        CountDownLatch release = new CountDownLatch(1);
        lane.execute(() -> awaitQuietly(release));

        assertFalse(lane.awaitIdle(Duration.ofMillis(100)));
        release.countDown();
        assertTrue(lane.awaitIdle(Duration.ofMinutes(1)));
    }

    @Test
    void awaitIdleOnAStoppedExecutorReturnsFalseAtOnce() {
        SerialLane lane = new SerialLane(executor);
        executor.shutdown();

        assertFalse(lane.awaitIdle(Duration.ofMinutes(1)));
    }

    private static void sleepMicros(long micros) {
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
