package tr.gov.acikkapi.casecore.application;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The analysis of the applications a filter selects: the totals and the groups of every {@link AnalyticsDimension}
 * (provinces, topics and types in Turkish order of their names, months in time order, the enum dimensions in the
 * enum's order; groups without applications are left out).
 *
 * @param computedAt when the database was read
 */
public record Analysis(AnalyticsFilter filter, AnalyticsRow totals, Map<AnalyticsDimension, List<AnalyticsRow>> groups,
                       Instant computedAt) {

    public Analysis {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(computedAt, "computedAt");
        Map<AnalyticsDimension, List<AnalyticsRow>> copy = new EnumMap<>(AnalyticsDimension.class);
        for (AnalyticsDimension d : AnalyticsDimension.values()) {
            copy.put(d, List.copyOf(groups.getOrDefault(d, List.of())));
        }
        groups = java.util.Collections.unmodifiableMap(copy);
    }

    /** The groups of one dimension. */
    public List<AnalyticsRow> rows(AnalyticsDimension dimension) {
        return groups.get(dimension);
    }
}
