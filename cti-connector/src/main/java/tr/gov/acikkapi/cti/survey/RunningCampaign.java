package tr.gov.acikkapi.cti.survey;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/** A campaign the dialler works on: how many of its calls may run at once, and when citizens may be called. */
public record RunningCampaign(long id, int concurrency, Predicate<Instant> callingHours) {

    public RunningCampaign {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        Objects.requireNonNull(callingHours, "callingHours");
    }
}
