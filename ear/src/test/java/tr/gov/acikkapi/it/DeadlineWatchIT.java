package tr.gov.acikkapi.it;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.DeadlineWatch;
import tr.gov.acikkapi.casecore.application.EscalatedApplication;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline watch inside the deployed EAR, on MariaDB, with the time passed to it (the timer passes the clock's).
 *
 * <p>Instants are whole milliseconds, as the database keeps them.
 *
 * <p>Escalating "8 days from now" would send up every open demo application too, which other tests rely on; so the
 * scenarios that move time forward run in one transaction that is rolled back at the end, and the concurrent runs
 * (which must commit to guard each other) work on applications of this test registered 8 days earlier. The product's
 * own timer keeps running meanwhile: it is one more concurrent run, and the assertions allow for it.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineWatchIT {

    private static final Duration DAY = Duration.ofHours(24);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(DeadlineWatchIT.class, TestApplications.class, Backdating.class);
    }

    @Inject
    Intake intake;

    @Inject
    DeadlineWatch watch;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    Lookups lookups;

    @Inject
    Backdating backdating;

    private ApplicationSummary register(int typeId) {
        return intake.register(TestApplications.application(TestApplications.newCitizen(), typeId)).application();
    }

    @Test
    void overdueApplicationsAreEscalatedOnceEachToWhomTheRulesSayAndCanStillBeConcluded() throws Exception {
        ApplicationSummary health = register(101);          // Sağlık: the governor (default rule)
        ApplicationSummary identity = register(701);        // Nüfus ve vatandaşlık: the ministry
        ApplicationSummary legislation = register(124);     // problem area LEGISLATION: the ministry
        ApplicationSummary concluded = TestApplications.conclude(lifecycle, register(1101));
        List<ApplicationSummary> open = List.of(health, identity, legislation);
        Instant lastDeadline = open.stream().map(ApplicationSummary::deadlineAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant afterDeadlines = lastDeadline.plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MILLIS);

        inTransactionRolledBack(() -> {
            List<EscalatedApplication> escalated = escalateAll(afterDeadlines);
            Map<TrackingNumber, Long> times = escalated.stream()
                    .collect(Collectors.groupingBy(EscalatedApplication::trackingNumber, Collectors.counting()));
            assertTrue(times.values().stream().allMatch(n -> n == 1), "no application escalated twice: " + times);
            Map<TrackingNumber, EscalationTarget> ours = escalated.stream()
                    .filter(e -> numbers(open).contains(e.trackingNumber()) || e.trackingNumber().equals(concluded.trackingNumber()))
                    .collect(Collectors.toMap(EscalatedApplication::trackingNumber, EscalatedApplication::target));
            assertEquals(Map.of(health.trackingNumber(), EscalationTarget.GOVERNOR,
                    identity.trackingNumber(), EscalationTarget.MINISTRY,
                    legislation.trackingNumber(), EscalationTarget.MINISTRY), ours);
            assertTrue(escalated.stream().filter(e -> ours.containsKey(e.trackingNumber()))
                    .allMatch(e -> e.previousStatus() == ApplicationStatus.ROUTED && e.escalatedAt().equals(afterDeadlines)));
            assertEquals(List.of(), watch.escalateOverdue(afterDeadlines), "a second run escalates nothing");
            assertEquals(List.of(), watch.escalateOverdue(afterDeadlines.plus(Duration.ofDays(3))), "nor does a later one");

            ApplicationDetail sentUp = lookups.byTrackingNumber(identity.trackingNumber()).orElseThrow();
            assertEquals(ApplicationStatus.ESCALATED_MINISTRY, sentUp.summary().status());
            assertEquals(Optional.of(afterDeadlines), sentUp.escalatedAt());
            TimelineEntry step = sentUp.timeline().stream().filter(t -> t.actor().equals(DeadlineWatch.ACTOR))
                    .collect(single());
            assertEquals(Optional.of(ApplicationStatus.ROUTED), step.fromStatus());
            assertEquals(Optional.of(ApplicationStatus.ESCALATED_MINISTRY), step.toStatus());
            assertEquals(afterDeadlines, step.at());
            assertEquals("7 günlük cevap süresi aşıldı; başvuru İçişleri Bakanlığına iletildi.", step.text());
            assertEquals(ApplicationStatus.CONCLUDED_POSITIVE,
                    lookups.byTrackingNumber(concluded.trackingNumber()).orElseThrow().summary().status());

            Instant justBefore = open.stream().map(ApplicationSummary::deadlineAt).min(Comparator.naturalOrder()).orElseThrow()
                    .minusMillis(1);
            assertEquals(List.of(), ours(numbers(watch.dueWithin(justBefore, DAY)), health, identity, legislation),
                    "escalated applications are no longer 'due within 24 hours'");

            ApplicationSummary atGovernor = lookups.byTrackingNumber(health.trackingNumber()).orElseThrow().summary();
            assertEquals(ApplicationStatus.ESCALATED_GOVERNOR, atGovernor.status());
            ApplicationSummary backAtWork = lifecycle.changeStatus(health.trackingNumber(), atGovernor.version(),
                    StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "Vali talimatıyla ele alındı", null, null), "birim");
            ApplicationSummary done = lifecycle.changeStatus(health.trackingNumber(), backAtWork.version(),
                    StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, "Randevu verildi.", null), "birim");
            assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, done.status());
            assertEquals(Optional.of(EscalationTarget.GOVERNOR), done.escalationTarget(), "where it was sent up to stays known");
        });

        for (ApplicationSummary application : open) {
            ApplicationDetail untouched = lookups.byTrackingNumber(application.trackingNumber()).orElseThrow();
            assertEquals(ApplicationStatus.ROUTED, untouched.summary().status(), "the rolled back escalation left no trace");
            assertEquals(Optional.empty(), untouched.escalatedAt());
        }
    }

    @Test
    void dueWithin24HoursListsTheOpenApplicationsFallingDueInTheNextDayNearestFirst() {
        ApplicationSummary first = register(101);
        ApplicationSummary second = register(301);
        ApplicationSummary concluded = TestApplications.conclude(lifecycle, register(1101));
        Instant firstDeadline = first.deadlineAt();
        assertTrue(firstDeadline.isBefore(second.deadlineAt()), "registered one after the other");

        List<TrackingNumber> fromFirstDeadline = numbers(watch.dueWithin(firstDeadline.minusMillis(1), DAY));
        assertEquals(List.of(first.trackingNumber(), second.trackingNumber()), fromFirstDeadline.subList(0, 2),
                "both fall due within the day, nearest first");
        assertFalse(fromFirstDeadline.contains(concluded.trackingNumber()), "a concluded application is never due");

        assertEquals(List.of(), ours(numbers(watch.dueWithin(firstDeadline.minus(Duration.ofHours(25)), DAY)), first, second),
                "25 hours before, neither falls due within the day");
        assertEquals(List.of(second.trackingNumber()),
                ours(numbers(watch.dueWithin(firstDeadline.plusMillis(1), DAY)), first, second),
                "once past its deadline an application is overdue, not due");
        assertEquals(List.of(), ours(numbers(watch.dueWithin(DAY)), first, second), "by the clock, a week is left");
    }

    @Test
    void twoConcurrentRunsEscalateEachApplicationOnce() throws Exception {
        List<ApplicationSummary> overdue = new ArrayList<>();
        int[] types = {101, 701, 124, 301, 1101, 201};
        for (int i = 0; i < 18; i++) {
            overdue.add(register(types[i % types.length]));
        }
        backdating.registeredEarlier(overdue.stream().map(ApplicationSummary::id).toList(), 8);
        Set<TrackingNumber> ours = new HashSet<>(numbers(overdue));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<List<EscalatedApplication>> runs = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<List<EscalatedApplication>>> futures = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                futures.add(pool.submit(() -> {
                    together.await();
                    return escalateAll(now);
                }));
            }
            for (Future<List<EscalatedApplication>> future : futures) {
                runs.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<TrackingNumber> reported = runs.stream().flatMap(List::stream).map(EscalatedApplication::trackingNumber)
                .filter(ours::contains).toList();
        assertEquals(new HashSet<>(reported).size(), reported.size(), "no application reported by both runs: " + reported);
        for (ApplicationSummary application : overdue) {
            ApplicationDetail detail = lookups.byTrackingNumber(application.trackingNumber()).orElseThrow();
            List<TimelineEntry> steps = detail.timeline().stream().filter(t -> t.actor().equals(DeadlineWatch.ACTOR)).toList();
            assertEquals(1, steps.size(), application.trackingNumber() + " escalated exactly once: " + steps);
            assertTrue(detail.summary().status() == ApplicationStatus.ESCALATED_GOVERNOR
                    || detail.summary().status() == ApplicationStatus.ESCALATED_MINISTRY, detail.summary().status().name());
            boolean byTheseRuns = steps.get(0).at().equals(now);
            assertEquals(byTheseRuns, reported.contains(application.trackingNumber()),
                    application.trackingNumber() + ": reported by a run exactly when that run escalated it "
                            + "(the product's timer may have been faster)");
        }
        assertTrue(numbers(watch.pastDeadline(500)).containsAll(ours), "escalated, they stay on the past-deadline list");
    }

    /** Runs the watch as the timer does, batch after batch, until a run escalates nothing. */
    private List<EscalatedApplication> escalateAll(Instant now) {
        List<EscalatedApplication> all = new ArrayList<>();
        List<EscalatedApplication> batch;
        do {
            batch = watch.escalateOverdue(now);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs the work in one transaction (every service call joins it) and rolls it back, whatever happens. */
    private static void inTransactionRolledBack(Work work) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            work.run();
        } finally {
            tx.rollback();
        }
    }

    private static List<TrackingNumber> numbers(List<ApplicationSummary> applications) {
        return applications.stream().map(ApplicationSummary::trackingNumber).toList();
    }

    /** The numbers of {@code mine} in the order {@code listed} has them. */
    private static List<TrackingNumber> ours(List<TrackingNumber> listed, ApplicationSummary... mine) {
        Set<TrackingNumber> wanted = Arrays.stream(mine).map(ApplicationSummary::trackingNumber).collect(Collectors.toSet());
        return listed.stream().filter(wanted::contains).toList();
    }

    private static <T> Collector<T, ?, T> single() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertEquals(1, list.size(), "exactly one: " + list);
            return list.get(0);
        });
    }
}
