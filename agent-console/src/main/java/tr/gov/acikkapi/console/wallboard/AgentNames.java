package tr.gov.acikkapi.console.wallboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.gov.acikkapi.casecore.identity.UserAccounts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agents' display names for the wallboard, read once per user name (the wallboard re-renders several times a
 * second; names rarely change). A phone no user has keeps its PBX interface as its name.
 */
@ApplicationScoped
public class AgentNames {

    @Inject
    UserAccounts accounts;

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** The display name of the user, or the given name itself when no user has it. */
    public String of(String agent) {
        return names.computeIfAbsent(agent, a -> accounts.find(a).map(UserAccounts.UserAccount::displayName)
                .filter(n -> !n.isBlank()).orElse(a));
    }
}
