package tr.gov.acikkapi.cti.agent;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * An {@link AgentDirectory} over a map that is read from somewhere slow (the database) and read again now and then,
 * never by the thread that asks: lookups are answered from the map in memory, and a lookup never waits for a read.
 * The asker is the PBX's event lane, whose every wait delays every event after it, screen pops included; a read on the
 * lane, even a fast one, waits as long as the database does, and while the database is unreachable, for its timeout.
 *
 * <ul>
 * <li>{@link #reload()} reads at once, on the caller's thread: at start, after an administrator's change, and every
 *     {@code refresh} from the owner's timer.</li>
 * <li>An interface not in the map (a user created a moment ago, or a phone that is no one's) asks for one read in the
 *     background, at most one per {@code missGap}; the lookup answers "unknown" meanwhile. An interface still unknown
 *     after that read is not asked about again until the next {@link #reload()}: a phone that is no one's (a member
 *     that is not a console user) does not keep the directory reading.</li>
 * <li>A read that fails keeps the map it had; until a first read succeeds, a failed read is tried again after
 *     {@code missGap}.</li>
 * </ul>
 */
public final class ReloadingAgentDirectory implements AgentDirectory {

    private static final Logger LOG = Logger.getLogger(ReloadingAgentDirectory.class);

    /** Runs {@code task} after {@code delayNanos}, on some thread other than the asker's. */
    @FunctionalInterface
    public interface Later {
        void run(Runnable task, long delayNanos);
    }

    private final Supplier<Map<String, String>> source;
    private final Later later;
    private final LongSupplier nanoTime;
    private final long missGapNanos;

    private volatile Map<String, String> byInterface = Map.of();
    /** Interfaces looked up, not found, and already read for since the last {@link #reload()}. */
    private final Set<String> misses = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean readQueued = new AtomicBoolean();
    private volatile long readAt;
    private volatile boolean loaded;

    /**
     * @param source   reads the map, interface → user name (may be slow, may throw)
     * @param later    runs background reads
     * @param nanoTime the clock for {@code missGap}
     * @param missGap  the least time between two reads asked for by unknown interfaces
     */
    public ReloadingAgentDirectory(Supplier<Map<String, String>> source, Later later, LongSupplier nanoTime,
                                   Duration missGap) {
        this.source = Objects.requireNonNull(source, "source");
        this.later = Objects.requireNonNull(later, "later");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.missGapNanos = missGap.toNanos();
        this.readAt = nanoTime.getAsLong() - missGapNanos;
    }

    /** Background reads on {@code executor}. */
    public static Later on(ScheduledExecutorService executor) {
        return (task, delayNanos) -> executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }

    /** On the asker's thread: from memory only. */
    @Override
    public Optional<String> agentFor(String interfaceOrChannel) {
        String iface = AgentDirectory.interfaceOf(interfaceOrChannel);
        String agent = byInterface.get(iface);
        if (agent == null && misses.add(iface)) {
            readSoon();
        }
        return Optional.ofNullable(agent);
    }

    /** Reads the map now, on this thread, and forgets which interfaces were unknown. */
    public void reload() {
        if (read()) {
            misses.clear();
        }
    }

    /** Whether a read has succeeded yet. */
    public boolean loaded() {
        return loaded;
    }

    private void readSoon() {
        if (readQueued.compareAndSet(false, true)) {
            long delay = Math.max(0, readAt + missGapNanos - nanoTime.getAsLong());
            try {
                later.run(() -> {
                    readQueued.set(false);
                    if (!read() && !loaded) {
                        readSoon();
                    }
                }, delay);
            } catch (RuntimeException e) {
                readQueued.set(false);
                LOG.warnf("Agent directory: a read could not be scheduled (%s)", e.getMessage());
            }
        }
    }

    private boolean read() {
        try {
            byInterface = Map.copyOf(source.get());
            loaded = true;
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Agent directory not refreshed (database: %s); keeping the last one", e.getMessage());
            return false;
        } finally {
            readAt = nanoTime.getAsLong();
        }
    }
}
