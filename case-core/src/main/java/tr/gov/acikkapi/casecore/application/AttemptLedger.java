package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.access.AttemptPolicy;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptState;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts attempts that must be limited (failed sign-ins, failed citizen proofs, channel reads) in the database, so
 * that every server of an installation sees the same counts. Each call is its own short transaction: a refused or
 * failed request still counts, and the caller's own transaction never waits on a counter.
 *
 * <p>Ask {@link #waitFor} before doing the costly or sensitive work (a password hash, a lookup) and refuse while it
 * answers a duration; {@link #count} after a failure (or before a rate-limited read).
 */
public interface AttemptLedger {

    /** How long the subject must still wait before it may try again, in whole seconds; empty when it may try now. */
    Optional<Duration> waitFor(String scope, String subject);

    /** Counts one attempt of the subject under the policy; the state after it ({@code justLocked} when it locked). */
    AttemptState count(String scope, String subject, AttemptPolicy policy);

    /** Forgets the subject's counter (a successful sign-in clears its account's). */
    void clear(String scope, String subject);
}
