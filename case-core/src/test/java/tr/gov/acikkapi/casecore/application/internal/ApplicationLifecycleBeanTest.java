package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Duration;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.ArrayList;
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

class ApplicationLifecycleBeanTest {

    private static final Instant NOW = Instant.parse("2025-06-10T09:00:00Z");
    private static ServiceTestSupport services;

    @BeforeAll
    static void start() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(NOW));
        CaseCoreTestDatabase.deleteCaseData();
    }

    private static StatusChangeRequest to(ApplicationStatus status, String reason) {
        return StatusChangeRequest.of(status, reason, null, null);
    }

    @Test
    void movesAnApplicationToAConclusionStepByStep() {
        ApplicationSummary registered = services.register(1101, 6).application();
        TrackingNumber number = registered.trackingNumber();
        ApplicationSummary inProgress = services.lifecycle(bean -> bean.changeStatus(number, registered.version(),
                to(ApplicationStatus.IN_PROGRESS, "Ekip yönlendirildi"), "birim1"));
        assertEquals(ApplicationStatus.IN_PROGRESS, inProgress.status());
        assertTrue(inProgress.version() > registered.version());

        ApplicationSummary concluded = services.lifecycle(bean -> bean.changeStatus(number, inProgress.version(),
                StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, "Yol onarıldı.", null), "birim1"));
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, concluded.status());
        var detail = services.lookups(bean -> bean.byTrackingNumber(number)).orElseThrow();
        assertEquals(Optional.of("Yol onarıldı."), detail.outcomeExplanation());
        assertEquals(Optional.of(NOW), detail.concludedAt());
        assertEquals(4, detail.timeline().size());
    }

    @Test
    void refusesAMoveTheLifecycleDoesNotAllowAndChangesNothing() {
        ApplicationSummary registered = services.register(1101, 6).application();
        DomainException e = assertThrows(DomainException.class, () -> services.lifecycle(bean -> bean.changeStatus(
                registered.trackingNumber(), registered.version(),
                StatusChangeRequest.of(ApplicationStatus.CONCLUDED_NEGATIVE, null, "Olmaz.", null), "birim1")));
        assertEquals(DomainErrorCode.STATUS_TRANSITION_REFUSED, e.code());
        assertTrue(e.getMessage().contains("«Birime yönlendirildi» durumundaki başvuru"), e.getMessage());
        assertEquals(ApplicationStatus.ROUTED, services.lookups(bean -> bean.byTrackingNumber(registered.trackingNumber()))
                .orElseThrow().summary().status());
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentModification() {
        ApplicationSummary registered = services.register(1101, 6).application();
        services.lifecycle(bean -> bean.changeStatus(registered.trackingNumber(), registered.version(),
                to(ApplicationStatus.IN_PROGRESS, "ilk"), "birim1"));
        DomainException e = assertThrows(DomainException.class, () -> services.lifecycle(bean -> bean.changeStatus(
                registered.trackingNumber(), registered.version(), to(ApplicationStatus.IN_PROGRESS, "ikinci"), "birim2")));
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, e.code());
        assertTrue(e.getMessage().contains("başka bir kullanıcı tarafından değiştirildi"));
    }

    @Test
    void anEditCommittedWhileAnotherIsInFlightIsCaughtBeforeWriting() {
        ApplicationSummary registered = services.register(1101, 6).application();
        TrackingNumber number = registered.trackingNumber();
        EntityManager slow = CaseCoreTestDatabase.factory().createEntityManager();
        EntityTransaction tx = slow.getTransaction();
        try {
            tx.begin();
            Application loaded = new ApplicationRepository(slow).require(number);
            assertEquals(registered.version(), loaded.version());

            services.lifecycle(bean -> bean.changeStatus(number, registered.version(), to(ApplicationStatus.IN_PROGRESS, "hızlı"), "birim1"));

            DomainException e = assertThrows(DomainException.class, () -> new ApplicationLifecycleBean(slow, services.clock)
                    .changeStatus(number, registered.version(), to(ApplicationStatus.IN_PROGRESS, "yavaş"), "birim2"));
            assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, e.code());
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            slow.close();
        }
        var history = services.lookups(bean -> bean.byTrackingNumber(number)).orElseThrow().timeline();
        assertEquals(List.of("hızlı"), history.stream().filter(t -> t.toStatus().equals(Optional.of(ApplicationStatus.IN_PROGRESS)))
                .map(TimelineEntry::text).toList());
    }

    @Test
    void twoEditsOfTheSameVersionAtOnceQueueOnTheRowAndExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                ApplicationSummary registered = services.register(1101, 6).application();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Optional<DomainException>>> edits = new ArrayList<>();
                for (int editor = 1; editor <= 2; editor++) {
                    String actor = "birim" + editor;
                    edits.add(pool.submit(() -> {
                        together.await();
                        try {
                            services.lifecycle(bean -> bean.changeStatus(registered.trackingNumber(), registered.version(),
                                    to(ApplicationStatus.IN_PROGRESS, actor), actor));
                            return Optional.empty();
                        } catch (DomainException e) {
                            return Optional.of(e);
                        }
                    }));
                }
                List<DomainException> refused = new ArrayList<>();
                for (Future<Optional<DomainException>> edit : edits) {
                    edit.get(60, TimeUnit.SECONDS).ifPresent(refused::add);
                }
                assertEquals(1, refused.size(), "round " + round + ": exactly one edit is refused");
                DomainException loser = refused.get(0);
                assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, loser.code());
                for (Throwable cause = loser.getCause(); cause != null; cause = cause.getCause()) {
                    assertFalse(cause instanceof SQLTransactionRollbackException,
                            "round " + round + ": the conflict was found by the version, not by a deadlock: " + cause);
                }
                assertEquals(1, services.lookups(bean -> bean.byTrackingNumber(registered.trackingNumber())).orElseThrow()
                        .timeline().stream().filter(t -> t.toStatus().equals(Optional.of(ApplicationStatus.IN_PROGRESS))).count());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReceivedApplicationIsRoutedByTheRules() {
        TrackingNumber number = services.inTransaction(em -> {
            var type = em.find(ApplicationType.class, 1601);
            var province = em.find(Province.class, (short) 46);
            var citizen = new CitizenRegistry(em).findOrCreate(ServiceTestSupport.citizen(ServiceTestSupport.newTcKimlikNo(),
                    "Web", "Başvurusu", null, 46), NOW).citizen();
            Application application = Application.register(new TrackingNumberIssuer(em).next(), citizen,
                    ApplicationKind.REQUEST, type, province, null,
                    IntakeChannel.WEB, "Konut", "Konteynerdeyiz.", "web", NOW);
            em.persist(application);
            return application.trackingNumber();
        });
        long version = services.lookups(b -> b.byTrackingNumber(number)).orElseThrow().summary().version();
        ApplicationSummary routed = services.lifecycle(b -> b.route(number, version, "ajan1"));
        assertEquals(ApplicationStatus.ROUTED, routed.status());
        assertEquals(Optional.of("Kahramanmaraş Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü"), routed.unitName());
        assertEquals(DomainErrorCode.STATUS_TRANSITION_REFUSED, assertThrows(DomainException.class,
                () -> services.lifecycle(b -> b.route(number, routed.version(), "ajan1"))).code());
    }

    @Test
    void notesJoinTheTimelineInOrder() {
        ApplicationSummary registered = services.register(301, 42).application();
        services.clock.advance(Duration.ofMinutes(10));
        TimelineEntry note = services.lifecycle(bean -> bean.addNote(registered.trackingNumber(), "Vatandaş belge getirecek.", "ajan3"));
        services.clock.set(NOW);
        assertEquals(TimelineEntry.Kind.NOTE, note.kind());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), note.at());
        var timeline = services.lookups(bean -> bean.byTrackingNumber(registered.trackingNumber())).orElseThrow().timeline();
        assertEquals(TimelineEntry.Kind.NOTE, timeline.get(timeline.size() - 1).kind());
        assertEquals("Vatandaş belge getirecek.", timeline.get(timeline.size() - 1).text());
    }

    @Test
    void unknownTrackingNumbersAreReportedClearly() {
        DomainException e = assertThrows(DomainException.class,
                () -> services.lifecycle(bean -> bean.addNote(TrackingNumber.of(999_999_998), "x", "ajan1")));
        assertEquals(DomainErrorCode.APPLICATION_NOT_FOUND, e.code());
        assertTrue(e.getMessage().endsWith("numaralı başvuru bulunamadı."));
    }

    @Test
    void surveysAreTakenOnceAndOnlyForConcludedApplications() {
        ApplicationSummary registered = services.register(1101, 6).application();
        TrackingNumber number = registered.trackingNumber();
        assertEquals(DomainErrorCode.SURVEY_NOT_ALLOWED, assertThrows(DomainException.class, () -> services.lifecycle(bean -> {
            bean.recordSurveyResponse(number, 5, null, "anket");
            return null;
        })).code());
        ApplicationSummary inProgress = services.lifecycle(bean -> bean.changeStatus(number, registered.version(),
                to(ApplicationStatus.IN_PROGRESS, "x"), "b"));
        services.lifecycle(bean -> bean.changeStatus(number, inProgress.version(),
                StatusChangeRequest.of(ApplicationStatus.REDIRECTED, null, "Yetki belediyede.", "Beyaz Masa 153"), "b"));
        services.lifecycle(bean -> {
            bean.recordSurveyResponse(number, 4, "İlgilendiler", "anket");
            return null;
        });
        assertThrows(DomainException.class, () -> services.lifecycle(bean -> {
            bean.recordSurveyResponse(number, 5, null, "anket");
            return null;
        }));
        assertEquals(1, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM survey_response s JOIN application a ON a.id = s.application_id "
                + "WHERE a.tracking_no = '" + number.value() + "' AND s.score = 4"));
    }
}
