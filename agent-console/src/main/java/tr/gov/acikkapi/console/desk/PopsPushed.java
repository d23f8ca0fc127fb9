package tr.gov.acikkapi.console.desk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pops pushed to agents' desks on this node, and for each how long it took from the ring's time at the PBX link
 * (the event's {@code Timestamp}) to the push: the timer {@code acikkapi_pops_pushed_seconds} of the node's metrics
 * (docs/src/operations.md), in the {@link MeterRegistry} of WildFly's micrometer subsystem. A ring stamped later than
 * this node's clock (a PBX clock ahead of it) counts with no latency rather than being left out.
 */
@ApplicationScoped
public class PopsPushed {

    static final String NAME = "acikkapi.pops.pushed";

    @Inject
    MeterRegistry registry;

    Clock clock = Clock.systemUTC();

    private Timer timer;

    @PostConstruct
    void register() {
        timer = registry.timer(NAME);
    }

    /** WildFly keeps a deployment's meters in the server's registry: the next deployment starts its own count. */
    @PreDestroy
    void unregister() {
        registry.remove(timer);
    }

    /** The pop of a ring the link saw at {@code ringAt} has just been pushed. */
    public void pushed(Instant ringAt) {
        Duration latency = Duration.between(ringAt, clock.instant());
        timer.record(latency.isNegative() ? Duration.ZERO : latency);
    }
}
