package tr.gov.acikkapi.cti.agent;

import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link AgentDirectory} backed by a fixed map, configured from one line such as
 * {@code Local/1001@agents=temsilci1,Local/1002@agents=temsilci2,PJSIP/1003=temsilci3}
 * (an environment variable or a MicroProfile Config property).
 *
 * <p>A lookup tries the string as given, then the interface of the channel
 * ({@link AgentDirectory#interfaceOf(String)}), so live channel names resolve as well as member
 * interfaces. Interface names are compared exactly, as Asterisk does.
 */
public final class MappedAgentDirectory implements AgentDirectory {

    private final Map<String, String> agentsByInterface;

    /** A directory over the given interface-to-user-name pairs (copied). */
    public MappedAgentDirectory(Map<String, String> agentsByInterface) {
        Map<String, String> copy = new LinkedHashMap<>();
        agentsByInterface.forEach((iface, agent) -> copy.put(requireText(iface, "interface"), requireText(agent, "user name")));
        this.agentsByInterface = Map.copyOf(copy);
    }

    /**
     * Parses {@code interface=user,interface=user,...}; blanks around the separators are ignored and an
     * empty or blank text gives an empty directory.
     *
     * @throws CtiConfigurationException if a pair has no {@code =}, an empty side, or an interface
     *         appears twice
     */
    public static MappedAgentDirectory parse(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return new MappedAgentDirectory(map);
        }
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String iface = eq < 0 ? "" : pair.substring(0, eq).trim();
            String agent = eq < 0 ? "" : pair.substring(eq + 1).trim();
            if (iface.isEmpty() || agent.isEmpty()) {
                throw new CtiConfigurationException("Agent map entry is wrong: '" + pair.trim()
                        + "'. Expected: Local/1001@agents=temsilci1,PJSIP/1003=temsilci3");
            }
            if (map.putIfAbsent(iface, agent) != null) {
                throw new CtiConfigurationException("Agent map names an interface twice: '" + iface + "'.");
            }
        }
        return new MappedAgentDirectory(map);
    }

    @Override
    public Optional<String> agentFor(String interfaceOrChannel) {
        if (interfaceOrChannel == null || interfaceOrChannel.isEmpty()) {
            return Optional.empty();
        }
        String agent = agentsByInterface.get(interfaceOrChannel);
        if (agent == null) {
            agent = agentsByInterface.get(AgentDirectory.interfaceOf(interfaceOrChannel));
        }
        return Optional.ofNullable(agent);
    }

    /** The configured pairs, interface to user name. */
    public Map<String, String> asMap() {
        return agentsByInterface;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new CtiConfigurationException("Agent map has an empty " + what + ".");
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return "MappedAgentDirectory" + agentsByInterface;
    }
}
