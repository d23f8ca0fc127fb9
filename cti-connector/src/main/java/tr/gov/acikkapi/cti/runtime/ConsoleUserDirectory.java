package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.identity.UserAccounts;
import tr.gov.acikkapi.cti.agent.AgentDirectory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agents are the console's users whose PBX interface is set ({@code Local/1001@agents}, {@code PJSIP/1001}): a PBX
 * event on that interface or one of its channels belongs to that user. Read from the database and kept for 30 s, so
 * that the event lane does not query the database per event; an administrator's change shows within that time, and
 * an interface not in the map makes it read again (at most once a second, and once per interface until the next read).
 */
@ApplicationScoped
public class ConsoleUserDirectory implements AgentDirectory {

    private static final Logger LOG = Logger.getLogger(ConsoleUserDirectory.class);
    private static final long REFRESH_NANOS = Duration.ofSeconds(30).toNanos();
    /** An unknown interface may belong to a user created a moment ago: read again, but at most once a second. */
    private static final long MISS_RELOAD_NANOS = Duration.ofSeconds(1).toNanos();

    @Inject
    UserAccounts accounts;

    private volatile Map<String, String> byInterface = Map.of();
    /**
     * Interfaces already looked up and not found since the last read: callers' channels, trunks and the other
     * candidate forms the correlator tries are asked about on every call. Without this set each of them read the
     * whole user table again once a second, on the PBX's event lane (seen in the benchmark's profile).
     */
    private final Set<String> misses = ConcurrentHashMap.newKeySet();
    private volatile long loadedAt;
    private volatile boolean loaded;

    @Override
    public Optional<String> agentFor(String interfaceOrChannel) {
        String iface = AgentDirectory.interfaceOf(interfaceOrChannel);
        String agent = current().get(iface);
        if (agent == null && !misses.contains(iface) && System.nanoTime() - loadedAt > MISS_RELOAD_NANOS) {
            reload();
            agent = byInterface.get(iface);
            if (agent == null) {
                misses.add(iface);
            }
        }
        return Optional.ofNullable(agent);
    }

    private Map<String, String> current() {
        if (!loaded || System.nanoTime() - loadedAt > REFRESH_NANOS) {
            reload();
        }
        return byInterface;
    }

    /** Reads the mapping again now (after an administrator changed it). Keeps the old one if the database fails. */
    public synchronized void reload() {
        try {
            Map<String, String> map = new HashMap<>();
            for (UserAccounts.UserAccount account : accounts.all()) {
                if (account.active()) {
                    account.pbxInterface().ifPresent(i -> map.put(i, account.username()));
                }
            }
            byInterface = Map.copyOf(map);
            misses.clear();
            loaded = true;
        } catch (RuntimeException e) {
            LOG.warnf("Agent directory not refreshed (database: %s); keeping the last one", e.getMessage());
        } finally {
            loadedAt = System.nanoTime();
        }
    }
}
