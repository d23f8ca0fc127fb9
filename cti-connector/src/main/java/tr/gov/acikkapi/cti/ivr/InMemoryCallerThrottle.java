package tr.gov.acikkapi.cti.ivr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link CallerThrottle}'s three rules counted in this JVM only, over a sliding window: a caller is throttled
 * while more than its allowance of failures lie within the last {@code window}. One server's memory, so it serves
 * the IVR's own tests and a FastAGI server without a case core; the deployed product counts in the database
 * ({@code LedgerCallerThrottle}) so that every node of a cluster sees the same counts.
 *
 * <p>The constructor without the withheld and overall limits derives them: four and forty times
 * {@code maxFailures}. The map is bounded to {@code maxCallers} numbers: when full, the number seen least recently is
 * forgotten first, so memory stays bounded whatever a caller-ID spoofer sends. For each number at most
 * {@code maxFailures + 1} failure times are kept, overall at most {@code maxTotalFailures + 1}. Thread-safe.
 */
public final class InMemoryCallerThrottle implements CallerThrottle {

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
    public InMemoryCallerThrottle(int maxFailures, Duration window, int maxCallers, Clock clock) {
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
    public InMemoryCallerThrottle(int maxFailures, int maxWithheldFailures, int maxTotalFailures, Duration window, int maxCallers,
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

    @Override
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

    private int limitOf(String callerKey) {
        return WITHHELD_KEY.equals(callerKey) ? maxWithheldFailures : maxFailures;
    }

    @Override
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
