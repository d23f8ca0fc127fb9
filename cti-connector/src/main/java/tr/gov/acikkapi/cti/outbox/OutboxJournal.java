package tr.gov.acikkapi.cti.outbox;

import java.util.List;
import java.util.Map;

/**
 * Where the {@link Outbox} keeps the items the case core has not taken yet, in the order they were appended, so that
 * they survive a restart: {@link ClusterJournal} in a replicated Infinispan cache (the deployed product: another node
 * drains the items of a node that died), {@link Journal} in a file on this node's disk.
 *
 * <p>An item handed out by {@link #pending} and delivered stays until {@link #ack} says so; a crash between the two
 * hands it out again, which is why deliveries must be idempotent.
 */
public interface OutboxJournal extends AutoCloseable {

    /** An item of the journal with its sequence number. */
    record Entry(long seq, Map<String, String> fields) {
    }

    /** Appends an item, durably once this returns; returns its sequence number. */
    long append(Map<String, String> fields);

    /** The items not yet acknowledged, oldest first, at most {@code limit}. */
    List<Entry> pending(int limit);

    /** How many items wait for delivery. */
    long pendingCount();

    /** Records that every item up to {@code seq} was delivered. */
    void ack(long seq);

    @Override
    void close();
}
