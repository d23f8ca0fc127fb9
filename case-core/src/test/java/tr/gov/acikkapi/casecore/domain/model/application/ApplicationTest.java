package tr.gov.acikkapi.casecore.domain.model.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.DomainFixtures;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationTest {

    private static final Instant REGISTERED = Instant.parse("2025-05-01T08:00:00Z");
    private Province ankara;
    private Application application;

    @BeforeEach
    void register() {
        ankara = DomainFixtures.ankara();
        application = Application.register(TrackingNumber.of(100_000_001), DomainFixtures.citizen("100000001", "Ayşe", "Yılmaz", REGISTERED),
                ApplicationKind.COMPLAINT, DomainFixtures.hospitalAppointment(), ankara, District.of("çankaya"),
                IntakeChannel.CALL_CENTER, "  MHRS randevu  ", "Üç haftadır kardiyoloji randevusu bulamıyorum.", "ajan1", REGISTERED);
    }

    private Instant later(long hours) {
        return REGISTERED.plus(Duration.ofHours(hours));
    }

    @Test
    void registrationStartsReceivedWithASevenDayDeadlineAndAHistoryLine() {
        assertEquals(ApplicationStatus.RECEIVED, application.status());
        assertEquals(REGISTERED.plus(Duration.ofDays(7)), application.deadlineAt());
        assertEquals("MHRS randevu", application.subject());
        assertEquals(Optional.of(District.of("Çankaya")), application.district());
        assertEquals(Optional.empty(), application.unit());
        StatusChange first = application.history().get(0);
        assertEquals(Optional.empty(), first.fromStatus());
        assertEquals(ApplicationStatus.RECEIVED, first.toStatus());
        assertEquals("ajan1", first.actor());
        assertEquals("Şikayet alındı (kanal: Çağrı merkezi).", first.reason());
    }

    @Test
    void registrationRefusesABlankSubjectOrActor() {
        assertThrows(DomainException.class, () -> Application.register(TrackingNumber.of(2), DomainFixtures.citizen("100000001", "A", "B", REGISTERED),
                ApplicationKind.REQUEST, DomainFixtures.hospitalAppointment(), ankara, null, IntakeChannel.WEB, " ", "x", "web", REGISTERED));
        assertThrows(DomainException.class, () -> Application.register(TrackingNumber.of(2), DomainFixtures.citizen("100000001", "A", "B", REGISTERED),
                ApplicationKind.REQUEST, DomainFixtures.hospitalAppointment(), ankara, null, IntakeChannel.WEB, "Konu", "x", " ", REGISTERED));
    }

    @Test
    void walksTheWholeLifecycleRecordingEveryStep() {
        application.routeTo(DomainFixtures.healthDirectorate(ankara), "sistem", later(0));
        application.changeStatus(StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "Birim incelemeye aldı", null, null), "birim1", later(5));
        application.changeStatus(StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null,
                "Randevunuz 12 Mayıs'a verildi.", null), "birim1", later(30));
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, application.status());
        assertEquals(Optional.of("Randevunuz 12 Mayıs'a verildi."), application.outcomeExplanation());
        assertEquals(Optional.of(later(30)), application.concludedAt());
        assertEquals("Ankara İl Sağlık Müdürlüğü", application.unit().orElseThrow().name());
        List<StatusChange> history = application.history();
        assertEquals(4, history.size());
        assertEquals(List.of(ApplicationStatus.RECEIVED, ApplicationStatus.ROUTED, ApplicationStatus.IN_PROGRESS,
                ApplicationStatus.CONCLUDED_POSITIVE), history.stream().map(StatusChange::toStatus).toList());
        assertEquals("Ankara İl Sağlık Müdürlüğü birimine yönlendirildi.", history.get(1).reason());
        assertEquals(Optional.of(ApplicationStatus.IN_PROGRESS), history.get(3).fromStatus());
    }

    @Test
    void aRedirectionKeepsTheAlternativesOffered() {
        application.routeTo(DomainFixtures.healthDirectorate(ankara), "sistem", later(0));
        application.changeStatus(StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "İnceleniyor", null, null), "b", later(1));
        application.changeStatus(StatusChangeRequest.of(ApplicationStatus.REDIRECTED, null, "Branşta hekim yok.",
                "Komşu ildeki eğitim araştırma hastanesine sevk yapılabilir."), "b", later(2));
        assertEquals(Optional.of("Komşu ildeki eğitim araştırma hastanesine sevk yapılabilir."), application.alternativesOffered());
    }

    @Test
    void refusesToSkipSteps() {
        DomainException e = assertThrows(DomainException.class, () -> application.changeStatus(
                StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "atla", null, null), "x", later(1)));
        assertEquals(DomainErrorCode.STATUS_TRANSITION_REFUSED, e.code());
        assertEquals(ApplicationStatus.RECEIVED, application.status());
        assertEquals(1, application.history().size());
    }

    @Test
    void refusesRoutedWithoutAUnit() {
        DomainException e = assertThrows(DomainException.class, () -> application.changeStatus(
                StatusChangeRequest.of(ApplicationStatus.ROUTED, "elle", null, null), "x", later(1)));
        assertTrue(e.getMessage().contains("birime atanmadan"));
    }

    @Test
    void escalatesOnlyPastTheDeadlineAndOnlyOnce() {
        application.routeTo(DomainFixtures.healthDirectorate(ankara), "sistem", later(0));
        Instant deadline = application.deadlineAt();
        assertFalse(application.isOverdue(deadline));
        assertThrows(DomainException.class, () -> application.escalate(EscalationTarget.GOVERNOR, "süre-takibi", deadline));
        assertTrue(application.isOverdue(deadline.plusSeconds(1)));

        StatusChange change = application.escalate(EscalationTarget.MINISTRY, "süre-takibi", deadline.plusSeconds(60));
        assertEquals(ApplicationStatus.ESCALATED_MINISTRY, application.status());
        assertEquals(Optional.of(EscalationTarget.MINISTRY), application.escalationTarget());
        assertEquals("7 günlük cevap süresi aşıldı; başvuru İçişleri Bakanlığına iletildi.", change.reason());
        assertFalse(application.isOverdue(deadline.plusSeconds(120)));

        application.changeStatus(StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "Bakanlık talimatıyla işleme alındı", null, null),
                "birim1", deadline.plusSeconds(3600));
        assertEquals(ApplicationStatus.IN_PROGRESS, application.status());
        assertFalse(application.isOverdue(deadline.plusSeconds(7200)));
        assertEquals(DomainErrorCode.ESCALATION_REFUSED, assertThrows(DomainException.class,
                () -> application.escalate(EscalationTarget.GOVERNOR, "süre-takibi", deadline.plusSeconds(7200))).code());
        assertEquals(Optional.of(EscalationTarget.MINISTRY), application.escalationTarget());

        application.changeStatus(StatusChangeRequest.of(ApplicationStatus.CONCLUDED_NEGATIVE, null, "Mevzuat izin vermiyor.", null),
                "birim1", deadline.plusSeconds(9000));
        assertTrue(application.status().isConcluded());
    }

    @Test
    void anEscalatedApplicationCanBeConcludedDirectly() {
        application.escalate(EscalationTarget.GOVERNOR, "süre-takibi", application.deadlineAt().plusSeconds(1));
        application.changeStatus(StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, "Vali talimatıyla çözüldü.", null),
                "vali-yardimcisi", application.deadlineAt().plusSeconds(100));
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, application.status());
        assertEquals(Optional.of(ApplicationStatus.ESCALATED_GOVERNOR), application.history().get(2).fromStatus());
    }

    @Test
    void notesAreKeptInOrder() {
        application.addNote("Vatandaş tekrar aradı.", "ajan2", later(2));
        application.addNote("Birimden bilgi istendi.", "ajan1", later(3));
        assertEquals(List.of("Vatandaş tekrar aradı.", "Birimden bilgi istendi."),
                application.notes().stream().map(ApplicationNote::body).toList());
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING,
                assertThrows(DomainException.class, () -> application.addNote("   ", "ajan1", later(4))).code());
    }

    @Test
    void timeLeftCountsDownToTheDeadline() {
        assertEquals(Duration.ofDays(7), application.timeLeft(REGISTERED));
        assertEquals(Duration.ofHours(-1), application.timeLeft(application.deadlineAt().plus(Duration.ofHours(1))));
    }

    @Test
    void surveyScoresAreOneToFive() {
        assertEquals(DomainErrorCode.SURVEY_SCORE_OUT_OF_RANGE,
                assertThrows(DomainException.class, () -> new SurveyResponse(application, 0, null, later(1), "anket")).code());
        assertThrows(DomainException.class, () -> new SurveyResponse(application, 6, null, later(1), "anket"));
        assertTrue(new SurveyResponse(application, 4, " ", later(1), "anket").satisfied());
        assertFalse(new SurveyResponse(application, 3, "Geç döndüler", later(1), "anket").satisfied());
    }
}
