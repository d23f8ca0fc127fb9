package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import tr.gov.acikkapi.casecore.infrastructure.cluster.ClusterMembership;
import tr.gov.acikkapi.cti.ami.AmiLink;
import tr.gov.acikkapi.cti.event.LinkState;

/**
 * Ready when every configured PBX link is up (logged in and answering Pings). Reports each link's state, so a wrong
 * secret shows as AUTH_FAILED. Also the node's name and the cluster's members, oldest first. The console keeps serving pages while a link is down; calls simply do not pop.
 */
@Readiness
@ApplicationScoped
public class PbxReadiness implements HealthCheck {

    @Inject
    CtiRuntime runtime;

    @Inject
    ClusterMembership membership;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("pbx")
                .withData("node", membership.localMember())
                .withData("members", String.join(",", membership.members()));
        if (!runtime.configurationError().isEmpty()) {
            return response.down().withData("error", runtime.configurationError()).build();
        }
        boolean up = true;
        for (AmiLink link : runtime.links()) {
            response.withData(link.server(), link.state().name());
            up &= link.state() == LinkState.UP;
        }
        if (runtime.links().isEmpty()) {
            response.withData("links", "none (AMI_ENABLED=false)");
        }
        return response.status(up).build();
    }
}
