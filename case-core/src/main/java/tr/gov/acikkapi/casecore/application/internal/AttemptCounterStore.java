package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptCounter;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptCounterKey;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptPolicy;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptState;

import java.time.Instant;
import java.util.Optional;

/** One read or one change of an attempt counter, each in a transaction of its own (see {@link AttemptLedgerBean}). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AttemptCounterStore {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    public AttemptCounterStore() {
    }

    AttemptCounterStore(EntityManager em) {
        this.em = em;
    }

    /** The counter's state, fresh when there is none. */
    public AttemptState read(AttemptCounterKey key) {
        return Optional.ofNullable(em.find(AttemptCounter.class, key)).map(AttemptCounter::state).orElseGet(AttemptState::fresh);
    }

    /** Counts one attempt; an optimistic-lock or duplicate-key failure at commit means another server counted first. */
    public AttemptState count(AttemptCounterKey key, AttemptPolicy policy, Instant now) {
        AttemptCounter counter = em.find(AttemptCounter.class, key);
        boolean created = counter == null;
        if (created) {
            counter = new AttemptCounter(key);
        }
        AttemptState next = policy.next(counter.state(), now);
        counter.update(next);
        if (created) {
            em.persist(counter);
        }
        em.flush();
        return next;
    }

    /** Removes the counter, if there is one. */
    public void clear(AttemptCounterKey key) {
        em.createQuery("DELETE FROM AttemptCounter c WHERE c.key = :key").setParameter("key", key).executeUpdate();
    }
}
