package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.AttemptLedger;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptCounterKey;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptPolicy;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptState;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link AttemptLedger} on the {@code attempt_counter} table. Two servers (or two threads) counting one subject at
 * once collide on the row's version or primary key, as two Galera nodes collide at certification; the loser's
 * transaction is rolled back and counted again, up to {@value #TRIES} times. No table or named locks are taken.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptLedgerBean implements AttemptLedger {

    private static final Logger LOG = Logger.getLogger(AttemptLedgerBean.class);
    private static final int TRIES = 5;

    @EJB
    private AttemptCounterStore store;

    @Inject
    private Clock clock;

    public AttemptLedgerBean() {
    }

    AttemptLedgerBean(AttemptCounterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> waitFor(String scope, String subject) {
        return store.read(new AttemptCounterKey(scope, subject)).waitAt(clock.instant());
    }

    @Override
    public AttemptState count(String scope, String subject, AttemptPolicy policy) {
        AttemptCounterKey key = new AttemptCounterKey(scope, subject);
        RuntimeException last = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                return store.count(key, policy, clock.instant());
            } catch (EJBException | PersistenceException e) {
                last = e;
                LOG.debugf("Attempt counter %s changed by another server meanwhile, counting again", key);
            }
        }
        throw new IllegalStateException("Attempt counter " + key + " could not be written in " + TRIES + " tries", last);
    }

    @Override
    public void clear(String scope, String subject) {
        store.clear(new AttemptCounterKey(scope, subject));
    }
}
