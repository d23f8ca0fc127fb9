package tr.gov.acikkapi.casecore.infrastructure.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.wildfly.clustering.server.Group;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.GroupMembershipEvent;
import org.wildfly.clustering.server.GroupMembershipListener;
import org.wildfly.clustering.server.Registration;

import java.util.List;
import java.util.Optional;

/**
 * The application servers that form this cluster, as WildFly's JGroups channel sees them (docs/src/cluster.md): which
 * node this is and who else is up. It logs the members at start and at every change, so that an operator reads in
 * each node's log whether the nodes found each other. A node with no other members configured is a cluster of one.
 *
 * <p>Other beans use its own methods ({@code @LocalBean}); the group calls {@link #updated} on the instance itself.
 *
 * <p>A malformed member list ({@link ClusterMemberList}) fails the deployment with one line in the log, instead of
 * leaving the node running alone; so does a quorum that is no number or larger than the list ({@link ClusterQuorum}),
 * with which no node would ever hold the PBX link.
 *
 * <p>Asking for the group starts the server's JGroups channel, which WildFly otherwise starts only when a clustered
 * service needs it; the members are then known from the deployment on.
 */
@Singleton
@Startup
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterMembership implements GroupMembershipListener<GroupMember> {

    private static final Logger LOG = Logger.getLogger(ClusterMembership.class);

    @Resource(lookup = "java:jboss/clustering/server/group/default")
    private Group<GroupMember> group;

    @Inject
    @ConfigProperty(name = "acikkapi.cluster.members")
    private Optional<String> configuredMembers;

    @Inject
    @ConfigProperty(name = "acikkapi.cluster.quorum")
    private Optional<String> configuredQuorum;

    private Registration registration;

    @PostConstruct
    void join() {
        try {
            ClusterQuorum.parse(configuredQuorum.orElse(""), ClusterMemberList.parse(configuredMembers.orElse("")));
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            throw new IllegalStateException(e.getMessage());
        }
        registration = group.register(this);
        LOG.infof("This node is %s; cluster members: %s", group.getLocalMember().getName(), members());
    }

    @PreDestroy
    void leave() {
        if (registration != null) {
            registration.close();
        }
    }

    @Override
    public void updated(GroupMembershipEvent<GroupMember> event) {
        LOG.infof("Cluster members changed: %s (before: %s)", names(event.getCurrentMembership().getMembers()),
                names(event.getPreviousMembership().getMembers()));
    }

    /** The names of the nodes now in the cluster, this one included, oldest first. */
    public List<String> members() {
        return names(group.getMembership().getMembers());
    }

    /** This node's name ({@code jboss.node.name}). */
    public String localMember() {
        return group.getLocalMember().getName();
    }

    private static List<String> names(List<? extends GroupMember> members) {
        return members.stream().map(GroupMember::getName).toList();
    }
}
