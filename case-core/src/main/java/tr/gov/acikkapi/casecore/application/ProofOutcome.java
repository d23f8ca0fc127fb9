package tr.gov.acikkapi.casecore.application;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer of {@link CitizenProof}: the record, when the proof holds; a refusal that does not say whether the
 * record exists or the proof was wrong; or a refusal because the requester tried too often, with how long to wait.
 *
 * @param <T> what is read
 */
public sealed interface ProofOutcome<T> permits ProofOutcome.Proven, ProofOutcome.NotProven, ProofOutcome.Throttled {

    /** The proof holds: the record read. */
    record Proven<T>(T value) implements ProofOutcome<T> {
        public Proven {
            Objects.requireNonNull(value, "value");
        }
    }

    /** No such record, or the proof does not match it: the two are not told apart. */
    record NotProven<T>() implements ProofOutcome<T> {
    }

    /** The requester (or the record) had too many attempts: nothing was looked up; try again after {@code retryAfter}. */
    record Throttled<T>(Duration retryAfter) implements ProofOutcome<T> {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
