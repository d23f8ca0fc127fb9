package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tr.gov.acikkapi.casecore.application.internal.ServiceTestSupport.application;
import static tr.gov.acikkapi.casecore.application.internal.ServiceTestSupport.newTcKimlikNo;

class LookupsBeanTest {

    private static final Instant NOW = Instant.parse("2025-07-01T06:00:00Z");
    private static final String FAMILY_LINE = "0312 555 66 77";
    private static ServiceTestSupport services;
    private static String fatherTc;
    private static String grandmotherTc;
    private static TrackingNumber fatherOlder;
    private static TrackingNumber fatherNewer;
    private static TrackingNumber fatherConcluded;

    private static CitizenDetails person(String tc, String first, String last, String phone, EscortNeeds needs) {
        return new CitizenDetails(tc, first, last, phone, null, 6, "Mamak", 1960, Gender.UNSPECIFIED, needs);
    }

    @BeforeAll
    static void family() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(NOW));
        CaseCoreTestDatabase.deleteCaseData();
        fatherTc = newTcKimlikNo();
        grandmotherTc = newTcKimlikNo();
        CitizenDetails father = person(fatherTc, "Mustafa", "Işık", FAMILY_LINE, EscortNeeds.none());
        fatherOlder = services.intake(b -> b.register(application(father, 1101, 6, null))).application().trackingNumber();
        services.clock.advance(Duration.ofHours(5));
        fatherNewer = services.intake(b -> b.register(application(father, 301, 6, null))).application().trackingNumber();
        var concluded = services.intake(b -> b.register(application(father, 102, 6, null))).application();
        var moving = services.lifecycle(b -> b.changeStatus(concluded.trackingNumber(), concluded.version(),
                StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "x", null, null), "b"));
        services.lifecycle(b -> b.changeStatus(concluded.trackingNumber(), moving.version(),
                StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, "Tamam.", null), "b"));
        fatherConcluded = concluded.trackingNumber();

        services.intake(b -> b.register(application(person(grandmotherTc, "Hatice", "Işık", "+90 312 555 6677",
                new EscortNeeds(true, false, false, true, false)), 1201, 6, null)));
        services.intake(b -> b.findOrCreateCitizen(person(newTcKimlikNo(), "İsmail", "Işık", FAMILY_LINE, EscortNeeds.none()), "a"));
        services.intake(b -> b.findOrCreateCitizen(person(newTcKimlikNo(), "Ilgın", "İnce", "05550001122", EscortNeeds.none()), "a"));
        services.intake(b -> b.findOrCreateCitizen(person(newTcKimlikNo(), "Ayşe Nur", "Yılmaz", "05550001123", EscortNeeds.none()), "a"));
        services.clock.set(NOW);
    }

    @Test
    void aSharedFamilyLineFindsEveryoneEscortedFirstWithOpenApplicationsByDeadline() {
        List<CitizenOverview> callers = services.lookups(b -> b.byPhone(PhoneNumber.of("03125556677")));
        assertEquals(3, callers.size());
        assertEquals(grandmotherTc, callers.get(0).citizen().tcKimlikNo().value(), "the escorted citizen comes first");
        assertTrue(callers.get(0).citizen().priority());
        assertEquals(List.of("Şehit yakını", "Yaşlı"), callers.get(0).citizen().escortNeeds().labels());
        CitizenOverview father = callers.get(1);
        assertEquals(fatherTc, father.citizen().tcKimlikNo().value(), "then the nearest deadline");
        assertEquals(List.of(fatherOlder, fatherNewer), father.openApplications().stream().map(ApplicationSummary::trackingNumber).toList());
        assertTrue(father.openApplications().stream().noneMatch(a -> a.trackingNumber().equals(fatherConcluded)));
        assertEquals(List.of(), callers.get(2).openApplications());
        assertEquals("İsmail", callers.get(2).citizen().name().first());
    }

    @Test
    void anUnknownNumberFindsNobody() {
        assertEquals(List.of(), services.lookups(b -> b.byPhone(PhoneNumber.of("0312 000 00 00"))));
    }

    @Test
    void findsAnApplicationByTrackingNumber() {
        var detail = services.lookups(b -> b.byTrackingNumber(fatherConcluded)).orElseThrow();
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, detail.summary().status());
        assertEquals("Mustafa Işık", detail.citizen().name().full());
        assertEquals(Optional.empty(), services.lookups(b -> b.byTrackingNumber(TrackingNumber.of(999_999_990))));
    }

    @Test
    void aStatusEnquiryHasTheApplicationItsCitizensPhonesAndWhetherTheSurveyIsAnswered() {
        var before = services.lookups(b -> b.statusEnquiry(fatherConcluded)).orElseThrow();
        assertEquals(fatherConcluded, before.application().trackingNumber());
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, before.application().status());
        assertEquals(fatherTc, before.citizen().tcKimlikNo().value());
        assertEquals(List.of(PhoneNumber.of(FAMILY_LINE)), before.citizen().phones());
        assertEquals(false, before.surveyAnswered());
        var open = services.lookups(b -> b.statusEnquiry(fatherOlder)).orElseThrow();
        assertEquals(services.lookups(b -> b.byTrackingNumber(fatherOlder)).orElseThrow().summary(), open.application());

        services.lifecycle(b -> {
            b.recordSurveyResponse(fatherConcluded, 4, null, "anket");
            return null;
        });
        assertTrue(services.lookups(b -> b.statusEnquiry(fatherConcluded)).orElseThrow().surveyAnswered());
        assertEquals(false, services.lookups(b -> b.statusEnquiry(fatherNewer)).orElseThrow().surveyAnswered());
        assertEquals(Optional.empty(), services.lookups(b -> b.statusEnquiry(TrackingNumber.of(999_999_990))));
    }

    @Test
    void findsACitizenByTcKimlikNo() {
        CitizenOverview overview = services.lookups(b -> b.byTcKimlikNo(TcKimlikNo.of(fatherTc))).orElseThrow();
        assertEquals(2, overview.openApplications().size());
        assertEquals(Optional.empty(), services.lookups(b -> b.byTcKimlikNo(TcKimlikNo.withCheckDigits("987654321"))));
    }

    private List<String> names(String prefix) {
        return services.lookups(b -> b.byNamePrefix(prefix, 20)).stream().map(c -> c.name().full()).toList();
    }

    @Test
    void namePrefixSearchFollowsTurkishCaseRules() {
        assertEquals(List.of("Hatice Işık", "İsmail Işık", "Mustafa Işık"), names("ışı"));
        assertEquals(List.of("Hatice Işık", "İsmail Işık", "Mustafa Işık"), names("IŞI"));
        assertEquals(List.of("Ilgın İnce"), names("ıl"), "Ilgın starts with dotless I");
        assertEquals(List.of(), names("il"));
        assertEquals(List.of("Ilgın İnce"), names("in"), "İnce starts with dotted İ");
        assertEquals(List.of("Ilgın İnce"), names("ince"));
        assertEquals(List.of("İsmail Işık"), names("ism"));
        assertEquals(List.of(), names("ısm"), "dotless ı is another letter");
    }

    @Test
    void twoWordsSearchFirstAndLastName() {
        assertEquals(List.of("Ayşe Nur Yılmaz"), names("ayşe yıl"));
        assertEquals(List.of("Ayşe Nur Yılmaz"), names("Ayşe Nur Y"));
        assertEquals(List.of(), names("nur yıl"));
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertEquals(List.of(), names("ış_"), "_ would match any letter of Işık");
        assertEquals(List.of(), names("ı%k"), "% would match the middle of Işık");
    }

    @Test
    void aPrefixNeedsTwoLetters() {
        assertThrows(DomainException.class, () -> services.lookups(b -> b.byNamePrefix(" a ", 10)));
        List<CitizenSummary> limited = services.lookups(b -> b.byNamePrefix("ış", 2));
        assertEquals(2, limited.size());
    }

    @Test
    void listsACitizensApplicationsNewestFirst() {
        long fatherId = services.lookups(b -> b.byTcKimlikNo(TcKimlikNo.of(fatherTc))).orElseThrow().citizen().id();
        List<TrackingNumber> all = services.lookups(b -> b.applicationsOf(fatherId)).stream().map(ApplicationSummary::trackingNumber).toList();
        assertEquals(3, all.size());
        assertEquals(fatherOlder, all.get(2));
    }
}
