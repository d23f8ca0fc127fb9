package tr.gov.acikkapi.cti.ivr;

/**
 * Slows down guessing of tracking numbers and ID digits: a caller number with too many failed attempts within a
 * window is throttled, and the status line then tells it to call later without looking anything up.
 *
 * <p>Three rules, since a caller ID proves nothing: (1) per number, the configured allowance
 * ({@code ACIKKAPI_IVR_THROTTLE_FAILURES}); (2) callers without a usable number (none, or a placeholder such as
 * {@code anonymous}) are counted together under {@link #WITHHELD_KEY} with their own, larger allowance, so that one
 * of them cannot lock out the rest at once, while each call is still limited by its own tries; (3) all callers
 * together, so that rotating spoofed numbers cannot guess without bound: beyond that cap the status line tells every
 * caller to call later until the window has moved on (docs/src/asterisk.md states the trade-off).
 *
 * <p>Two implementations: {@link InMemoryCallerThrottle} counts in one JVM; the deployed product counts in the case
 * core's database, so that the nodes of a cluster count together. Implementations are thread-safe.
 */
public interface CallerThrottle {

    /** The key of every caller without a usable number (see {@link CallerId#throttleKey()}). */
    String WITHHELD_KEY = "(gizli numara)";

    /** Whether this caller, or all callers together, failed more often within the window than allowed, as of now. */
    boolean isThrottled(String callerKey);

    /** Counts one failed attempt (wrong number, unknown application, wrong ID digits) for this caller, now. */
    void recordFailure(String callerKey);
}
