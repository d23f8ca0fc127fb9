package tr.gov.acikkapi.casecore.infrastructure.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster's member list as an operator writes it in {@code ACIKKAPI_CLUSTER_MEMBERS}: each node's JGroups address
 * as {@code host[port]}, separated by commas (JGroups' TCPPING {@code initial_hosts}). JGroups itself only warns about
 * an entry it cannot read ({@code 127.0.0.1:7600} is taken for a host name that does not resolve) and the node then
 * runs as a cluster of its own, silently apart from the others; this refuses such a list with one line that says how to
 * write it. The run and cluster commands check it before they start anything, the server when it deploys.
 *
 * @param members the entries as written, trimmed
 */
public record ClusterMemberList(List<String> members) {

    /** A host name or IPv4 address, then the port in brackets. */
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?\\[(\\d{1,5})]");

    public ClusterMemberList {
        members = List.copyOf(members);
    }

    /**
     * Reads {@code text} (the variable's value; empty or blank: no other members).
     *
     * @throws IllegalArgumentException with the one line to show, starting with {@code ACIKKAPI_CLUSTER_MEMBERS=}
     */
    public static ClusterMemberList parse(String text) {
        List<String> members = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new ClusterMemberList(members);
        }
        String written = text.strip();
        for (String member : written.split(",", -1)) {
            Matcher m = MEMBER.matcher(member.strip());
            int port = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("ACIKKAPI_CLUSTER_MEMBERS=" + written + " is not a member list (\""
                        + member + "\"): write each node's JGroups address as host[port], separated by commas, e.g. "
                        + "10.0.0.1[7600],10.0.0.2[7600].");
            }
            members.add(member.strip());
        }
        return new ClusterMemberList(members);
    }
}
