package tr.gov.acikkapi.casecore.domain.model.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.CONCLUDED_NEGATIVE;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.CONCLUDED_POSITIVE;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.ESCALATED_GOVERNOR;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.ESCALATED_MINISTRY;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.IN_PROGRESS;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.RECEIVED;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.REDIRECTED;
import static tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus.ROUTED;

class ApplicationStatusTest {

    /** The allowed manual moves, written out independently of the production table. */
    private static final List<ApplicationStatus[]> ALLOWED = List.of(
            new ApplicationStatus[] {RECEIVED, ROUTED},
            new ApplicationStatus[] {ROUTED, IN_PROGRESS},
            new ApplicationStatus[] {IN_PROGRESS, CONCLUDED_POSITIVE},
            new ApplicationStatus[] {IN_PROGRESS, CONCLUDED_NEGATIVE},
            new ApplicationStatus[] {IN_PROGRESS, REDIRECTED},
            new ApplicationStatus[] {ESCALATED_GOVERNOR, IN_PROGRESS},
            new ApplicationStatus[] {ESCALATED_GOVERNOR, CONCLUDED_POSITIVE},
            new ApplicationStatus[] {ESCALATED_GOVERNOR, CONCLUDED_NEGATIVE},
            new ApplicationStatus[] {ESCALATED_GOVERNOR, REDIRECTED},
            new ApplicationStatus[] {ESCALATED_MINISTRY, IN_PROGRESS},
            new ApplicationStatus[] {ESCALATED_MINISTRY, CONCLUDED_POSITIVE},
            new ApplicationStatus[] {ESCALATED_MINISTRY, CONCLUDED_NEGATIVE},
            new ApplicationStatus[] {ESCALATED_MINISTRY, REDIRECTED});

    private static boolean allowed(ApplicationStatus from, ApplicationStatus to) {
        return ALLOWED.stream().anyMatch(pair -> pair[0] == from && pair[1] == to);
    }

    static Stream<Arguments> allowedMoves() {
        return ALLOWED.stream().map(pair -> Arguments.of(pair[0], pair[1]));
    }

    static Stream<Arguments> refusedMoves() {
        List<Arguments> refused = new ArrayList<>();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                if (!allowed(from, to)) {
                    refused.add(Arguments.of(from, to));
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0} → {1} allowed")
    @MethodSource("allowedMoves")
    void allowsEveryMoveOfTheLifecycle(ApplicationStatus from, ApplicationStatus to) {
        assertDoesNotThrow(() -> from.requireManualTransitionTo(to));
        assertTrue(from.manualSuccessors().contains(to));
    }

    @ParameterizedTest(name = "{0} → {1} refused")
    @MethodSource("refusedMoves")
    void refusesEveryOtherMoveSayingWhy(ApplicationStatus from, ApplicationStatus to) {
        DomainException e = assertThrows(DomainException.class, () -> from.requireManualTransitionTo(to));
        assertEquals(DomainErrorCode.STATUS_TRANSITION_REFUSED, e.code());
        String message = e.getMessage();
        if (from == to) {
            assertTrue(message.startsWith("Başvuru zaten"), message);
        } else if (from.isConcluded()) {
            assertTrue(message.contains("sonuçlanmış başvurunun durumu değiştirilemez"), message);
        } else if (to.isEscalated()) {
            assertTrue(message.contains("süre takibi"), message);
        } else {
            assertTrue(message.contains("yalnızca"), message);
            assertTrue(message.contains(from.label()) && message.contains(to.label()), message);
        }
    }

    @Test
    void everyPairIsEitherAllowedOrRefused() {
        assertEquals(64, allowedMoves().count() + refusedMoves().count());
        assertEquals(13, allowedMoves().count());
    }

    @Test
    void refusesAMissingTarget() {
        assertEquals(DomainErrorCode.STATUS_TRANSITION_REFUSED,
                assertThrows(DomainException.class, () -> RECEIVED.requireManualTransitionTo(null)).code());
    }

    @Test
    void refusalListsTheAllowedNextStatuses() {
        DomainException e = assertThrows(DomainException.class, () -> RECEIVED.requireManualTransitionTo(IN_PROGRESS));
        assertEquals("«Alındı» durumundaki başvuru «İşlemde» durumuna alınamaz; bu durumdan yalnızca "
                + "«Birime yönlendirildi» durumuna geçilebilir.", e.getMessage());
    }

    @Test
    void classifiesStatuses() {
        assertEquals(EnumSet.of(CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED), ApplicationStatus.concluded());
        assertEquals(EnumSet.of(RECEIVED, ROUTED, IN_PROGRESS, ESCALATED_GOVERNOR, ESCALATED_MINISTRY), ApplicationStatus.open());
        assertEquals(EnumSet.of(RECEIVED, ROUTED, IN_PROGRESS), ApplicationStatus.escalatable());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(!status.isConcluded(), status.isOpen());
            assertEquals(status.isEscalated(), status.escalationTarget().isPresent());
            assertFalse(status.label().isBlank());
        }
        assertEquals(Optional.of(EscalationTarget.MINISTRY), ESCALATED_MINISTRY.escalationTarget());
        assertEquals(ESCALATED_GOVERNOR, EscalationTarget.GOVERNOR.escalatedStatus());
        assertEquals(ESCALATED_MINISTRY, EscalationTarget.MINISTRY.escalatedStatus());
    }

