package tr.gov.acikkapi.cti.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.infrastructure.cluster.ClusterMembership;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.ivr.casecore.IvrService;
import tr.gov.acikkapi.cti.outbox.CaseCoreOutbox;
import tr.gov.acikkapi.cti.runtime.CtiRuntime;
import tr.gov.acikkapi.cti.runtime.PbxSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * This node's figures as gauges in the {@link MeterRegistry} of WildFly's micrometer subsystem, which serves them in
 * Prometheus format on the management interface ({@code /metrics}, docs/src/operations.md): per configured PBX whether
 * this node's link to it is up and how many calls it follows, the outbox backlog, the open IVR sessions and the
 * members of the cluster. Each gauge reads the figure where it is kept, when the endpoint is scraped; nothing is
 * counted twice. The pops pushed are counted where they are pushed, in the web module.
 *
 * <p>The gauges are removed when the application stops: WildFly keeps the meters of a deployment in the server's
 * registry, and a gauge left from the previous deployment would otherwise stand in for the new one's.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NodeMetrics {

    private static final Logger LOG = Logger.getLogger(NodeMetrics.class);

    static final String LINK_UP = "acikkapi.pbx.link.up";
    static final String CALLS_IN_PROGRESS = "acikkapi.calls.in.progress";
    static final String OUTBOX_BACKLOG = "acikkapi.outbox.backlog";
    static final String IVR_SESSIONS = "acikkapi.ivr.sessions";
    static final String CLUSTER_MEMBERS = "acikkapi.cluster.members";

    @Inject
    MeterRegistry registry;

    @Inject
    Config config;

    @Inject
    CtiRuntime runtime;

    @Inject
    CaseCoreOutbox outbox;

    @Inject
    IvrService ivr;

    @Inject
    ClusterMembership cluster;

    private final List<Gauge> registered = new ArrayList<>();

    @PostConstruct
    void register() {
        for (String pbx : configuredPbxs()) {
            gauge(LINK_UP, Tags.of("pbx", pbx), metrics -> metrics.linkUp(pbx));
            gauge(CALLS_IN_PROGRESS, Tags.of("pbx", pbx), metrics -> metrics.runtime.liveCalls(pbx));
        }
        gauge(OUTBOX_BACKLOG, Tags.empty(), metrics -> metrics.outbox.pending());
        gauge(IVR_SESSIONS, Tags.empty(), metrics -> metrics.ivr.openSessions());
        gauge(CLUSTER_MEMBERS, Tags.empty(), metrics -> metrics.cluster.members().size());
        LOG.infof("Node metrics registered: %d gauge(s)", registered.size());
    }

    @PreDestroy
    void unregister() {
        registered.forEach(registry::remove);
        registered.clear();
    }

    private List<String> configuredPbxs() {
        try {
            return PbxSettings.from(name -> config.getOptionalValue(name, String.class)).stream()
                    .map(AmiLinkConfig::server).toList();
        } catch (RuntimeException e) {
            LOG.warnf("No PBX link metrics: the PBX configuration is wrong (%s)", e.getMessage());
            return List.of();
        }
    }

    private double linkUp(String pbx) {
        return runtime.links().stream().anyMatch(link -> link.server().equals(pbx) && link.state() == LinkState.UP)
                ? 1 : 0;
    }

    /**
     * Registers through the registry's own {@code gauge} method: the registry WildFly gives a deployment tags only the
     * meters registered that way with the deployment (a {@code Gauge.builder(...).register} would bypass it). The gauge
     * holds this bean weakly; the container holds the bean for as long as the application runs.
     */
    private void gauge(String name, Tags tags, ToDoubleFunction<NodeMetrics> value) {
        registry.gauge(name, tags, this, value);
        Gauge gauge = registry.find(name).tags(tags).gauge();
        if (gauge == null) {
            LOG.warnf("Metric %s %s was not registered", name, tags);
        } else {
            registered.add(gauge);
        }
    }
}
