package tr.gov.acikkapi.casecore.application;

import java.time.Duration;
import java.util.Optional;

/**
 * Limits failed sign-ins (the console's form and the API's HTTP Basic alike) per account and per source address:
 * a few failures are free, then each further one makes the account or address wait longer, and too many lock it for a
 * while (each lock audited). Ask {@link #refusal} before checking the password, so that a throttled attempt costs no
 * password hash; the counters are shared by every server ({@link AttemptLedger}).
 */
public interface SignInThrottle {

    /** How long this account or this address must still wait, in whole seconds; empty when the attempt may be checked. */
    Optional<Duration> refusal(String username, String address);

    /** Counts a failed sign-in against the account and the address; audits a lock. */
    void failed(String username, String address);

    /** Forgets the account's failures after a successful sign-in (the address keeps its count). */
    void succeeded(String username);
}
