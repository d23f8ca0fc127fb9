package tr.gov.acikkapi.casecore.infrastructure.cluster;

/**
 * How many nodes must see each other before the cluster elects a node for a singleton such as a PBX link
 * ({@code ACIKKAPI_CLUSTER_QUORUM}, default 1; docs/src/cluster.md). Below it no node holds the link, which is what
 * keeps the two sides of a cut network from both holding it; so it may not exceed the nodes in the member list, or no
 * node would ever hold it. A value that is not such a number is refused with one line, as a malformed member list is.
 *
 * @param nodes the quorum, at least 1
 */
public record ClusterQuorum(int nodes) {

    /** The variable's name, as the operator sets it. */
    public static final String VARIABLE = "ACIKKAPI_CLUSTER_QUORUM";

    public ClusterQuorum {
        if (nodes < 1) {
            throw new IllegalArgumentException("a quorum counts at least one node");
        }
    }

    /**
     * Reads {@code text} (empty or blank: 1) against the member list.
     *
     * @throws IllegalArgumentException with the one line to show, starting with {@code ACIKKAPI_CLUSTER_QUORUM=}
     */
    public static ClusterQuorum parse(String text, ClusterMemberList members) {
        if (text == null || text.isBlank()) {
            return new ClusterQuorum(1);
        }
        String written = text.strip();
        int listed = Math.max(1, members.members().size());
        int nodes;
        try {
            nodes = Integer.parseInt(written);
        } catch (NumberFormatException e) {
            nodes = 0;
        }
        if (nodes < 1 || nodes > listed) {
            throw new IllegalArgumentException(VARIABLE + "=" + written + " is not a quorum for the " + listed
                    + " node(s) of ACIKKAPI_CLUSTER_MEMBERS: write a whole number from 1 to " + listed
                    + " (1 for two nodes, 2 for three).");
        }
        return new ClusterQuorum(nodes);
    }
}
