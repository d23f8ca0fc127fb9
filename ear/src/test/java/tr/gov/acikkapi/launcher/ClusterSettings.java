package tr.gov.acikkapi.launcher;

import tr.gov.acikkapi.casecore.infrastructure.cluster.ClusterMemberList;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cluster command's settings ({@code mvn -Pcluster verify}, docs/src/cluster.md), from the environment: how many
 * WildFly nodes to start on this machine ({@code ACIKKAPI_CLUSTER_NODES}, default 2), on which database
 * ({@code ACIKKAPI_CLUSTER_DB}: {@code galera}, a 3-node Galera cluster on loopback, the default; or {@code embedded},
 * the run command's single MariaDB, for a quick look), and the first node's JGroups port
 * ({@code ACIKKAPI_CLUSTER_PORT}, default 7600). Node N runs with the port offset 100 × (N − 1), so its HTTP,
 * management, JGroups and IVR ports are the first node's plus that offset.
 */
record ClusterSettings(int nodes, Database database, int clusterPort) {

    /** Where the nodes keep their data. */
    enum Database { GALERA, EMBEDDED }

    static final int MAX_NODES = 9;
    static final int OFFSET_STEP = 100;

    static ClusterSettings from(Map<String, String> env) throws LaunchFailure {
        return new ClusterSettings(nodes(env), database(env), clusterPort(env));
    }

    /** The port offset of node {@code n} (1-based). */
    int portOffset(int n) {
        return OFFSET_STEP * (n - 1);
    }

    /** The name of node {@code n}: its {@code jboss.node.name} and transaction node identifier. */
    String nodeName(int n) {
        return "node" + n;
    }

    /** Every node's JGroups address on this machine, as ACIKKAPI_CLUSTER_MEMBERS takes them. */
    String members() {
        return IntStream.rangeClosed(1, nodes)
                .mapToObj(n -> "127.0.0.1[" + (clusterPort + portOffset(n)) + "]")
                .collect(Collectors.joining(","));
    }

    /**
     * Refuses a malformed {@code ACIKKAPI_CLUSTER_MEMBERS} before anything starts (JGroups would only warn and leave the
     * node alone; the deployed application refuses it too): one line that says what is wrong and how to write it.
     */
    static void checkMembers(Map<String, String> env) throws LaunchFailure {
        try {
            ClusterMemberList.parse(env.get("ACIKKAPI_CLUSTER_MEMBERS"));
        } catch (IllegalArgumentException e) {
            throw new LaunchFailure(e.getMessage());
        }
    }

    private static int nodes(Map<String, String> env) throws LaunchFailure {
        Optional<String> text = value(env, "ACIKKAPI_CLUSTER_NODES");
        if (text.isEmpty()) {
            return 2;
        }
        if (text.get().matches("[1-9]")) {
            return Integer.parseInt(text.get());
        }
        throw new LaunchFailure("ACIKKAPI_CLUSTER_NODES=" + text.get() + " is not a number of nodes: set it to 1 to "
                + MAX_NODES + ".");
    }

    private static Database database(Map<String, String> env) throws LaunchFailure {
        String text = value(env, "ACIKKAPI_CLUSTER_DB").orElse("galera");
        try {
            return Database.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LaunchFailure("ACIKKAPI_CLUSTER_DB=" + text + " is not a database the cluster command starts: set it to "
                    + "galera (a 3-node Galera cluster, the default) or embedded (one embedded MariaDB).");
        }
    }

    private static int clusterPort(Map<String, String> env) throws LaunchFailure {
        Optional<String> text = value(env, "ACIKKAPI_CLUSTER_PORT");
        if (text.isEmpty()) {
            return 7600;
        }
        if (text.get().matches("\\d{1,5}") && Integer.parseInt(text.get()) >= 1
                && Integer.parseInt(text.get()) + OFFSET_STEP * (MAX_NODES - 1) <= 65535) {
            return Integer.parseInt(text.get());
        }
        throw new LaunchFailure("ACIKKAPI_CLUSTER_PORT=" + text.get() + " is not a port number: set it to a number from 1 to "
                + (65535 - OFFSET_STEP * (MAX_NODES - 1)) + ".");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
