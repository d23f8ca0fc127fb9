package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.survey.CampaignStatus;
import tr.gov.acikkapi.casecore.domain.model.survey.OutcomeFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/** A survey campaign as the supervisor's page shows it, with its progress. */
public record CampaignView(long id, String name, CampaignStatus status, LocalDate concludedFrom, LocalDate concludedTo,
                           Set<Integer> provinceCodes, Set<Integer> topicIds, Set<Integer> typeIds,
                           OutcomeFilter outcome, Optional<Integer> sampleSize, Optional<Integer> samplePercent,
                           LocalTime callingFrom, LocalTime callingTo, boolean weekends, int maxTries, int retryMinutes, int concurrency,
                           int selected, int finished, int inFlight, String createdBy, Instant createdAt) {

    /** Share of the selected applications with a final result, 0-100. */
    public int progressPercent() {
        return selected == 0 ? 0 : (int) Math.round(100.0 * finished / selected);
    }
}
