package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Conditions of an application search; empty ones do not restrict.
 *
 * @param trackingNumbers   only these applications
 * @param applicationTypeIds only these catalogue types
 * @param provinceCode      only this province (plate code)
 * @param registeredFrom    registered at or after
 * @param registeredBefore  registered before
 * @param statuses          only these statuses
 * @param limit             at most this many results (1 to {@link #MAX_LIMIT})
 */
public record ApplicationQuery(Set<TrackingNumber> trackingNumbers, Set<Integer> applicationTypeIds,
                               Optional<Integer> provinceCode, Optional<Instant> registeredFrom,
                               Optional<Instant> registeredBefore, Set<ApplicationStatus> statuses, int limit) {

    /** Largest number of results one search returns. */
    public static final int MAX_LIMIT = 1000;

    public ApplicationQuery {
        trackingNumbers = Set.copyOf(trackingNumbers);
        applicationTypeIds = Set.copyOf(applicationTypeIds);
        statuses = statuses.isEmpty() ? EnumSet.noneOf(ApplicationStatus.class) : EnumSet.copyOf(statuses);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
