package tr.gov.acikkapi.cti.ivr.casecore;

import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.AttemptLedger;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptPolicy;
import tr.gov.acikkapi.cti.ivr.CallerThrottle;

import java.time.Duration;
import java.util.Objects;

/**
 * The {@link CallerThrottle} counted in the case core's database (table {@code attempt_counter}, through the
 * {@link AttemptLedger} the sign-in throttle uses), so that every node of a cluster counts a caller's failures
 * together and a restart of a node forgets nothing. The throttle itself holds no counts: two instances over one
 * database (two nodes) are one throttle.
 *
 * <p>One counter per caller number (scope {@code <prefix>-caller}; callers without a number share
 * {@link CallerThrottle#WITHHELD_KEY} with four times the allowance) and one for all callers together
 * ({@code <prefix>-all}, forty times the allowance). Each counts in a fixed window, as the sign-in throttle does: the
 * failure that goes over the allowance throttles the caller (or everyone) for one window from then. Two nodes
 * counting one caller at once collide on the row's version, or at Galera's certification, and one of them counts
 * again ({@code AttemptLedgerBean}); no lock is taken.
 */
public final class LedgerCallerThrottle implements CallerThrottle {

    /** The scope prefix of the product's IVR counters. */
    public static final String PRODUCT_PREFIX = "ivr";
    /** The subject of the counter of all callers together. */
    static final String ALL_CALLERS = "*";

    private static final Logger LOG = Logger.getLogger(LedgerCallerThrottle.class);

    private final AttemptLedger ledger;
    private final String callerScope;
    private final String allScope;
    private final AttemptPolicy perNumber;
    private final AttemptPolicy withheld;
    private final AttemptPolicy allCallers;

    /** The product's throttle: more than {@code maxFailures} failures of a number within {@code window} throttle it. */
    public LedgerCallerThrottle(AttemptLedger ledger, int maxFailures, Duration window) {
        this(ledger, PRODUCT_PREFIX, maxFailures, window);
    }

    /**
     * A throttle whose counters lie under scopes starting with {@code prefix} (at most 20 characters), apart from
     * the product's.
     */
    public LedgerCallerThrottle(AttemptLedger ledger, String prefix, int maxFailures, Duration window) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        if (prefix == null || prefix.isBlank() || prefix.length() > 20 || maxFailures < 1 || window == null
                || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("Arayan kısıtlaması için sınırlar pozitif olmalıdır.");
        }
        this.callerScope = prefix + "-caller";
        this.allScope = prefix + "-all";
        this.perNumber = AttemptPolicy.rate(maxFailures, window);
        this.withheld = AttemptPolicy.rate(4 * maxFailures, window);
        this.allCallers = AttemptPolicy.rate(40 * maxFailures, window);
    }

    @Override
    public boolean isThrottled(String callerKey) {
        return ledger.waitFor(allScope, ALL_CALLERS).isPresent() || ledger.waitFor(callerScope, callerKey).isPresent();
    }

    @Override
    public void recordFailure(String callerKey) {
        if (ledger.count(callerScope, callerKey, WITHHELD_KEY.equals(callerKey) ? withheld : perNumber).justLocked()) {
            LOG.infof("IVR caller %s throttled after repeated failures", callerKey);
        }
        if (ledger.count(allScope, ALL_CALLERS, allCallers).justLocked()) {
            LOG.warnf("IVR callers all throttled: more than %d failures of all callers together within the window",
                    allCallers.lockAt() - 1);
        }
    }
}
