package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tr.gov.acikkapi.casecore.application.internal.ServiceTestSupport.application;
import static tr.gov.acikkapi.casecore.application.internal.ServiceTestSupport.citizen;
import static tr.gov.acikkapi.casecore.application.internal.ServiceTestSupport.newTcKimlikNo;

class IntakeBeanTest {

    private static final Instant NOW = Instant.parse("2025-06-02T07:15:00Z");
    private static ServiceTestSupport services;

    @BeforeAll
    static void start() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(NOW));
        CaseCoreTestDatabase.deleteCaseData();
    }

    @Test
    void registersRoutesAndNumbersAnApplicationForANewCitizen() {
        String tc = newTcKimlikNo();
        RegisteredApplication registered = services.intake(bean -> bean.register(application(
                citizen(tc, "Zeynep", "Arslan", "0532 987 65 43", 6), 101, 6, null)));

        assertTrue(registered.citizenCreated());
        assertEquals(tc, registered.citizen().tcKimlikNo().value());
        assertEquals(List.of(PhoneNumber.of("+905329876543")), registered.citizen().phones());
        var application = registered.application();
        assertEquals(application.trackingNumber(), TrackingNumber.parse(application.trackingNumber().value()));
        assertEquals(ApplicationStatus.ROUTED, application.status());
        assertEquals(Optional.of("Ankara İl Sağlık Müdürlüğü"), application.unitName());
        assertEquals("Hastane randevusu alınamaması (MHRS)", application.applicationTypeName());
        assertEquals("Sağlık", application.topicName());
        assertEquals(NOW, application.registeredAt());
        assertEquals(NOW.plus(Duration.ofDays(7)), application.deadlineAt());

        ApplicationDetail detail = services.lookups(bean -> bean.byTrackingNumber(application.trackingNumber())).orElseThrow();
        assertEquals(List.of(ApplicationStatus.RECEIVED, ApplicationStatus.ROUTED),
                detail.timeline().stream().map(TimelineEntry::toStatus).map(Optional::orElseThrow).toList());
        assertEquals("ajan1", detail.timeline().get(1).actor());
    }

    @Test
    void aKnownCitizenIsFoundNotDuplicatedAndGetsTheNewNumber() {
        String tc = newTcKimlikNo();
        services.intake(bean -> bean.register(application(citizen(tc, "Ali", "Koç", "05051112233", 34), 1101, 34, null)));
        RegisteredApplication second = services.intake(bean -> bean.register(application(
                new CitizenDetails(tc, "Başka", "İsim", "0216 333 44 55", "ali@ornek.com.tr", 34, "kadıköy", 1970, Gender.MALE,
                        new EscortNeeds(false, true, false, false, false)), 1102, 34, null)));

        assertFalse(second.citizenCreated());
        CitizenSummary citizen = second.citizen();
        assertEquals("Ali Koç", citizen.name().full(), "the name on record is kept");
        assertEquals(List.of(PhoneNumber.of("05051112233"), PhoneNumber.of("02163334455")), citizen.phones());
        assertEquals("Kadıköy", citizen.district().orElseThrow().name());
        assertTrue(citizen.escortNeeds().veteran());
        assertTrue(citizen.priority());
        assertEquals(1, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM citizen WHERE tc_kimlik_no = '" + tc + "'"));
    }

    @Test
    void routingFollowsProvinceExceptions() {
        assertEquals(Optional.of("Hatay Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü"),
                services.register(1601, 31).application().unitName());
        assertEquals(Optional.of("Ankara İl Afet ve Acil Durum Müdürlüğü"), services.register(1601, 6).application().unitName());
        assertEquals(Optional.of("İstanbul Tarım ve Orman İl Müdürlüğü"), services.register(910, 34).application().unitName());
        assertEquals(Optional.of("Konya Valiliği Yerel Yönetimler Müdürlüğü"), services.register(910, 42).application().unitName());
        assertEquals(Optional.of("Bursa Valiliği Açık Kapı Bürosu"), services.register(1216, 16).application().unitName());
    }

    @Test
    void everyRegistrationGetsItsOwnTrackingNumber() {
        Set<TrackingNumber> numbers = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            numbers.add(services.register(301, 1 + i).application().trackingNumber());
        }
        assertEquals(25, numbers.size());
    }

    @Test
    void aRegistrationDuringACallIsLinkedToTheCall() {
        CallKey call = new CallKey("pbx-intake", "1717171717.1");
        RegisteredApplication registered = services.intake(bean -> bean.register(application(
                citizen(newTcKimlikNo(), "Elif", "Şen", "05449998877", 35), 1001, 35, call)));
        assertEquals(1, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM call_application WHERE server = 'pbx-intake' "
                + "AND relation = '" + CallRelation.CREATED + "' AND application_id = " + registered.application().id()));
    }

    @Test
    void refusesInvalidInputWithTurkishReasonsAndStoresNothing() {
        long before = CaseCoreTestDatabase.count("SELECT COUNT(*) FROM application");
        String badTc = "10000000147";
        assertEquals(DomainErrorCode.TC_KIMLIK_NO_CHECKSUM, assertThrows(DomainException.class,
                () -> services.intake(bean -> bean.register(application(citizen(badTc, "A", "B", null, 6), 101, 6, null)))).code());
        assertEquals(DomainErrorCode.APPLICATION_TYPE_NOT_FOUND, assertThrows(DomainException.class,
                () -> services.intake(bean -> bean.register(application(citizen(newTcKimlikNo(), "A", "B", null, 6), 9999, 6, null)))).code());
        DomainException province = assertThrows(DomainException.class,
                () -> services.intake(bean -> bean.register(application(citizen(newTcKimlikNo(), "A", "B", null, 6), 101, 82, null))));
        assertEquals(DomainErrorCode.PROVINCE_NOT_FOUND, province.code());
        assertTrue(province.getMessage().startsWith("İl bulunamadı"));
        assertEquals(DomainErrorCode.PHONE_FOREIGN, assertThrows(DomainException.class,
                () -> services.intake(bean -> bean.register(application(citizen(newTcKimlikNo(), "A", "B", "+44 20 7946 0000", 6), 101, 6, null)))).code());
        assertEquals(before, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void anApplicationWithNoTypeOrProvinceChosenIsToldWhatIsMissingNotThatTypeZeroIsUnknown() {
        DomainException noType = assertThrows(DomainException.class, () -> services.intake(bean -> bean.register(
                application(citizen(newTcKimlikNo(), "A", "B", null, 6), 0, 6, null))));
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, noType.code());
        assertEquals("Başvuru türü seçilmelidir.", noType.getMessage());
        DomainException noProvince = assertThrows(DomainException.class, () -> services.intake(bean -> bean.register(
                application(citizen(newTcKimlikNo(), "A", "B", null, 6), 101, 0, null))));
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, noProvince.code());
        assertEquals("Başvurunun ilgili olduğu il seçilmelidir.", noProvince.getMessage());
    }

    @Test
    void findOrCreateCitizenReturnsTheSameCitizenTwice() {
        String tc = newTcKimlikNo();
        CitizenSummary first = services.intake(bean -> bean.findOrCreateCitizen(citizen(tc, "Hasan", "Güneş", null, 55), "ajan2"));
        CitizenSummary second = services.intake(bean -> bean.findOrCreateCitizen(citizen(tc, "Hasan", "Güneş", "0362 111 22 33", 55), "ajan2"));
        assertEquals(first.id(), second.id());
        assertEquals(List.of(PhoneNumber.of("03621112233")), second.phones());
        assertEquals("Samsun", second.provinceName());
    }
}
