package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.ReportedLocation;

import java.time.Instant;
import java.util.Optional;

/**
 * An application as a search lists it: its summary, its type's code, its district, when anything about it last
 * changed (registration, a status change or a note), and where its matter is as reported at registration. The
 * reported location holds personal data (an address, a photo link): whoever shows a listing decides what of it
 * may be shown.
 */
public record ApplicationListing(ApplicationSummary summary, String applicationTypeCode, Optional<String> district,
                                 Instant lastChangedAt, ReportedLocation location) {
}
