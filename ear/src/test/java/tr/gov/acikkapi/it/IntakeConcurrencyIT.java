package tr.gov.acikkapi.it;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registrations and edits at the same time, inside the deployed EAR on MariaDB: many agents registering at once get
 * distinct, valid tracking numbers and no lock errors; two agents changing the same application from the same version
 * end with one change, and the other agent gets the domain's Turkish CONCURRENT_MODIFICATION as it is (not wrapped by
 * the EJB container).
 */
@ExtendWith(ArquillianExtension.class)
class IntakeConcurrencyIT {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;
    /** Every fifth registration is for the same citizen, whose row the others then share-lock at once. */
    private static final int SHARED_CITIZEN_EVERY = 5;

    /** The Damm quasigroup: a number is valid when folding all its digits through the table ends at 0. */
    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IntakeConcurrencyIT.class, TestApplications.class);
    }

    @Inject
    Intake intake;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    Lookups lookups;

    @Test
    void parallelRegistrationsGetDistinctValidTrackingNumbersAndAllCommit() throws Exception {
        String sharedPhone = TestApplications.newMobile();
        CitizenDetails shared = TestApplications.citizen(TestApplications.newTcKimlikNo(), "Ortak", "Başvuran", sharedPhone,
                EscortNeeds.none());
        CitizenSummary sharedCitizen = intake.findOrCreateCitizen(shared, TestApplications.ACTOR);
        int[] types = {101, 301, 1101, 701, 201, 124, 401};

        List<RegisteredApplication> registered = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier together = new CyclicBarrier(THREADS);
            List<Future<?>> agents = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int agent = t;
                agents.add(pool.submit(() -> {
                    together.await();
                    for (int i = 0; i < PER_THREAD; i++) {
                        CitizenDetails citizen = i % SHARED_CITIZEN_EVERY == 0 ? shared
                                : TestApplications.citizen(TestApplications.newTcKimlikNo(), "Paralel", "Deneme",
                                TestApplications.newMobile(), EscortNeeds.none());
                        try {
                            registered.add(intake.register(TestApplications.application(citizen, types[(agent + i) % types.length])));
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> agent : agents) {
                agent.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(List.of(), failures.stream().map(Throwable::toString).toList(), "no registration failed (no deadlock, no lock wait)");
        assertEquals(THREADS * PER_THREAD, registered.size());
        List<TrackingNumber> numbers = registered.stream().map(r -> r.application().trackingNumber()).toList();
        assertEquals(numbers.size(), new HashSet<>(numbers).size(), "every tracking number is distinct");
        for (TrackingNumber number : numbers) {
            assertTrue(number.value().matches("[0-9]{10}") && dammValid(number.value()), number.value() + " has a valid check digit");
            ApplicationSummary stored = lookups.byTrackingNumber(number).orElseThrow().summary();
            assertEquals(ApplicationStatus.ROUTED, stored.status(), number.value());
        }
        long forShared = registered.stream().filter(r -> r.citizen().id() == sharedCitizen.id()).count();
        assertEquals(THREADS * PER_THREAD / SHARED_CITIZEN_EVERY, forShared);
        assertTrue(registered.stream().filter(r -> r.citizen().id() == sharedCitizen.id()).noneMatch(RegisteredApplication::citizenCreated));
        assertEquals(forShared, lookups.applicationsOf(sharedCitizen.id()).size(), "all of the shared citizen's applications are stored");
        assertEquals(List.of(sharedPhone.substring(1)), lookups.byTcKimlikNo(sharedCitizen.tcKimlikNo()).orElseThrow()
                .citizen().phones().stream().map(p -> p.nationalSignificantNumber()).toList(), "the shared citizen still has one phone");
    }

    @Test
    void twoEditsFromTheSameVersionEndWithOneChangeAndATurkishConflictForTheOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                ApplicationSummary application = intake.register(
                        TestApplications.application(TestApplications.newCitizen(), 1101)).application();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Optional<Throwable>>> edits = new ArrayList<>();
                for (int editor = 1; editor <= 2; editor++) {
                    String actor = "birim" + editor;
                    edits.add(pool.submit(() -> {
                        together.await();
                        try {
                            lifecycle.changeStatus(application.trackingNumber(), application.version(),
                                    StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "Ele alan: " + actor, null, null), actor);
                            return Optional.empty();
                        } catch (RuntimeException e) {
                            return Optional.of(e);
                        }
                    }));
                }
                List<Throwable> refused = new ArrayList<>();
                for (Future<Optional<Throwable>> edit : edits) {
                    edit.get(60, TimeUnit.SECONDS).ifPresent(refused::add);
                }
                assertEquals(1, refused.size(), "round " + round + ": exactly one edit wins: " + refused);
                Throwable loser = refused.get(0);
                assertFalse(loser instanceof EJBException, "round " + round + ": the domain exception arrives unwrapped: " + loser);
                DomainException conflict = asDomainException(loser);
                assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, conflict.code(), "round " + round);
                assertTrue(conflict.getMessage().startsWith(application.trackingNumber().value()
                        + " numaralı başvuru siz incelerken başka bir kullanıcı tarafından değiştirildi."), conflict.getMessage());

                var detail = lookups.byTrackingNumber(application.trackingNumber()).orElseThrow();
                assertEquals(ApplicationStatus.IN_PROGRESS, detail.summary().status());
                assertEquals(1, detail.timeline().stream()
                        .filter(t -> t.toStatus().equals(Optional.of(ApplicationStatus.IN_PROGRESS))).count(), "one change is stored");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleVersionIsRefusedWithTheDomainExceptionItself() {
        ApplicationSummary application = intake.register(TestApplications.application(TestApplications.newCitizen(), 301)).application();
        lifecycle.changeStatus(application.trackingNumber(), application.version(),
                StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "İlk", null, null), "birim1");
        DomainException e = assertThrows(DomainException.class, () -> lifecycle.changeStatus(application.trackingNumber(),
                application.version(), StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "İkinci", null, null), "birim2"));
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, e.code());
        assertTrue(e.getMessage().contains("başka bir kullanıcı tarafından değiştirildi"), e.getMessage());
    }

    private static DomainException asDomainException(Throwable thrown) {
        assertTrue(thrown instanceof DomainException, "a DomainException, not " + thrown);
        return (DomainException) thrown;
    }

    private static boolean dammValid(String digits) {
        int interim = 0;
        for (char c : digits.toCharArray()) {
            interim = DAMM[interim][c - '0'];
        }
        return interim == 0;
    }
}
