package tr.gov.acikkapi.casecore.domain.model.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptPolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final AttemptPolicy SIGN_IN = new AttemptPolicy(3, 6, Duration.ofMinutes(15), Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void freeAttemptsCostNothingThenDelaysGrowThenTheSubjectIsLocked() {
        AttemptState state = AttemptState.fresh();
        for (int i = 0; i < 3; i++) {
            state = SIGN_IN.next(state, T0);
            assertEquals(Optional.empty(), state.waitAt(T0), "attempt " + (i + 1) + " is free");
        }
        state = SIGN_IN.next(state, T0);
        assertEquals(Optional.of(Duration.ofSeconds(1)), state.waitAt(T0));
        Instant later = T0.plusSeconds(1);
        state = SIGN_IN.next(state, later);
        assertEquals(Optional.of(Duration.ofSeconds(2)), state.waitAt(later));
        assertFalse(state.justLocked());
        later = later.plusSeconds(2);
        state = SIGN_IN.next(state, later);
        assertTrue(state.justLocked(), "the sixth attempt locks");
        assertEquals(Optional.of(Duration.ofMinutes(15)), state.waitAt(later));
        assertEquals(Optional.empty(), state.waitAt(later.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSecondLockIsTwiceAsLongAndLocksStopAtTheMaximum() {
        AttemptPolicy quick = new AttemptPolicy(0, 1, Duration.ofMinutes(15), Duration.ZERO, Duration.ofMinutes(15),
                Duration.ofMinutes(40));
        AttemptState first = quick.next(AttemptState.fresh(), T0);
        assertEquals(Optional.of(Duration.ofMinutes(15)), first.waitAt(T0));
        Instant afterFirst = T0.plus(Duration.ofMinutes(15));
        AttemptState second = quick.next(first, afterFirst);
        assertEquals(Optional.of(Duration.ofMinutes(30)), second.waitAt(afterFirst));
        Instant afterSecond = afterFirst.plus(Duration.ofMinutes(30));
        AttemptState third = quick.next(second, afterSecond);
        assertEquals(Optional.of(Duration.ofMinutes(40)), third.waitAt(afterSecond));
        Instant nextDay = afterSecond.plus(Duration.ofDays(2));
        assertEquals(Optional.of(Duration.ofMinutes(15)), quick.next(third, nextDay).waitAt(nextDay),
                "a day without a lock forgets the earlier locks");
    }

    @Test
    void aQuietWindowStartsTheCountAgain() {
        AttemptState state = AttemptState.fresh();
        for (int i = 0; i < 3; i++) {
            state = SIGN_IN.next(state, T0);
        }
        Instant nextWindow = T0.plus(Duration.ofMinutes(16));
        state = SIGN_IN.next(state, nextWindow);
        assertEquals(1, state.attempts());
        assertEquals(Optional.empty(), state.waitAt(nextWindow));
    }

    @Test
    void aRateLimitRefusesTheAttemptAfterTheLimitForOneWindow() {
        AttemptPolicy rate = AttemptPolicy.rate(3, Duration.ofMinutes(10));
        AttemptState state = AttemptState.fresh();
        for (int i = 0; i < 3; i++) {
            state = rate.next(state, T0);
            assertFalse(state.justLocked());
            assertEquals(Optional.empty(), state.waitAt(T0));
        }
        state = rate.next(state, T0);
        assertTrue(state.justLocked());
        assertEquals(Optional.of(Duration.ofMinutes(10)), state.waitAt(T0));
    }

    @Test
    void waitsAreRoundedUpToWholeSeconds() {
        AttemptState state = new AttemptState(1, T0, T0.plusMillis(1_200), 0, false);
        assertEquals(Optional.of(Duration.ofSeconds(2)), state.waitAt(T0));
    }

    @Test
    void aPolicyThatWouldNeverLockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AttemptPolicy(5, 5, Duration.ofMinutes(1), Duration.ZERO,
                Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }

    @Test
    void subjectsAreFoldedSoThatCaseDoesNotSplitACounter() {
        assertEquals(new AttemptCounterKey("signin-account", " Yonetici"), new AttemptCounterKey("signin-account", "yonetici"));
    }
}
