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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PBX links this node holds, and whether they are up (logged in and answering Pings); each link's state is
 * reported, so a wrong secret shows as AUTH_FAILED. Each link runs on one node of the cluster ({@link CtiRuntime}):
 * {@code holds} lists this node's, and a link held by another node is reported with that node's name
 * ({@code "held by node1"}). Ready when every link held here is up and every other one is held by some node; a link
 * that no node holds (fewer nodes than the quorum see each other) is reported as {@code "held by no node"}, DOWN.
 * Also the node's name and the cluster's members, oldest first. The console keeps serving pages while a link is down;
 * calls simply do not pop.
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
        if (runtime.configuredServers().isEmpty()) {
            return response.up().withData("links", "none (AMI_ENABLED=false)").build();
        }
        boolean up = true;
        List<String> holds = new ArrayList<>();
        for (AmiLink link : runtime.links()) {
            holds.add(link.server());
            response.withData(link.server(), link.state().name());
            up &= link.state() == LinkState.UP;
        }
        for (String server : runtime.configuredServers()) {
            if (!holds.contains(server)) {
                Optional<String> holder = runtime.holderOf(server);
                response.withData(server, "held by " + holder.orElse("no node"));
                up &= holder.isPresent();
            }
        }
        response.withData("holds", holds.isEmpty() ? "none" : String.join(",", holds));
        return response.status(up).build();
    }
}
