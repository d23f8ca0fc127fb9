package tr.gov.acikkapi.casecore.domain.model.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one subject's counter stands: the attempts in the current window, when that window started, until when the
 * subject must wait (a delay or a lock), how many locks it has had lately, and whether the last attempt locked it.
 */
public record AttemptState(int attempts, Instant windowStart, Instant lockedUntil, int locks, boolean justLocked) {

    /** A subject never seen. */
    public static AttemptState fresh() {
        return new AttemptState(0, null, null, 0, false);
    }

    /**
     * How long the subject must still wait at {@code now}, rounded up to whole seconds; empty when it may try.
     */
    public Optional<Duration> waitAt(Instant now) {
        if (lockedUntil == null || !lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, lockedUntil);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
    }
}
