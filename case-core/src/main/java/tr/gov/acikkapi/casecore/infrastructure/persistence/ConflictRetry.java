package tr.gov.acikkapi.casecore.infrastructure.persistence;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a unit of work that is one whole transaction again when the database refused it for a write conflict
 * ({@link CertificationConflict}): a few attempts, each after a short random pause so that two nodes that collided do
 * not collide again in step. Any other failure, and the last conflict, goes to the caller unchanged.
 *
 * <p>Only the code that begins and ends the transaction may retry: inside a transaction the work of the earlier
 * statements is already lost with it. {@link CertificationConflictRetry} applies this at the case core's transaction
 * boundary.
 */
public record ConflictRetry(int attempts, Duration maxPause) {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);

    /** Three attempts, at most 50 ms apart: a conflict is two writes in the same instant, rarely three in a row. */
    public static final ConflictRetry DEFAULT = new ConflictRetry(3, Duration.ofMillis(50));

    public ConflictRetry {
        if (attempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + attempts);
        }
        if (maxPause.isNegative()) {
            throw new IllegalArgumentException("A pause cannot be negative: " + maxPause);
        }
    }

    /** Calls {@code work} until it completes, fails otherwise than by a conflict, or the attempts are used up. */
    public <T> T call(Callable<T> work, String what) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (Exception e) {
                if (attempt >= attempts || !CertificationConflict.causedBy(e)) {
                    throw e;
                }
                LOG.infof("Write conflict with another transaction (Galera certification failure or deadlock) in %s; "
                        + "running it again (attempt %d of %d)", what, attempt + 1, attempts);
                pause();
            }
        }
    }

    private void pause() throws InterruptedException {
        long maxMillis = maxPause.toMillis();
        if (maxMillis > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(maxMillis / 2, maxMillis + 1));
        }
    }
}
