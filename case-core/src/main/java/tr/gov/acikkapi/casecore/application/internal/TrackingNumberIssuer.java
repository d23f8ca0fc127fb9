package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
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
        Number serial = (Number) em.createNativeQuery("SELECT NEXTVAL(tracking_serial)").getSingleResult();
        return TrackingNumber.of(serial.longValue());
    }
}
