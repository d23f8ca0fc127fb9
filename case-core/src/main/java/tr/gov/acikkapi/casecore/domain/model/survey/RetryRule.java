package tr.gov.acikkapi.casecore.domain.model.survey;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a citizen who does not answer, or is busy, is tried: at most {@code maxTries} dials in all, at least
 * {@code spacing} apart.
 */
public record RetryRule(int maxTries, Duration spacing) {

    public static final int MAX_TRIES = 10;
    public static final Duration MAX_SPACING = Duration.ofDays(7);

    public RetryRule {
        Objects.requireNonNull(spacing, "spacing");
        if (maxTries < 1 || maxTries > MAX_TRIES) {
            throw new DomainException(DomainErrorCode.SURVEY_CAMPAIGN_INVALID,
                    "Deneme sayısı 1 ile " + MAX_TRIES + " arasında olmalıdır.");
        }
        if (spacing.toMinutes() < 1 || spacing.compareTo(MAX_SPACING) > 0) {
            throw new DomainException(DomainErrorCode.SURVEY_CAMPAIGN_INVALID,
                    "Denemeler arası süre 1 dakika ile 7 gün arasında olmalıdır.");
        }
    }
}
