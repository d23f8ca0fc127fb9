package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final CallerThrottle throttle = new CallerThrottle(3, Duration.ofMinutes(15), 100, clock);

    @Test
    void callerIsThrottledOnlyAfterMoreThanTheToleratedFailures() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("05321234567");
            assertFalse(throttle.isThrottled("05321234567"), "after " + (i + 1) + " failures");
        }
        throttle.recordFailure("05321234567");

        assertTrue(throttle.isThrottled("05321234567"));
        assertFalse(throttle.isThrottled("05329876543"), "other numbers are not affected");
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("05321234567");
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(throttle.isThrottled("05321234567"));

        clock.advance(Duration.ofMinutes(12));
        assertFalse(throttle.isThrottled("05321234567"), "the first failure left the window");

        clock.advance(Duration.ofMinutes(15));
        assertFalse(throttle.isThrottled("05321234567"));
        assertEquals(0, throttle.trackedCallers(), "a caller with no failures left is forgotten");
    }

    @Test
    void memoryIsBoundedAndTheLeastRecentlySeenCallerGoesFirst() {
        CallerThrottle small = new CallerThrottle(1, Duration.ofMinutes(15), 2, clock);
        small.recordFailure("A");
        small.recordFailure("A");
        small.recordFailure("B");
        small.recordFailure("B");
        assertTrue(small.isThrottled("A"));

        small.recordFailure("C");

        assertEquals(2, small.trackedCallers());
        assertFalse(small.isThrottled("B"), "B was seen least recently, so it was forgotten");
        assertTrue(small.isThrottled("A"));
    }

    @Test
    void manyFailuresKeepABoundedHistoryPerCaller() {
        for (int i = 0; i < 10_000; i++) {
            throttle.recordFailure("05321234567");
        }
        assertTrue(throttle.isThrottled("05321234567"));
        clock.advance(Duration.ofMinutes(16));
        assertFalse(throttle.isThrottled("05321234567"));
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CallerThrottle(0, Duration.ofMinutes(1), 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new CallerThrottle(1, Duration.ZERO, 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new CallerThrottle(1, Duration.ofMinutes(1), 0, clock));
    }
}
