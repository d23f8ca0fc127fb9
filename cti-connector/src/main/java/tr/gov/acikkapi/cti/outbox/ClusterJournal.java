package tr.gov.acikkapi.cti.outbox;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The outbox's journal in a map that the cluster replicates to every node and keeps on each node's disk: in the
 * deployed product a replicated Infinispan cache with a file store ({@code server/acikkapi-outbox}, see
 * docs/src/cluster.md). Each item is one entry, its key this node's name and a sequence number
 * ({@code node1#0000000000000000042}), its value the item's flat JSON; an acknowledged item is removed.
 *
 * <p>So the items of a node that dies stay on the others: {@link #adoptOrphans()} takes the items of every owner that
 * is no longer a member of the cluster into this node's own journal (appended behind its own items, each owner's in
 * their order, then removed under the old key), and this node's outbox writes them. Only the oldest member adopts,
 * so two survivors do not both write them; if the view changes in the middle and two do, an item is written twice,
 * which the idempotent deliveries absorb. A node that restarts under its own name finds its items again.
 *
 * <p>Thread-safe; the cluster's own replication and persistence are the map's, not this class's.
 */
public final class ClusterJournal implements OutboxJournal {

    private static final Logger LOG = Logger.getLogger(ClusterJournal.class);
    private static final char SEPARATOR = '#';

    private final ConcurrentMap<String, String> items;
    private final String self;
    private final Supplier<List<String>> members;
    private final TreeSet<Long> own = new TreeSet<>();
    private long lastSeq;

    /**
     * @param items the replicated map
     * @param self this node's name in the cluster
     * @param members the names of the cluster's members, oldest first, this node included
     */
    public ClusterJournal(ConcurrentMap<String, String> items, String self, Supplier<List<String>> members) {
        if (self == null || self.isBlank() || self.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("Outbox journal: node name '" + self + "' is empty or contains '#'");
        }
        this.items = items;
        this.self = self;
        this.members = members;
        for (String key : items.keySet()) {
            parse(key).filter(k -> k.owner().equals(self)).ifPresent(k -> own.add(k.seq()));
        }
        lastSeq = own.isEmpty() ? 0 : own.last();
    }

    @Override
    public synchronized long append(Map<String, String> fields) {
        long seq = lastSeq + 1;
        items.put(key(self, seq), JournalLine.write(fields));
        lastSeq = seq;
        own.add(seq);
        return seq;
    }

    @Override
    public synchronized List<Entry> pending(int limit) {
        List<Entry> entries = new ArrayList<>();
        for (long seq : own) {
            if (entries.size() >= limit) {
                break;
            }
            String line = items.get(key(self, seq));
            Optional<Map<String, String>> fields = line == null ? Optional.empty() : JournalLine.read(line);
            if (fields.isPresent()) {
                entries.add(new Entry(seq, fields.get()));
            } else {
                LOG.warnf("Outbox item %s is missing or unreadable and skipped", key(self, seq));
                entries.add(new Entry(seq, Map.of()));
            }
        }
        return entries;
    }

    @Override
    public synchronized long pendingCount() {
        return own.size();
    }

    @Override
    public synchronized void ack(long seq) {
        while (!own.isEmpty() && own.first() <= seq) {
            items.remove(key(self, own.pollFirst()));
        }
    }

    /**
     * Takes over the items of nodes that left the cluster, if this node is the oldest member; returns how many.
     * Items appear in this node's {@link #pending} behind its own.
     */
    public synchronized int adoptOrphans() {
        List<String> now = members.get();
        if (now.isEmpty() || !now.get(0).equals(self)) {
            return 0;
        }
        Map<String, TreeMap<Long, String>> orphans = new TreeMap<>();
        for (String key : items.keySet()) {
            parse(key).filter(k -> !k.owner().equals(self) && !now.contains(k.owner()))
                    .ifPresent(k -> orphans.computeIfAbsent(k.owner(), o -> new TreeMap<>()).put(k.seq(), key));
        }
        int adopted = 0;
        for (Map.Entry<String, TreeMap<Long, String>> owner : orphans.entrySet()) {
            int before = adopted;
            for (String key : owner.getValue().values()) {
                String line = items.get(key);
                if (line != null) {
                    long seq = lastSeq + 1;
                    items.put(key(self, seq), line);
                    lastSeq = seq;
                    own.add(seq);
                    adopted++;
                }
                items.remove(key);
            }
            LOG.infof("The outbox took over %d item(s) of node %s, which is no longer in the cluster %s",
                    adopted - before, owner.getKey(), now);
        }
        return adopted;
    }

    /** Nothing to close: the map belongs to the cluster. */
    @Override
    public void close() {
        LOG.debugf("Outbox journal of %s closed with %d item(s) waiting", self, pendingCount());
    }

    private static String key(String owner, long seq) {
        return owner + SEPARATOR + String.format("%019d", seq);
    }

    private record Key(String owner, long seq) {
    }

    private static Optional<Key> parse(String key) {
        int at = key.lastIndexOf(SEPARATOR);
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Key(key.substring(0, at), Long.parseLong(key.substring(at + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
