package tr.gov.acikkapi.casecore.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The clock the services read "now" from: UTC system time. Tests outside the container pass their
 * own clock to the beans; in-container tests can replace this with an {@code @Alternative} producer.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
