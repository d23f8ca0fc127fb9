package tr.gov.acikkapi.cti.ivr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down guessing of tracking numbers and ID digits: a caller number with more than {@code maxFailures}
 * failed attempts within {@code window} is throttled, and the status line then tells it to call later
 * without looking anything up.
 *
 * <p>Kept in memory, per server, in a map bounded to {@code maxCallers} numbers: when full, the number seen
 * least recently is forgotten first, so memory stays bounded whatever a caller-ID spoofer sends. For each
 * number at most {@code maxFailures + 1} failure times are kept. Withheld callers share one key (see
 * {@link CallerId#throttleKey()}). Thread-safe.
 */
public final class CallerThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> failuresByCaller;

    /**
     * @param maxFailures failures tolerated within the window; one more throttles the caller
     * @param window how long a failure counts
     * @param maxCallers caller numbers remembered at most
     * @param clock the time source (the system clock in production)
     */
    public CallerThrottle(int maxFailures, Duration window, int maxCallers, Clock clock) {
        if (maxFailures < 1 || maxCallers < 1 || window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("Arayan kısıtlaması için sınırlar pozitif olmalıdır.");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.failuresByCaller = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> eldest) {
                return size() > maxCallers;
            }
        };
    }

    /** The throttle the settings describe, on the system clock. */
    public static CallerThrottle of(IvrSettings settings) {
        return new CallerThrottle(settings.throttleFailures(), settings.throttleWindow(), settings.throttleCallers(),
                Clock.systemUTC());
    }

    /** Whether this caller failed more than the tolerated number of times within the window, as of now. */
    public synchronized boolean isThrottled(String callerKey) {
        ArrayDeque<Instant> failures = failuresByCaller.get(callerKey);
        if (failures == null) {
            return false;
        }
        forgetExpired(failures, clock.instant());
        if (failures.isEmpty()) {
            failuresByCaller.remove(callerKey);
            return false;
        }
        return failures.size() > maxFailures;
    }

    /** Counts one failed attempt (wrong number, unknown application, wrong ID digits) for this caller, now. */
    public synchronized void recordFailure(String callerKey) {
        Instant now = clock.instant();
        ArrayDeque<Instant> failures = failuresByCaller.computeIfAbsent(callerKey, k -> new ArrayDeque<>());
        forgetExpired(failures, now);
        failures.addLast(now);
        while (failures.size() > maxFailures + 1) {
            failures.removeFirst();
        }
    }

    /** How many caller numbers are remembered now (never more than the bound). */
    public synchronized int trackedCallers() {
        return failuresByCaller.size();
    }

    private void forgetExpired(ArrayDeque<Instant> failures, Instant now) {
        Instant oldestCounted = now.minus(window);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldestCounted)) {
            failures.removeFirst();
        }
    }
}
