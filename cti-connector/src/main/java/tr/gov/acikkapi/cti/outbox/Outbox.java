package tr.gov.acikkapi.cti.outbox;

import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Writes items into the case core now if it can, and otherwise later, without losing or reordering them. An item is
 * written at once while nothing waits in the {@link OutboxJournal}; if that write fails (the database is unreachable) or
 * items already wait, it is appended to the journal, and a drain on the scheduler writes the waiting items in order,
 * retrying with a back-off (1 s doubling to 5 s: a failed attempt costs one refused connection) until the
 * database takes them. A write the case core refuses
 * outright (its validation, see {@code rejected}) would fail forever: it is logged and counted, not retried.
 *
 * <p>With a writer thread ({@link #startWriter}) {@link #submit} only queues the item in memory and returns at once, so
 * the PBX's event lane never waits for the database; the writer takes the items in order. Items still queued when
 * the outbox stops are appended to the journal. (Items in that memory queue, like the events in the lane's own
 * queue, do not survive a crash of the JVM; everything that reached the journal does.)
 *
 * <p>Acknowledgements are written after each batch of up to {@value #BATCH} items (and when a drain stops), so a
 * crash in a drain writes at most one batch again; the writes are idempotent, so nothing is doubled.
 */
public final class Outbox {

    /** Writes one item into the case core; throws when it could not. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(OutboxItem item);
    }

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final OutboxJournal journal;
    private final Delivery delivery;
    private final Predicate<RuntimeException> rejected;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicLong journaled = new AtomicLong();
    private final AtomicLong drained = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final BlockingQueue<OutboxItem> queue = new LinkedBlockingQueue<>();
    private final AtomicLong inFlight = new AtomicLong();
    private volatile Thread writer;
    private volatile boolean writing;
    private volatile Duration backoff = FIRST_BACKOFF;
    private volatile Optional<Instant> failingSince = Optional.empty();
    private volatile String lastError = "";

    public Outbox(OutboxJournal journal, Delivery delivery, Predicate<RuntimeException> rejected,
                  ScheduledExecutorService scheduler, Clock clock) {
        this.journal = journal;
        this.delivery = delivery;
        this.rejected = rejected;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Drains what a previous run left in the journal. */
    public void start() {
        if (journal.pendingCount() > 0) {
            LOG.infof("The outbox holds %d item(s) from before: writing them", journal.pendingCount());
            scheduleDrain(Duration.ZERO);
        }
    }

    /** Starts the writer thread: from now on {@link #submit} queues and returns at once. */
    public void startWriter(ThreadFactory threads) {
        writing = true;
        writer = threads.newThread(this::writeLoop);
        writer.setName("outbox-writer");
        writer.start();
    }

    /** Stops the writer; what it had not written yet goes into the journal, for the next start. */
    public void stop() {
        writing = false;
        Thread thread = writer;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (OutboxItem item = queue.poll(); item != null; item = queue.poll()) {
            journal.append(item.fields());
            inFlight.decrementAndGet();
        }
    }

    /**
     * Writes the item (now, or later if the database does not take it). Never throws for a database failure. With
     * the writer running it only queues the item.
     */
    public void submit(OutboxItem item) {
        if (writing) {
            inFlight.incrementAndGet();
            queue.add(item);
            return;
        }
        write(item);
    }

    private void writeLoop() {
        while (writing) {
            OutboxItem item;
            try {
                item = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (item == null) {
                continue;
            }
            try {
                write(item);
            } catch (RuntimeException e) {
                LOG.errorf(e, "The outbox could neither write nor journal %s", item.describe());
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private void write(OutboxItem item) {
        if (journal.pendingCount() == 0) {
            try {
                delivery.deliver(item);
                return;
            } catch (RuntimeException e) {
                if (rejected.test(e)) {
                    refused(item, e);
                    return;
                }
                failing(e);
            }
        }
        journal.append(item.fields());
        journaled.incrementAndGet();
        LOG.debugf("Journaled %s for a later write", item.describe());
        scheduleDrain(failingSince.isPresent() ? backoff : Duration.ZERO);
    }

    /** Items not yet written: in the journal, and queued for the writer. */
    public long pending() {
        return journal.pendingCount() + inFlight.get();
    }

    /** Since when writes fail, while they do. */
    public Optional<Instant> failingSince() {
        return failingSince;
    }

    /** The last write error, empty once writes succeed again. */
    public String lastError() {
        return lastError;
    }

    /** Items appended to the journal since the start. */
    public long journaled() {
        return journaled.get();
    }

    /** Items written from the journal since the start. */
    public long drained() {
        return drained.get();
    }

    /** Items the case core refused (invalid), logged and dropped, since the start. */
    public long refused() {
        return refused.get();
    }

    private void scheduleDrain(Duration delay) {
        if (drainScheduled.compareAndSet(false, true)) {
            scheduler.schedule(this::drain, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Writes the journal's items in order until it is empty or a write fails. */
    void drain() {
        try {
            while (true) {
                List<OutboxJournal.Entry> batch = journal.pending(BATCH);
                if (batch.isEmpty()) {
                    recovered();
                    return;
                }
                long done = 0;
                for (OutboxJournal.Entry entry : batch) {
                    Optional<OutboxItem> item = OutboxItem.from(entry.fields());
                    if (item.isEmpty()) {
                        LOG.errorf("Outbox item %d is not understood and skipped: %s", entry.seq(), entry.fields());
                        done = entry.seq();
                        continue;
                    }
                    try {
                        delivery.deliver(item.get());
                        drained.incrementAndGet();
                    } catch (RuntimeException e) {
                        if (!rejected.test(e)) {
                            journal.ack(done);
                            failing(e);
                            backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
                            reschedule(backoff);
                            return;
                        }
                        refused(item.get(), e);
                    }
                    done = entry.seq();
                }
                journal.ack(done);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "The outbox drain failed");
            reschedule(MAX_BACKOFF);
            return;
        }
    }

    private void reschedule(Duration delay) {
        drainScheduled.set(false);
        scheduleDrain(delay);
    }

    private void recovered() {
        drainScheduled.set(false);
        if (failingSince.isPresent()) {
            LOG.infof("The case core takes writes again (failing since %s); the outbox is empty", failingSince.get());
        }
        failingSince = Optional.empty();
        lastError = "";
        backoff = FIRST_BACKOFF;
        if (journal.pendingCount() > 0) {
            scheduleDrain(Duration.ZERO);
        }
    }

    private void failing(RuntimeException e) {
        if (failingSince.isEmpty()) {
            failingSince = Optional.of(clock.instant());
            LOG.warnf("Writes into the case core fail (%s): journaling them for later", rootMessage(e));
        }
        lastError = rootMessage(e);
    }

    private void refused(OutboxItem item, RuntimeException e) {
        refused.incrementAndGet();
        LOG.errorf("The case core refused %s, not retried: %s", item.describe(), e.getMessage());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
