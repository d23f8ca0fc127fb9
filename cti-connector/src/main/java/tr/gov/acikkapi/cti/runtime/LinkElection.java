package tr.gov.acikkapi.cti.runtime;

import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.singleton.Singleton;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the singleton services of {@link PbxLinkSingletons} (started and stopped by WildFly's MSC) meet the
 * {@link CtiRuntime} (an EJB): which PBX links the cluster elected this node for, and who opens them. The two start
 * in no fixed order at deployment, so an election that comes before the runtime is kept and handed over when the
 * runtime registers. One per deployment (the deployment's class loader); a redeployment starts empty.
 */
public final class LinkElection {

    /** Opens and closes the links of this node (the runtime, called with its own EE context). */
    public interface Holder {

        /** The cluster elected this node for {@code server}'s link: open it. */
        void take(String server);

        /** This node no longer holds {@code server}'s link: close it (log off) before returning. */
        void release(String server);
    }

    private static final Set<String> ELECTED = new LinkedHashSet<>();
    private static final Map<String, Singleton> SINGLETONS = new ConcurrentHashMap<>();
    private static Holder holder;

    private LinkElection() {
    }

    /** The singleton service of {@code server}'s link is installed on this node. */
    static void installed(String server, Singleton singleton) {
        SINGLETONS.put(server, singleton);
    }

    /**
     * The node that holds {@code server}'s link now, as the cluster answers (one call to every member): empty when no
     * node holds it (fewer nodes than the quorum see each other) or no singleton is installed here.
     */
    static Optional<String> holderOf(String server) {
        return Optional.ofNullable(SINGLETONS.get(server))
                .flatMap(singleton -> singleton.getSingletonState().getPrimaryProvider())
                .map(GroupMember::getName);
    }

    static synchronized void elected(String server) {
        if (ELECTED.add(server) && holder != null) {
            holder.take(server);
        }
    }

    static synchronized void deposed(String server) {
        if (ELECTED.remove(server) && holder != null) {
            holder.release(server);
        }
    }

    /** The runtime is there: it opens the links already elected here, and every later one. */
    static synchronized void register(Holder runtime) {
        holder = runtime;
        ELECTED.forEach(runtime::take);
    }

    /** The runtime stops (it closes its links itself). */
    static synchronized void unregister(Holder runtime) {
        if (holder == runtime) {
            holder = null;
        }
    }
}
