package tr.gov.acikkapi.casecore.application;

import java.time.Instant;
import java.util.Optional;

/**
 * An application as a search lists it: its summary, its type's code, its district and when anything about
 * it last changed (registration, a status change or a note).
 */
public record ApplicationListing(ApplicationSummary summary, String applicationTypeCode, Optional<String> district,
                                 Instant lastChangedAt) {
}
