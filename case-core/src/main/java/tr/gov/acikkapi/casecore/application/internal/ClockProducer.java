package tr.gov.acikkapi.casecore.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The clock the services read "now" from: UTC system time. Tests outside the container pass their
 * own clock to the beans. An {@code @Alternative} in another module (a test WAR) does not replace this
 * producer for the beans of this EJB module, so services whose answers depend on the time also take
 * it as an argument (see {@code DeadlineWatch}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
