package tr.gov.acikkapi.casecore.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which applications an analysis counts: those registered in {@code [from, until)} (either end open) and, when
 * given, in one province.
 */
public record AnalyticsFilter(Optional<Instant> from, Optional<Instant> until, Optional<Integer> provinceCode) {

    public AnalyticsFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(provinceCode, "provinceCode");
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw new IllegalArgumentException("from must be before until");
        }
    }

    /** Every application ever registered. */
    public static AnalyticsFilter all() {
        return new AnalyticsFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
