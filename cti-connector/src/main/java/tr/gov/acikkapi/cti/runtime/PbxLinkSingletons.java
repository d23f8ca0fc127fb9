package tr.gov.acikkapi.cti.runtime;

import org.jboss.logging.Logger;
import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;
import org.wildfly.clustering.singleton.service.SingletonServiceBuilder;
import tr.gov.acikkapi.casecore.infrastructure.cluster.ClusterMemberList;
import tr.gov.acikkapi.casecore.infrastructure.cluster.ClusterQuorum;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;

import java.util.List;
import java.util.Optional;

/**
 * Makes each configured PBX's link a cluster singleton through WildFly's singleton subsystem (the {@code default}
 * singleton policy: the oldest node that has the application deployed is elected): one MSC service per PBX, named
 * {@code tr.gov.acikkapi.pbx-link.<server>}, which WildFly starts on the elected node only and, when that node leaves
 * the cluster (stopped or dead), on the node it elects next, after the old one has confirmed its stop. The service's
 * start and stop reach the {@link CtiRuntime} through {@link LinkElection}; the runtime opens and closes the link.
 *
 * <p>Installed at deployment through {@code META-INF/services/org.jboss.msc.service.ServiceActivator}, before CDI or
 * MicroProfile Config are there: it reads the PBX list ({@link PbxSettings}) and the quorum ({@link ClusterQuorum},
 * {@code ACIKKAPI_CLUSTER_QUORUM}) from system properties and then the environment, as the configuration's own sources
 * do. A wrong PBX configuration or quorum installs no service; the runtime and the cluster membership then report it.
 * {@code AMI_ENABLED=false}: no service, no link anywhere. A node alone elects itself at once.
 */
public class PbxLinkSingletons implements SingletonServiceActivator {

    private static final Logger LOG = Logger.getLogger(PbxLinkSingletons.class);

    /** The prefix of the singleton services' names; the PBX's server name follows. */
    public static final ServiceName SERVICE_NAME = ServiceName.of("tr", "gov", "acikkapi", "pbx-link");

    @Override
    public void activate(SingletonServiceActivatorContext context) {
        List<AmiLinkConfig> links;
        ClusterQuorum quorum;
        try {
            links = PbxSettings.from(PbxLinkSingletons::setting);
            quorum = ClusterQuorum.parse(setting("acikkapi.cluster.quorum").or(() -> setting(ClusterQuorum.VARIABLE)).orElse(""),
                    ClusterMemberList.parse(setting("acikkapi.cluster.members").or(() -> setting("ACIKKAPI_CLUSTER_MEMBERS")).orElse("")));
        } catch (RuntimeException e) {
            LOG.debugf("No PBX link singleton installed: %s", e.getMessage());
            return;
        }
        for (AmiLinkConfig link : links) {
            SingletonServiceBuilder<?> builder = context.getServiceTarget().addService();
            builder.provides(SERVICE_NAME.append(link.server()));
            LinkElection.installed(link.server(), builder.requireQuorum(quorum.nodes())
                    .setInstance(new LinkService(link.server()))
                    .install());
            LOG.infof("PBX link %s is a cluster singleton (quorum %d)", link.server(), quorum.nodes());
        }
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(value -> !value.isBlank());
    }

    /** Runs where the cluster elected it: this node holds the PBX's link while it runs. */
    private record LinkService(String server) implements Service {

        @Override
        public void start(StartContext context) {
            LinkElection.elected(server);
        }

        @Override
        public void stop(StopContext context) {
            LinkElection.deposed(server);
        }
    }
}
