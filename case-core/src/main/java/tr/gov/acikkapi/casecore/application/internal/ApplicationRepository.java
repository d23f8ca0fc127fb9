package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Optional;

/** Reads applications by tracking number, with what their summaries show fetched in the same query. */
public final class ApplicationRepository {

    private final EntityManager em;

    public ApplicationRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Application> byTrackingNumber(TrackingNumber trackingNumber) {
        return em.createQuery("select a from Application a join fetch a.type t join fetch t.topic join fetch a.province "
                        + "left join fetch a.unit join fetch a.citizen where a.trackingNumber = :number", Application.class)
                .setParameter("number", trackingNumber)
                .getResultStream()
                .findFirst();
    }

    /** The application, or a DomainException APPLICATION_NOT_FOUND with a Turkish message. */
    public Application require(TrackingNumber trackingNumber) {
        return byTrackingNumber(trackingNumber).orElseThrow(() -> new DomainException(DomainErrorCode.APPLICATION_NOT_FOUND,
                trackingNumber.value() + " numaralı başvuru bulunamadı."));
    }
}
