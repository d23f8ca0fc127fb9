package tr.gov.acikkapi.cti.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox in readiness: how many writes wait for the database, how many went through the journal and were
 * written later, how many the case core refused, how many it took over from nodes that left the cluster, this node's
 * name, and since when writes fail. It stays UP while items wait (calls
 * are still taken and nothing is lost); the database check beside it says DOWN while the database is unreachable.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    CaseCoreOutbox outbox;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .withData("pending", outbox.pending())
                .withData("journaled", outbox.journaled())
                .withData("drained", outbox.drained())
                .withData("refused", outbox.refused())
                .withData("adopted", outbox.adopted())
                .withData("node", outbox.node());
        outbox.failingSince().ifPresent(since -> response.withData("failingSince", since.toString())
                .withData("error", outbox.lastError()));
        return response.up().build();
    }
}
