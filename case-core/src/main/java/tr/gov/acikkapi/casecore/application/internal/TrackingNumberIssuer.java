package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;

/**
 * Issues tracking numbers from the database sequence {@code tracking_serial} (never max+1), so
 * concurrent registrations on any number of nodes never get the same number.
 */
public final class TrackingNumberIssuer {

    private final EntityManager em;

    public TrackingNumberIssuer(EntityManager em) {
        this.em = em;
    }

    /** The next number: the next serial with its check digit. */
    public TrackingNumber next() {
        // The sequence does not depend on pending changes: no flush before it (a flush would dirty-check
        // every managed entity, which adds up when many applications are registered in one transaction).
        Number serial = (Number) em.createNativeQuery("SELECT NEXTVAL(tracking_serial)")
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return TrackingNumber.of(serial.longValue());
    }
}
