package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ApplicationListing;
import tr.gov.acikkapi.casecore.application.ApplicationQuery;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApplicationSearchServiceTest {

    private static final Instant DAY1 = Instant.parse("2025-08-01T07:00:00Z");
    private static ServiceTestSupport services;
    private static ApplicationSummary ankaraHealth;
    private static ApplicationSummary ankaraHealthConcluded;
    private static ApplicationSummary izmirHealth;
    private static ApplicationSummary ankaraOther;
    private static Instant concludedAt;

    @BeforeAll
    static void applications() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(DAY1));
        CaseCoreTestDatabase.deleteCaseData();
        ankaraHealth = services.register(101, 6).application();
        services.clock.advance(Duration.ofDays(1));
        izmirHealth = services.register(101, 35).application();
        ankaraOther = services.register(301, 6).application();
        services.clock.advance(Duration.ofDays(1));
        ankaraHealthConcluded = services.register(101, 6).application();
        services.clock.advance(Duration.ofHours(3));
        ApplicationSummary moving = services.lifecycle(b -> b.changeStatus(ankaraHealthConcluded.trackingNumber(),
                ankaraHealthConcluded.version(), StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "İnceleniyor", null, null), "b"));
        services.clock.advance(Duration.ofHours(2));
        concludedAt = services.clock.instant();
        services.lifecycle(b -> b.changeStatus(moving.trackingNumber(), moving.version(),
                StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, "Randevu verildi.", null), "b"));
        services.clock.advance(Duration.ofHours(1));
        services.lifecycle(b -> b.addNote(ankaraHealth.trackingNumber(), "Vatandaş aradı.", "a"));
    }

    private static List<TrackingNumber> find(ApplicationQuery query) {
        return services.inTransaction(em -> new ApplicationSearchService(em).find(query)).stream()
                .map(l -> l.summary().trackingNumber()).toList();
    }

    private static ApplicationQuery query(Set<TrackingNumber> numbers, Integer type, Integer province, Instant from,
                                          Instant before, Set<ApplicationStatus> statuses, int limit) {
        return new ApplicationQuery(numbers, type == null ? Set.of() : Set.of(type), Optional.ofNullable(province), Optional.ofNullable(from),
                Optional.ofNullable(before), statuses, limit);
    }

    @Test
    void withoutConditionsEverythingNewestFirst() {
        assertEquals(List.of(ankaraHealthConcluded.trackingNumber(), ankaraOther.trackingNumber(), izmirHealth.trackingNumber(),
                ankaraHealth.trackingNumber()), find(query(Set.of(), null, null, null, null, Set.of(), 1000)));
    }

    @Test
    void byTrackingNumbers() {
        assertEquals(List.of(izmirHealth.trackingNumber(), ankaraHealth.trackingNumber()),
                find(query(Set.of(ankaraHealth.trackingNumber(), izmirHealth.trackingNumber()), null, null, null, null, Set.of(), 1000)));
    }

    @Test
    void byTypeProvinceStatusAndPeriod() {
        assertEquals(List.of(ankaraHealthConcluded.trackingNumber(), ankaraHealth.trackingNumber()),
                find(query(Set.of(), 101, 6, null, null, Set.of(), 1000)));
        assertEquals(List.of(ankaraHealth.trackingNumber()),
                find(query(Set.of(), 101, 6, null, null, ApplicationStatus.open(), 1000)));
        assertEquals(List.of(ankaraHealthConcluded.trackingNumber()),
                find(query(Set.of(), null, null, null, null, EnumSet.of(ApplicationStatus.CONCLUDED_POSITIVE), 1000)));
        Instant day2 = DAY1.plus(Duration.ofDays(1));
        assertEquals(List.of(ankaraOther.trackingNumber(), izmirHealth.trackingNumber()),
                find(query(Set.of(), null, null, day2, day2.plusMillis(1), Set.of(), 1000)), "from inclusive, before exclusive");
    }

    @Test
    void theLimitCutsTheNewest() {
        assertEquals(List.of(ankaraHealthConcluded.trackingNumber()), find(query(Set.of(), null, null, null, null, Set.of(), 1)));
        assertThrows(IllegalArgumentException.class, () -> query(Set.of(), null, null, null, null, Set.of(), 1001));
    }

    @Test
    void listingsCarryTypeCodeAndTheLastChange() {
        List<ApplicationListing> found = services.inTransaction(em -> new ApplicationSearchService(em).find(query(
                Set.of(ankaraHealth.trackingNumber(), ankaraHealthConcluded.trackingNumber(), ankaraOther.trackingNumber()),
                null, null, null, null, Set.of(), 1000)));
        ApplicationListing concluded = found.get(0);
        assertEquals("SAG-01", concluded.applicationTypeCode());
        assertEquals(concludedAt, concluded.lastChangedAt(), "the conclusion is its last change");
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, concluded.summary().status());
        ApplicationListing noted = found.get(2);
        assertEquals(concludedAt.plus(Duration.ofHours(1)), noted.lastChangedAt(), "a note counts as a change");
        ApplicationListing untouched = found.get(1);
        assertEquals(untouched.summary().registeredAt(), untouched.lastChangedAt(), "registered and routed at once");
    }
}
