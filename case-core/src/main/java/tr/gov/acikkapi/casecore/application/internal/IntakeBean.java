package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** {@link Intake} in one transaction: citizen, tracking number, routing and call link commit together or not at all. */
@Stateless
public class IntakeBean implements Intake {

    private static final Logger LOG = Logger.getLogger(IntakeBean.class);

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private Clock clock;

    public IntakeBean() {
    }

    IntakeBean(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public RegisteredApplication register(NewApplication request) {
        if (request == null) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, "Başvuru bilgileri girilmedi.");
        }
        Instant now = clock.instant();
        String actor = FreeText.requiredLine(request.actor(), "İşlemi yapan kullanıcı", StatusChange.ACTOR_LENGTH);
        if (request.kind() == null || request.channel() == null) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, "Başvuru türü (talep, şikayet, öneri) ve kanal seçilmelidir.");
        }
        if (request.applicationTypeId() <= 0) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, "Başvuru türü seçilmelidir.");
        }
        if (request.provinceCode() <= 0) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, "Başvurunun ilgili olduğu il seçilmelidir.");
        }
        ApplicationType type = em.find(ApplicationType.class, request.applicationTypeId());
        if (type == null || !type.active()) {
            throw new DomainException(DomainErrorCode.APPLICATION_TYPE_NOT_FOUND,
                    "Başvuru konusu bulunamadı veya artık kullanılmıyor (kod: " + request.applicationTypeId() + ").");
        }
        CitizenRegistry citizens = new CitizenRegistry(em);
        Province province = citizens.province(request.provinceCode());
        District district = request.district() == null || request.district().isBlank() ? null : District.of(request.district());
        CitizenRegistry.Found found = citizens.findOrCreate(request.citizen(), now);

        Application application = Application.register(new TrackingNumberIssuer(em).next(), found.citizen(), request.kind(),
                type, province, district, request.channel(), request.subject(), request.description(), actor, now);
        if (request.location() != null) {
            application.report(request.location());
        }
        em.persist(application);
        Optional<Unit> unit = new UnitRouter(em).unitFor(type, province);
        unit.ifPresent(u -> application.routeTo(u, actor, now));
        em.flush();
        if (request.call() != null) {
            new CallLinks(em).link(request.call(), application, CallRelation.CREATED, actor, now);
        }
        LOG.debugf("Registered application %s (type %d) routed to %s", application.trackingNumber(), type.id(),
                unit.map(Unit::name).orElse("-"));
        return new RegisteredApplication(ApplicationSummary.of(application), CitizenSummary.of(found.citizen()), found.created());
    }

    @Override
    public CitizenSummary findOrCreateCitizen(CitizenDetails details, String actor) {
        FreeText.requiredLine(actor, "İşlemi yapan kullanıcı", StatusChange.ACTOR_LENGTH);
        CitizenRegistry.Found found = new CitizenRegistry(em).findOrCreate(details, clock.instant());
        em.flush();
        return CitizenSummary.of(found.citizen());
    }
}
