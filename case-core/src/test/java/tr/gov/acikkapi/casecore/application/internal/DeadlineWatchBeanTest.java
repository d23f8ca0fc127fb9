package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.DeadlineWatch;
import tr.gov.acikkapi.casecore.application.EscalatedApplication;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;
import tr.gov.acikkapi.casecore.testsupport.TestPersistenceUnit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineWatchBeanTest {

    private static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");
    private ServiceTestSupport services;

    @BeforeEach
    void clean() {
        CaseCoreTestDatabase.deleteCaseData();
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(T0));
    }

    private ApplicationSummary conclude(ApplicationSummary a) {
        ApplicationSummary inProgress = services.lifecycle(b -> b.changeStatus(a.trackingNumber(), a.version(),
                StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "x", null, null), "birim"));
        return services.lifecycle(b -> b.changeStatus(a.trackingNumber(), inProgress.version(),
                StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, "Çözüldü.", null), "birim"));
    }

    @Test
    void escalatesOverdueApplicationsOnceEachToTheTargetTheRulesName() {
        ApplicationSummary health = services.register(101, 6).application();                 // Sağlık → governor
        ApplicationSummary identity = services.register(701, 6).application();               // Nüfus → ministry
        ApplicationSummary legislation = services.register(124, 6).application();            // mevzuat → ministry
        ApplicationSummary concluded = conclude(services.register(1101, 6).application());    // concluded → untouched
        services.clock.advance(Duration.ofDays(3));
        ApplicationSummary younger = services.register(301, 6).application();                // deadline later

        services.clock.set(T0.plus(Duration.ofDays(7)));
        assertEquals(List.of(), services.watch(DeadlineWatchBean::escalateOverdue), "not past the deadline at the deadline itself");

        services.clock.set(T0.plus(Duration.ofDays(7)).plusSeconds(60));
        List<EscalatedApplication> escalated = services.watch(DeadlineWatchBean::escalateOverdue);
        Map<TrackingNumber, EscalationTarget> targets = escalated.stream()
                .collect(Collectors.toMap(EscalatedApplication::trackingNumber, EscalatedApplication::target));
        assertEquals(Map.of(health.trackingNumber(), EscalationTarget.GOVERNOR, identity.trackingNumber(), EscalationTarget.MINISTRY,
                legislation.trackingNumber(), EscalationTarget.MINISTRY), targets);
        assertTrue(escalated.stream().allMatch(e -> e.previousStatus() == ApplicationStatus.ROUTED));
        assertTrue(escalated.stream().allMatch(e -> e.escalatedAt().equals(services.clock.instant())));

        assertEquals(List.of(), services.watch(DeadlineWatchBean::escalateOverdue), "a second run escalates nothing");

        var detail = services.lookups(b -> b.byTrackingNumber(identity.trackingNumber())).orElseThrow();
        assertEquals(ApplicationStatus.ESCALATED_MINISTRY, detail.summary().status());
        TimelineEntry last = detail.timeline().get(detail.timeline().size() - 1);
        assertEquals(DeadlineWatch.ACTOR, last.actor());
        assertEquals("7 günlük cevap süresi aşıldı; başvuru İçişleri Bakanlığına iletildi.", last.text());
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, services.lookups(b -> b.byTrackingNumber(concluded.trackingNumber()))
                .orElseThrow().summary().status());
        assertEquals(ApplicationStatus.ROUTED, services.lookups(b -> b.byTrackingNumber(younger.trackingNumber()))
                .orElseThrow().summary().status());
    }

    @Test
    void anEscalationBumpsTheVersionSoStaleEditsAreRefused() {
        ApplicationSummary a = services.register(101, 6).application();
        services.clock.set(T0.plus(Duration.ofDays(8)));
        services.watch(DeadlineWatchBean::escalateOverdue);
        DomainException e = assertThrows(DomainException.class, () -> services.lifecycle(b -> b.changeStatus(a.trackingNumber(),
                a.version(), StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "x", null, null), "birim")));
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, e.code());
    }

    @Test
    void anEscalatedApplicationMovesOnAndIsNeverEscalatedAgain() {
        ApplicationSummary a = services.register(101, 6).application();
        services.clock.set(T0.plus(Duration.ofDays(8)));
        services.watch(DeadlineWatchBean::escalateOverdue);
        long version = services.lookups(b -> b.byTrackingNumber(a.trackingNumber())).orElseThrow().summary().version();
        ApplicationSummary back = services.lifecycle(b -> b.changeStatus(a.trackingNumber(), version,
                StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "Vali talimatı", null, null), "birim"));
        assertEquals(Optional.of(EscalationTarget.GOVERNOR), back.escalationTarget());
        services.clock.set(T0.plus(Duration.ofDays(20)));
        assertEquals(List.of(), services.watch(DeadlineWatchBean::escalateOverdue));
        ApplicationSummary done = services.lifecycle(b -> b.changeStatus(a.trackingNumber(), back.version(),
                StatusChangeRequest.of(ApplicationStatus.CONCLUDED_NEGATIVE, null, "Mümkün değil.", null), "birim"));
        assertEquals(ApplicationStatus.CONCLUDED_NEGATIVE, done.status());
    }

    @Test
    void listsWhatIsDueWithin24HoursAndWhatIsPastTheDeadline() {
        ApplicationSummary first = services.register(101, 6).application();
        services.clock.advance(Duration.ofHours(20));
        ApplicationSummary second = services.register(301, 6).application();
        services.clock.advance(Duration.ofDays(2));
        services.register(1101, 6);

        services.clock.set(T0.plus(Duration.ofDays(6)).plus(Duration.ofHours(5)));
        assertEquals(List.of(first.trackingNumber()), numbers(services.watch(b -> b.dueWithin(Duration.ofHours(24)))));
        services.clock.set(T0.plus(Duration.ofDays(6)).plus(Duration.ofHours(21)));
        assertEquals(List.of(first.trackingNumber(), second.trackingNumber()),
                numbers(services.watch(b -> b.dueWithin(Duration.ofHours(24)))));

        services.clock.set(T0.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)));
        assertEquals(List.of(second.trackingNumber()), numbers(services.watch(b -> b.dueWithin(Duration.ofHours(24)))));
        assertEquals(List.of(first.trackingNumber()), numbers(services.watch(b -> b.pastDeadline(10))));
        services.watch(DeadlineWatchBean::escalateOverdue);
        assertEquals(List.of(first.trackingNumber()), numbers(services.watch(b -> b.pastDeadline(10))), "escalated ones stay listed");
        assertTrue(services.watch(b -> b.pastDeadline(10)).get(0).overdueAt(services.clock.instant()));
    }

    @Test
    void answersAsOfTheInstantGivenWhateverTheClockSays() {
        ApplicationSummary a = services.register(101, 6).application();
        Instant dayBefore = T0.plus(Duration.ofDays(6)).plus(Duration.ofHours(1));
        Instant afterDeadline = T0.plus(Duration.ofDays(7)).plusSeconds(60);

        assertEquals(List.of(a.trackingNumber()), numbers(services.watch(b -> b.dueWithin(dayBefore, Duration.ofHours(24)))));
        assertEquals(List.of(), services.watch(b -> b.dueWithin(Duration.ofHours(24))), "the clock still says T0");
        assertEquals(List.of(a.trackingNumber()), numbers(services.watch(b -> b.pastDeadline(afterDeadline, 10))));
        assertEquals(List.of(), services.watch(b -> b.pastDeadline(10)));
        assertEquals(List.of(), services.watch(b -> b.escalateOverdue()), "nothing is overdue by the clock");

        List<EscalatedApplication> escalated = services.watch(b -> b.escalateOverdue(afterDeadline));
        assertEquals(List.of(a.trackingNumber()), escalated.stream().map(EscalatedApplication::trackingNumber).toList());
        assertEquals(afterDeadline, escalated.get(0).escalatedAt());
        assertEquals(List.of(), services.watch(b -> b.escalateOverdue(afterDeadline.plus(Duration.ofDays(1)))),
                "escalated once, whatever the instant of the next run");
        TimelineEntry step = services.lookups(b -> b.byTrackingNumber(a.trackingNumber())).orElseThrow().timeline().stream()
                .filter(t -> t.actor().equals(DeadlineWatch.ACTOR)).findFirst().orElseThrow();
        assertEquals(afterDeadline, step.at());
        assertEquals(List.of(), services.watch(b -> b.dueWithin(dayBefore, Duration.ofHours(24))), "escalated ones are not due");
        assertEquals(T0, services.clock.instant());
    }

    @Test
    void concurrentWatchRunsEscalateEachApplicationExactlyOnce() throws Exception {
        Set<TrackingNumber> overdue = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            overdue.add(services.register(101 + (i % 20), 1 + i).application().trackingNumber());
        }
        services.clock.set(T0.plus(Duration.ofDays(9)));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<EscalatedApplication>>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return services.watch(DeadlineWatchBean::escalateOverdue);
                }));
            }
            start.countDown();
            List<TrackingNumber> all = new ArrayList<>();
            for (Future<List<EscalatedApplication>> run : runs) {
                run.get().forEach(e -> all.add(e.trackingNumber()));
            }
            assertEquals(overdue.size(), all.size(), "no application reported twice: " + all);
            assertEquals(overdue, new HashSet<>(all));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(30, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM application_history WHERE actor = '" + DeadlineWatch.ACTOR + "'"));
    }

    /**
     * Issue 20: two nodes run the watch's timer at the same second against one database. Each node here has its own
     * Hibernate factory and connections over the same MariaDB, and both run the timer's loop (batches until one comes
     * back short) at once, round after round over new overdue applications: every application is escalated by
     * exactly one of them, with one history line and one version step, and the applications left behind by a round
     * are none.
     */
    @Test
    void twoNodesRunningTheWatchAtOnceEscalateEachApplicationExactlyOnce() throws Exception {
        EntityManagerFactory secondNode = TestPersistenceUnit.create(CaseCoreTestDatabase.dataSource());
        ServiceTestSupport node2 = new ServiceTestSupport(secondNode, services.clock);
        List<ServiceTestSupport> nodes = List.of(services, node2);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        List<TrackingNumber> reported = Collections.synchronizedList(new ArrayList<>());
        Map<TrackingNumber, Long> overdue = new HashMap<>();
        try {
            for (int round = 0; round < 5; round++) {
                services.clock.set(T0.plus(Duration.ofDays(10L * round)));
                for (int i = 0; i < 20; i++) {
                    ApplicationSummary registered = services.register(101 + (i % 20), 1 + i).application();
                    overdue.put(registered.trackingNumber(), registered.version());
                }
                services.clock.set(T0.plus(Duration.ofDays(10L * round + 8)));
                CyclicBarrier together = new CyclicBarrier(nodes.size());
                List<Future<?>> runs = new ArrayList<>();
                for (ServiceTestSupport node : nodes) {
                    runs.add(pool.submit(() -> {
                        together.await();
                        List<EscalatedApplication> batch;
                        do {
                            batch = node.watch(DeadlineWatchBean::escalateOverdue);
                            batch.forEach(e -> reported.add(e.trackingNumber()));
                        } while (batch.size() == DeadlineWatchBean.BATCH);
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
                assertEquals(List.of(), services.watch(DeadlineWatchBean::escalateOverdue), "round " + round + " left none");
            }
        } finally {
            pool.shutdownNow();
            secondNode.close();
        }
        assertEquals(overdue.size(), reported.size(), "each escalation reported by one node only: " + reported);
        assertEquals(overdue.keySet(), new HashSet<>(reported));
        assertEquals(overdue.size(), CaseCoreTestDatabase.count("SELECT COUNT(*) FROM application_history WHERE actor = '"
                + DeadlineWatch.ACTOR + "'"), "one history line per escalation");
        assertEquals(0, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM application WHERE escalated_at IS NULL"));
        overdue.forEach((number, version) -> {
            ApplicationSummary now = services.lookups(b -> b.byTrackingNumber(number)).orElseThrow().summary();
            assertTrue(now.status() == ApplicationStatus.ESCALATED_GOVERNOR || now.status() == ApplicationStatus.ESCALATED_MINISTRY,
                    number + " " + now.status());
            assertEquals(version + 1, now.version(), number + ": one version step, one escalation");
        });
    }

    private static List<TrackingNumber> numbers(List<ApplicationSummary> list) {
        return list.stream().map(ApplicationSummary::trackingNumber).toList();
    }
}
