package tr.gov.acikkapi.console.wallboard;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PushThrottleTest {

    private long nanos = 1_000_000_000L;
    private final List<Runnable> tasks = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private int pushes;

    private final PushThrottle throttle = new PushThrottle(Duration.ofMillis(200), (task, delay) -> {
        tasks.add(task);
        delays.add(delay);
    }, () -> nanos, () -> pushes++);

    private void runScheduled() {
        List<Runnable> due = new ArrayList<>(tasks);
        tasks.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void theFirstChangeIsPushedAtOnceAndABurstBecomesOnePushPerGap() {
        throttle.changed();
        assertEquals(List.of(Duration.ZERO), delays);
        runScheduled();
        assertEquals(1, pushes);

        nanos += 50_000_000L;
        for (int i = 0; i < 100; i++) {
            throttle.changed();
        }
        assertEquals(1, tasks.size(), "one push waits for a hundred changes");
        assertEquals(Duration.ofMillis(150), delays.get(1), "the rest of the gap since the last push");
        runScheduled();
        assertEquals(2, pushes);

        nanos += 1_000_000_000L;
        throttle.changed();
        assertEquals(Duration.ZERO, delays.get(2), "after a quiet second: at once");
        runScheduled();
        assertEquals(3, pushes);
    }

    @Test
    void aChangeAfterThePushStartedGetsAPushOfItsOwn() {
        throttle.changed();
        Runnable first = tasks.remove(0);
        first.run();
        throttle.changed();
        assertEquals(1, tasks.size());
        runScheduled();
        assertEquals(2, pushes);
    }
}
