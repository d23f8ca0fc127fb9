package tr.gov.acikkapi.casecore.domain.model.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many attempts of one kind a subject (an account, a source address, a channel's key) may make and what happens
 * beyond: the first {@code freeAttempts} within {@code window} cost nothing; each one after that makes the subject
 * wait, {@code firstDelay} and doubling; at {@code lockAt} attempts the subject is locked for {@code lock}, doubling at
 * each further lock up to {@code maxLock}. A window without a new attempt starts the count again.
 *
 * <p>A rate limit (so many reads per window, then none until the window ends) is the same policy with
 * {@link #rate}: no delays, a lock of one window.
 */
public record AttemptPolicy(int freeAttempts, int lockAt, Duration window, Duration firstDelay, Duration lock,
                            Duration maxLock) {

    /** How long after its last lock a subject's lock count is forgotten, so that a new lock starts short again. */
    static final Duration LOCK_MEMORY = Duration.ofDays(1);

    public AttemptPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(maxLock, "maxLock");
        if (freeAttempts < 0 || lockAt <= freeAttempts) {
            throw new IllegalArgumentException("An attempt policy needs 0 <= freeAttempts < lockAt");
        }
        if (window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero() || maxLock.compareTo(lock) < 0) {
            throw new IllegalArgumentException("An attempt policy needs a positive window and lock, maxLock >= lock");
        }
    }

    /** At most {@code limit} attempts per {@code window}; the next one locks the subject for one window. */
    public static AttemptPolicy rate(int limit, Duration window) {
        return new AttemptPolicy(limit, limit + 1, window, Duration.ZERO, window, window);
    }

    /**
     * The counter after one more attempt at {@code now}. The caller has already checked that the subject is not
     * waiting ({@link AttemptState#waitAt}).
     */
    public AttemptState next(AttemptState state, Instant now) {
        boolean windowOver = state.windowStart() == null || !now.isBefore(state.windowStart().plus(window));
        int attempts = (windowOver ? 0 : state.attempts()) + 1;
        Instant windowStart = windowOver ? now : state.windowStart();
        int locks = state.lockedUntil() != null && now.isAfter(state.lockedUntil().plus(LOCK_MEMORY)) ? 0 : state.locks();
        if (attempts >= lockAt) {
            Duration length = lock.multipliedBy(1L << Math.min(locks, 20));
            if (length.compareTo(maxLock) > 0) {
                length = maxLock;
            }
            return new AttemptState(0, now, now.plus(length), locks + 1, true);
        }
        if (attempts > freeAttempts && !firstDelay.isZero()) {
            Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - freeAttempts - 1, 20));
            return new AttemptState(attempts, windowStart, now.plus(delay.compareTo(lock) > 0 ? lock : delay), locks, false);
        }
        return new AttemptState(attempts, windowStart, state.lockedUntil() != null && state.lockedUntil().isAfter(now)
                ? state.lockedUntil() : null, locks, false);
    }
}
