package tr.gov.acikkapi.casecore.domain.model.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatusChangeRequestTest {

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"CONCLUDED_POSITIVE", "CONCLUDED_NEGATIVE", "REDIRECTED"})
    void everyConclusionNeedsAnOutcomeExplanation(ApplicationStatus target) {
        DomainException e = assertThrows(DomainException.class,
                () -> StatusChangeRequest.of(target, "Gerekçe", "  ", "Alternatif"));
        assertEquals(DomainErrorCode.OUTCOME_EXPLANATION_REQUIRED, e.code());
    }

    @Test
    void aRedirectionNeedsTheAlternativesOffered() {
        DomainException e = assertThrows(DomainException.class,
                () -> StatusChangeRequest.of(ApplicationStatus.REDIRECTED, "", "Yasal engel var: imar planı izin vermiyor.", null));
        assertEquals(DomainErrorCode.ALTERNATIVES_REQUIRED, e.code());
    }

    @Test
    void aRedirectionWithExplanationAndAlternativesIsAccepted() {
        StatusChangeRequest request = StatusChangeRequest.of(ApplicationStatus.REDIRECTED, null,
                "İmar planı izin vermiyor.", "Belediyenin plan tadilatı sürecine başvurabilirsiniz.");
        assertEquals(Optional.of("Belediyenin plan tadilatı sürecine başvurabilirsiniz."), request.alternativesOffered());
        assertEquals("İmar planı izin vermiyor.", request.reason());
    }

    @Test
    void aPositiveConclusionTakesTheExplanationAsReasonWhenNoneIsGiven() {
        StatusChangeRequest request = StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, " ",
                " Yol onarımı tamamlandı. ", null);
        assertEquals("Yol onarımı tamamlandı.", request.reason());
        assertEquals(Optional.of("Yol onarımı tamamlandı."), request.outcomeExplanation());
    }

    @Test
    void anExplicitReasonIsKeptBesideTheExplanation() {
        StatusChangeRequest request = StatusChangeRequest.of(ApplicationStatus.CONCLUDED_NEGATIVE, "Birim cevabı geldi",
                "Talep mevzuata uygun değil.", "");
        assertEquals("Birim cevabı geldi", request.reason());
    }

    @Test
    void alternativesAreOnlyForRedirections() {
        assertEquals(DomainErrorCode.OUTCOME_NOT_EXPECTED, assertThrows(DomainException.class,
                () -> StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, "", "Tamam", "Alternatif")).code());
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"ROUTED", "IN_PROGRESS"})
    void nonConclusionsTakeNoOutcome(ApplicationStatus target) {
        assertEquals(DomainErrorCode.OUTCOME_NOT_EXPECTED, assertThrows(DomainException.class,
                () -> StatusChangeRequest.of(target, "Gerekçe", "Sonuç", null)).code());
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"ROUTED", "IN_PROGRESS"})
    void nonConclusionsNeedAReason(ApplicationStatus target) {
        DomainException e = assertThrows(DomainException.class, () -> StatusChangeRequest.of(target, "  ", null, null));
        assertEquals(DomainErrorCode.REASON_REQUIRED, e.code());
        assertEquals("Durum değişikliğinin gerekçesini yazın.", e.getMessage());
    }

    @Test
    void aMissingTargetIsRefused() {
        assertEquals(DomainErrorCode.STATUS_TRANSITION_REFUSED,
                assertThrows(DomainException.class, () -> StatusChangeRequest.of(null, "x", null, null)).code());
    }

    @Test
    void aLongExplanationIsCutToTheReasonLengthWhenUsedAsReason() {
        String explanation = "a".repeat(StatusChangeRequest.REASON_LENGTH + 50);
        StatusChangeRequest request = StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, explanation, null);
        assertEquals(StatusChangeRequest.REASON_LENGTH, request.reason().length());
    }
}
