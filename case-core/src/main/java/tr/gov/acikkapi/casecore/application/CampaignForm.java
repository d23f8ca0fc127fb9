package tr.gov.acikkapi.casecore.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tr.gov.acikkapi.casecore.domain.model.survey.OutcomeFilter;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyCampaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a supervisor fills in to define a survey campaign. Exactly one of {@code sampleSize} and {@code samplePercent}; citizens are
 * called on weekdays only unless {@code weekends};
 * empty filter sets mean all provinces, topics or types. The domain checks the rest (dates in order, hours in order).
 */
public record CampaignForm(
        @NotBlank @Size(max = SurveyCampaign.NAME_LENGTH) String name,
        @NotNull LocalDate concludedFrom,
        @NotNull LocalDate concludedTo,
        Set<Integer> provinceCodes,
        Set<Integer> topicIds,
        Set<Integer> typeIds,
        @NotNull OutcomeFilter outcome,
        @Min(1) @Max(SurveyCampaign.MAX_SAMPLE_SIZE) Integer sampleSize,
        @Min(1) @Max(100) Integer samplePercent,
        @NotNull LocalTime callingFrom,
        @NotNull LocalTime callingTo,
        boolean weekends,
        @Min(1) @Max(10) int maxTries,
        @Min(1) @Max(10_080) int retryMinutes,
        @Min(1) @Max(SurveyCampaign.MAX_CONCURRENCY) int concurrency) {

    public CampaignForm {
        provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
        typeIds = typeIds == null ? Set.of() : Set.copyOf(typeIds);
    }
}