    // --- escalation by the deadline watch ---

    private static final Instant DEADLINE = Instant.parse("2025-03-08T09:00:00Z");
    private static final Instant AFTER = DEADLINE.plus(Duration.ofMinutes(1));

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"RECEIVED", "ROUTED", "IN_PROGRESS"})
    void escalatesOpenApplicationsPastTheirDeadline(ApplicationStatus status) {
        assertDoesNotThrow(() -> status.requireEscalation(Optional.empty(), DEADLINE, AFTER));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"RECEIVED", "ROUTED", "IN_PROGRESS"})
    void doesNotEscalateBeforeOrAtTheDeadline(ApplicationStatus status) {
        for (Instant now : new Instant[] {DEADLINE.minusSeconds(1), DEADLINE}) {
            DomainException e = assertThrows(DomainException.class, () -> status.requireEscalation(Optional.empty(), DEADLINE, now));
            assertEquals(DomainErrorCode.ESCALATION_REFUSED, e.code());
            assertTrue(e.getMessage().contains("süresi dolmadı"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"CONCLUDED_POSITIVE", "CONCLUDED_NEGATIVE", "REDIRECTED"})
    void neverEscalatesConcludedApplications(ApplicationStatus status) {
        DomainException e = assertThrows(DomainException.class, () -> status.requireEscalation(Optional.empty(), DEADLINE, AFTER));
        assertEquals(DomainErrorCode.ESCALATION_REFUSED, e.code());
        assertTrue(e.getMessage().contains("Sonuçlanmış"));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"ESCALATED_GOVERNOR", "ESCALATED_MINISTRY"})
    void escalatesOnlyOnce(ApplicationStatus status) {
        DomainException e = assertThrows(DomainException.class, () -> status.requireEscalation(Optional.empty(), DEADLINE, AFTER));
        assertTrue(e.getMessage().contains("yalnızca bir kez"));
    }

    @Test
    void anApplicationBackInProgressAfterEscalationIsNotEscalatedAgain() {
        DomainException e = assertThrows(DomainException.class,
                () -> IN_PROGRESS.requireEscalation(Optional.of(DEADLINE.plusSeconds(5)), DEADLINE, AFTER.plusSeconds(3600)));
        assertEquals(DomainErrorCode.ESCALATION_REFUSED, e.code());
    }

    @Test
    void manualSuccessorsOfConcludedStatusesAreEmpty() {
        for (ApplicationStatus status : ApplicationStatus.concluded()) {
            assertEquals(Set.of(), status.manualSuccessors());
        }
    }
}
