package tr.gov.acikkapi.casecore.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.EmailAddress;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.TestPersistenceUnit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Entities written with Hibernate read back equal, value objects and times included (mappings validate at boot). */
class PersistenceRoundTripTest {

    private static final Instant NOW = Instant.parse("2025-04-30T21:30:15.123Z");
    private static EntityManagerFactory factory;

    @BeforeAll
    static void start() {
        factory = CaseCoreTestDatabase.factory();
        CaseCoreTestDatabase.deleteCaseData();
    }

    @Test
    void referenceDataIsReadable() {
        TestPersistenceUnit.inTransaction(factory, em -> {
            ApplicationType type = em.find(ApplicationType.class, 124);
            assertEquals("SAG-24", type.code());
            assertEquals(ProblemArea.LEGISLATION, type.problemArea());
            assertEquals(1, type.topicId());
            assertEquals("Sağlık", type.topic().name());
            Unit unit = em.createQuery("select u from Unit u where u.province.plateCode = 35 and u.kindCode = 'AFAD'", Unit.class)
                    .getSingleResult();
            assertEquals("İzmir İl Afet ve Acil Durum Müdürlüğü", unit.name());
            return null;
        });
    }

    @Test
    void aCitizenAndAnApplicationRoundTrip() {
        Long applicationId = TestPersistenceUnit.inTransaction(factory, em -> {
            Province izmir = em.find(Province.class, (short) 35);
            Citizen citizen = new Citizen(TcKimlikNo.of("10000000146"), PersonName.of("Işıl", "İnce"),
                    EmailAddress.of("isil@ornek.com.tr"), izmir, District.of("karşıyaka"), 1950, Gender.FEMALE,
                    new EscortNeeds(false, false, true, true, false), NOW);
            citizen.addPhone(PhoneNumber.of("0532 111 22 33"), NOW);
            citizen.addPhone(PhoneNumber.of("0232 444 55 66"), NOW);
            em.persist(citizen);
            Application application = Application.register(TrackingNumber.of(123_456_789), citizen, ApplicationKind.REQUEST,
                    em.find(ApplicationType.class, 1201), izmir, District.of("Karşıyaka"), IntakeChannel.FACE_TO_FACE,
                    "Huzurevi", "Annem için huzurevi yeri istiyorum.", "buro1", NOW);
            em.persist(application);
            application.routeTo(em.createQuery("select u from Unit u where u.province = :p and u.kindCode = 'AILE_SOSYAL'", Unit.class)
                    .setParameter("p", izmir).getSingleResult(), "buro1", NOW.plusSeconds(1));
            application.changeStatus(StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "İncelemede", null, null), "birim", NOW.plusSeconds(2));
            application.addNote("Kurum ziyareti planlandı.", "birim", NOW.plusSeconds(3));
            return application.id();
        });

        TestPersistenceUnit.inTransaction(factory, em -> {
            Application application = em.find(Application.class, applicationId);
            assertEquals(TrackingNumber.of(123_456_789), application.trackingNumber());
            assertEquals(NOW, application.registeredAt());
            assertEquals(NOW.plus(Application.PROCESSING_TIME), application.deadlineAt());
            assertEquals(ApplicationStatus.IN_PROGRESS, application.status());
            assertEquals("İzmir Aile ve Sosyal Hizmetler İl Müdürlüğü", application.unit().orElseThrow().name());
            assertEquals(3, application.history().size());
            assertEquals(Optional.empty(), application.history().get(0).fromStatus());
            assertEquals(List.of("Kurum ziyareti planlandı."), application.notes().stream().map(n -> n.body()).toList());
            assertEquals(1, application.version(), "one update at commit after the insert");
            Citizen citizen = application.citizen();
            assertEquals("10000000146", citizen.tcKimlikNo().value());
            assertEquals(List.of(PhoneNumber.of("+905321112233"), PhoneNumber.of("+902324445566")), citizen.phoneNumbers());
            assertEquals(new EscortNeeds(false, false, true, true, false), citizen.escortNeeds());
            assertEquals(Optional.of(District.of("Karşıyaka")), citizen.district());
            assertEquals("Işıl İnce", citizen.name().full());
            assertNotNull(citizen.id());
            return null;
        });
    }
}
