package tr.gov.acikkapi.cti.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.gov.acikkapi.casecore.identity.UserAccounts;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.agent.ReloadingAgentDirectory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Agents are the console's users whose PBX interface is set ({@code Local/1001@agents}, {@code PJSIP/1001}): a PBX
 * event on that interface or one of its channels belongs to that user. The map is read from the database in one query
 * at start, every 30 s, and at once after an administrator's change ({@link #reload()}); an interface not in the map
 * makes it read again in the background (at most once a second, and once per interface until the next read). The PBX's
 * event lane, which asks, never waits for the database ({@link ReloadingAgentDirectory}).
 */
@ApplicationScoped
public class ConsoleUserDirectory implements AgentDirectory {

    private static final Duration REFRESH = Duration.ofSeconds(30);
    /** An unknown interface may belong to a user created a moment ago: read again, but at most once a second. */
    private static final Duration MISS_GAP = Duration.ofSeconds(1);

    @Inject
    UserAccounts accounts;

    /** The default scheduler, not the CTI one: a read may wait for the database, the CTI timers must not. */
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    private ReloadingAgentDirectory directory;
    private ScheduledFuture<?> refresh;

    @PostConstruct
    void start() {
        directory = new ReloadingAgentDirectory(accounts::pbxInterfaces, ReloadingAgentDirectory.on(scheduler),
                System::nanoTime, MISS_GAP);
        directory.reload();
        refresh = scheduler.scheduleWithFixedDelay(directory::reload, REFRESH.toNanos(), REFRESH.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void stop() {
        refresh.cancel(false);
    }

    @Override
    public Optional<String> agentFor(String interfaceOrChannel) {
        return directory.agentFor(interfaceOrChannel);
    }

    /** Reads the mapping again now (after an administrator changed it). Keeps the old one if the database fails. */
    public void reload() {
        directory.reload();
    }
}
