package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.testsupport.HandClock;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryCallerThrottleTest {

    private final HandClock clock = new HandClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final InMemoryCallerThrottle throttle = new InMemoryCallerThrottle(3, Duration.ofMinutes(15), 100, clock);

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
        InMemoryCallerThrottle small = new InMemoryCallerThrottle(1, Duration.ofMinutes(15), 2, clock);
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
        assertThrows(IllegalArgumentException.class, () -> new InMemoryCallerThrottle(0, Duration.ofMinutes(1), 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new InMemoryCallerThrottle(1, Duration.ZERO, 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new InMemoryCallerThrottle(1, Duration.ofMinutes(1), 0, clock));
    }

    /**
     * Security issue, point 6: every caller without a number shared one key with the per-number limit, so one withheld
     * caller locked out all the others. They still share a key (withholding must not escape the throttle), with their
     * own allowance of four times the per-number one; a placeholder such as "anonymous" counts as no number.
     */
    @Test
    void callersWithoutANumberHaveTheirOwnLargerAllowanceSoOneCannotLockOutTheRest() {
        String withheld = new CallerId("", true).throttleKey();
        assertEquals(withheld, new CallerId("anonymous", true).throttleKey(), "a placeholder is no number");
        assertEquals(withheld, new CallerId("Unknown", true).throttleKey());
        assertEquals("05321234567", new CallerId("05321234567", true).throttleKey(), "a restricted real number counts alone");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(withheld);
        }
        assertFalse(throttle.isThrottled(withheld), "four failures of one withheld caller leave the others their tries");
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure(withheld);
        }
        assertFalse(throttle.isThrottled(withheld), "twelve: still within four times the per-number allowance");
        throttle.recordFailure(withheld);
        assertTrue(throttle.isThrottled(withheld), "thirteen: withheld callers are throttled too");
        assertFalse(throttle.isThrottled("05551112233"), "a caller with a number is not");
    }

    /**
     * Security issue, point 6: rotating spoofed numbers passed, each number getting its own tries. All callers together
     * may now fail forty times the per-number allowance within the window; beyond it every caller is told to call later
     * until the window moves on.
     */
    @Test
    void rotatingNumbersMeetTheOverallCapAndTheWindowReopensTheLine() {
        for (int i = 0; i < 120; i++) {
            throttle.recordFailure(String.format("0532%07d", i));
        }
        assertFalse(throttle.isThrottled("05559998877"), "within the overall cap a new number is not throttled");
        throttle.recordFailure("05329999999");
        assertTrue(throttle.isThrottled("05559998877"), "beyond 120 failures in the window even a new number is throttled");
        clock.advance(Duration.ofMinutes(16));
        assertFalse(throttle.isThrottled("05559998877"), "the next window opens the line again");
    }
}
