package tr.gov.acikkapi.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A test-only bean in the deployment that moves applications back in time, as if registered days earlier
 * (registration, deadline and history together), so that tests can have applications overdue by the real clock,
 * or deadlines in another order than registration, without touching the demo data.
 */
@Stateless
public class Backdating {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    /** Moves the applications' registration, deadline and history {@code days} days back. */
    public void registeredEarlier(Collection<Long> applicationIds, int days) {
        String ids = applicationIds.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
        int moved = em.createNativeQuery("UPDATE application SET registered_at = registered_at - INTERVAL " + days
                + " DAY, deadline_at = deadline_at - INTERVAL " + days + " DAY WHERE id IN (" + ids + ")").executeUpdate();
        if (moved != applicationIds.size()) {
            throw new IllegalStateException("Moved " + moved + " of " + applicationIds.size() + " applications");
        }
        em.createNativeQuery("UPDATE application_history SET occurred_at = occurred_at - INTERVAL " + days
                + " DAY WHERE application_id IN (" + ids + ")").executeUpdate();
    }
}
