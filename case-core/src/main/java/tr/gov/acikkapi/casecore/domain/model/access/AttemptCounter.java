package tr.gov.acikkapi.casecore.domain.model.access;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * One subject's attempt counter as stored (table {@code attempt_counter}, migration V14): one row per scope and
 * subject, changed with optimistic locking so that two servers counting at once cannot lose an attempt (the loser
 * retries). The subject is a user name, an address or a key's channel, never a password or a key.
 */
@Entity
@Table(name = "attempt_counter")
public class AttemptCounter {

    @EmbeddedId
    private AttemptCounterKey key;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "locks", nullable = false)
    private int locks;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AttemptCounter() {
    }

    public AttemptCounter(AttemptCounterKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public AttemptCounterKey key() {
        return key;
    }

    /** The counter's state as the policy reads it. */
    public AttemptState state() {
        return new AttemptState(attempts, windowStart, lockedUntil, locks, false);
    }

    /** Takes the state the policy computed. */
    public void update(AttemptState state) {
        this.attempts = state.attempts();
        this.windowStart = state.windowStart();
        this.lockedUntil = state.lockedUntil();
        this.locks = state.locks();
    }
}
