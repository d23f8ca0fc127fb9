package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.geography.District;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An application in full: summary, citizen, texts, outcome and the timeline of changes and notes. */
public record ApplicationDetail(ApplicationSummary summary, CitizenSummary citizen, String description,
                                Optional<District> district, Optional<String> outcomeExplanation,
                                Optional<String> alternativesOffered, Optional<Instant> concludedAt,
                                Optional<Instant> escalatedAt, List<TimelineEntry> timeline) {

    public ApplicationDetail {
        timeline = List.copyOf(timeline);
    }

    /** Maps an application read in the current transaction, with its history and notes merged by time. */
    public static ApplicationDetail of(Application a) {
        List<TimelineEntry> timeline = new ArrayList<>();
        a.history().forEach(change -> timeline.add(TimelineEntry.of(change)));
        a.notes().forEach(note -> timeline.add(TimelineEntry.of(note)));
        timeline.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::kind));
        return new ApplicationDetail(ApplicationSummary.of(a), CitizenSummary.of(a.citizen()), a.description(), a.district(),
                a.outcomeExplanation(), a.alternativesOffered(), a.concludedAt(), a.escalatedAt(), timeline);
    }
}
