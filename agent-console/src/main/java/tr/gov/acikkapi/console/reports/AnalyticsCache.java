package tr.gov.acikkapi.console.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.gov.acikkapi.casecore.application.Analysis;
import tr.gov.acikkapi.casecore.application.AnalyticsFilter;
import tr.gov.acikkapi.casecore.application.Reports;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps recent analyses for a few minutes: an analysis of millions of applications takes seconds, and the page, its
 * tabs, its charts, other supervisors and the CSV downloads of the same selection all read the same figures (so a
 * CSV always has exactly the rows the table showed). "Apply" on the page reads the database again.
 */
@ApplicationScoped
public class AnalyticsCache {

    /** How long an analysis is served without reading the database again. */
    static final Duration FRESH = Duration.ofMinutes(5);
    private static final int SELECTIONS = 50;

    @Inject
    Reports reports;

    private final Map<AnalyticsFilter, Analysis> analyses = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<AnalyticsFilter, Analysis> eldest) {
            return size() > SELECTIONS;
        }
    };

    /** The analysis of the selection, read again when older than {@link #FRESH}. */
    public Analysis get(AnalyticsFilter filter) {
        Analysis known;
        synchronized (analyses) {
            known = analyses.get(filter);
        }
        if (known != null && known.computedAt().plus(FRESH).isAfter(Instant.now())) {
            return known;
        }
        return refresh(filter);
    }

    /** Reads the analysis of the selection from the database now. */
    public Analysis refresh(AnalyticsFilter filter) {
        Analysis fresh = reports.analyse(filter);
        synchronized (analyses) {
            analyses.put(filter, fresh);
        }
        return fresh;
    }
}
