package tr.gov.acikkapi.casecore.domain.model.application;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.util.Objects;
import java.util.Optional;

/**
 * A person's request to move an application to another status, with what the rules demand:
 * a reason for every move; for a conclusion the outcome explanation (sonuç açıklaması); for a
 * redirection also the alternative solutions offered to the citizen. Built through {@link #of},
 * which trims the texts and checks that they fit the target status.
 *
 * @param target              the status wanted
 * @param reason              why, as written to the history
 * @param outcomeExplanation  the answer given to the citizen, present exactly for conclusions
 * @param alternativesOffered the alternatives offered, present exactly for {@link ApplicationStatus#REDIRECTED}
 */
public record StatusChangeRequest(ApplicationStatus target, String reason, Optional<String> outcomeExplanation,
                                  Optional<String> alternativesOffered) {

    /** Longest reason kept in the history. */
    public static final int REASON_LENGTH = 1000;
    /** Longest outcome explanation and alternatives text. */
    public static final int OUTCOME_LENGTH = 4000;

    public StatusChangeRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(outcomeExplanation, "outcomeExplanation");
        Objects.requireNonNull(alternativesOffered, "alternativesOffered");
    }

    /**
     * Validates and builds a request. For a conclusion the reason may be left blank: the outcome
     * explanation then serves as the reason.
     */
    public static StatusChangeRequest of(ApplicationStatus target, String reason, String outcomeExplanation,
                                         String alternativesOffered) {
        if (target == null) {
            throw new DomainException(DomainErrorCode.STATUS_TRANSITION_REFUSED, "Yeni durum seçilmedi.");
        }
        Optional<String> explanation = FreeText.optional(outcomeExplanation, "Sonuç açıklaması", OUTCOME_LENGTH);
        Optional<String> alternatives = FreeText.optional(alternativesOffered, "Sunulan alternatif çözümler", OUTCOME_LENGTH);
        if (target.isConcluded()) {
            if (explanation.isEmpty()) {
                throw new DomainException(DomainErrorCode.OUTCOME_EXPLANATION_REQUIRED,
                        "Başvuruyu «" + target.label() + "» olarak sonuçlandırmak için vatandaşa verilen cevabı "
                                + "(sonuç açıklamasını) yazın.");
            }
            if (target == ApplicationStatus.REDIRECTED && alternatives.isEmpty()) {
                throw new DomainException(DomainErrorCode.ALTERNATIVES_REQUIRED,
                        "Alternatif çözüme yönlendirirken vatandaşa sunulan alternatif çözümleri yazın.");
            }
            if (target != ApplicationStatus.REDIRECTED && alternatives.isPresent()) {
                throw new DomainException(DomainErrorCode.OUTCOME_NOT_EXPECTED,
                        "Alternatif çözümler yalnızca «" + ApplicationStatus.REDIRECTED.label() + "» sonucunda yazılır.");
            }
        } else if (explanation.isPresent() || alternatives.isPresent()) {
            throw new DomainException(DomainErrorCode.OUTCOME_NOT_EXPECTED,
                    "Sonuç açıklaması ve alternatif çözümler yalnızca başvuru sonuçlandırılırken yazılır; "
                            + "«" + target.label() + "» için yalnızca gerekçe girin.");
        }
        Optional<String> givenReason = FreeText.optional(reason, "Gerekçe", REASON_LENGTH);
        String effectiveReason = givenReason
                .or(() -> explanation.map(e -> e.length() <= REASON_LENGTH ? e : e.substring(0, REASON_LENGTH)))
                .orElseThrow(() -> new DomainException(DomainErrorCode.REASON_REQUIRED,
                        "Durum değişikliğinin gerekçesini yazın."));
        return new StatusChangeRequest(target, effectiveReason, explanation, alternatives);
    }
}
