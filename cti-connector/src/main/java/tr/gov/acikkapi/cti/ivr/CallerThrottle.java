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
 * <p>Three rules, since a caller ID proves nothing: (1) per number, {@code maxFailures}; (2) callers without a
 * usable number (none, or a placeholder such as {@code anonymous}) are counted together under {@link #WITHHELD_KEY}
 * with their own, larger allowance {@code maxWithheldFailures}, so that one of them cannot lock out the rest at once,
 * while each call is still limited by its own tries; (3) all callers together at most {@code maxTotalFailures} within
 * the window, so that rotating spoofed numbers cannot guess without bound: beyond it the status line tells every
 * caller to call later until the window has moved on (docs/src/asterisk.md states the trade-off). The constructor
 * without the last two derives them: four and forty times {@code maxFailures}.
 *
 * <p>Kept in memory, per server, in a map bounded to {@code maxCallers} numbers: when full, the number seen
 * least recently is forgotten first, so memory stays bounded whatever a caller-ID spoofer sends. For each
 * number at most {@code maxFailures + 1} failure times are kept, overall at most {@code maxTotalFailures + 1}.
 * Thread-safe.
 */
public final class CallerThrottle {

    /** The key of every caller without a usable number (see {@link CallerId#throttleKey()}). */
    public static final String WITHHELD_KEY = "(gizli numara)";

    private final int maxFailures;
    private final int maxWithheldFailures;
    private final int maxTotalFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> failuresByCaller;
    private final ArrayDeque<Instant> allFailures = new ArrayDeque<>();

    /**
     * @param maxFailures failures tolerated within the window; one more throttles the caller
     * @param window how long a failure counts
     * @param maxCallers caller numbers remembered at most
     * @param clock the time source (the system clock in production)
     */
    public CallerThrottle(int maxFailures, Duration window, int maxCallers, Clock clock) {
        this(maxFailures, 4 * maxFailures, 40 * maxFailures, window, maxCallers, clock);
    }

    /**
     * @param maxFailures failures of one number tolerated within the window; one more throttles the number
     * @param maxWithheldFailures failures of all callers without a usable number together
     * @param maxTotalFailures failures of all callers together; one more throttles everyone until the window moves
     * @param window how long a failure counts
     * @param maxCallers caller numbers remembered at most
     * @param clock the time source (the system clock in production)
     */
    public CallerThrottle(int maxFailures, int maxWithheldFailures, int maxTotalFailures, Duration window, int maxCallers,
                          Clock clock) {
        if (maxFailures < 1 || maxWithheldFailures < 1 || maxTotalFailures < 1 || maxCallers < 1 || window == null
                || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("Arayan kısıtlaması için sınırlar pozitif olmalıdır.");
        }
        this.maxFailures = maxFailures;
        this.maxWithheldFailures = maxWithheldFailures;
        this.maxTotalFailures = maxTotalFailures;
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

    /**
     * Whether this caller failed more than the tolerated number of times within the window, or all callers together
     * did, as of now.
     */
    public synchronized boolean isThrottled(String callerKey) {
        Instant now = clock.instant();
        forgetExpired(allFailures, now);
        if (allFailures.size() > maxTotalFailures) {
            return true;
        }
        ArrayDeque<Instant> failures = failuresByCaller.get(callerKey);
        if (failures == null) {
            return false;
        }
        forgetExpired(failures, now);
        if (failures.isEmpty()) {
            failuresByCaller.remove(callerKey);
            return false;
        }
        return failures.size() > limitOf(callerKey);
    }

    /** Whether all callers together failed more often within the window than the overall cap allows, as of now. */
    public synchronized boolean overallCapReached() {
        forgetExpired(allFailures, clock.instant());
        return allFailures.size() > maxTotalFailures;
    }

    private int limitOf(String callerKey) {
        return WITHHELD_KEY.equals(callerKey) ? maxWithheldFailures : maxFailures;
    }

    /** Counts one failed attempt (wrong number, unknown application, wrong ID digits) for this caller, now. */
    public synchronized void recordFailure(String callerKey) {
        Instant now = clock.instant();
        ArrayDeque<Instant> failures = failuresByCaller.computeIfAbsent(callerKey, k -> new ArrayDeque<>());
        forgetExpired(failures, now);
        failures.addLast(now);
        while (failures.size() > limitOf(callerKey) + 1) {
            failures.removeFirst();
        }
        forgetExpired(allFailures, now);
        allFailures.addLast(now);
        while (allFailures.size() > maxTotalFailures + 1) {
            allFailures.removeFirst();
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
