package tr.gov.acikkapi.cti.ami;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks one at a time, in submission order, on a shared {@link Executor} (for example a
 * container-managed executor): a sequential lane without a thread of its own. Submitting never blocks
 * and never fails for load (the queue is unbounded), so asterisk-java's reader thread can hand an event
 * over and return at once. Each task happens-before the next. A task that throws is logged and the
 * lane goes on. When the shared executor has been shut down (the container is stopping),
 * {@link #executeUnlessStopped(Runnable)} drops the task quietly instead of failing, and tasks still queued
 * are dropped the same way.
 */
public final class SerialLane implements Executor {

    private static final Logger LOG = Logger.getLogger(SerialLane.class);
    private static final int BATCH = 512;

    private final Executor delegate;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger backlog = new AtomicInteger();

    public SerialLane(Executor delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(Objects.requireNonNull(task, "task"));
        backlog.incrementAndGet();
        schedule();
    }

    /**
     * Like {@link #execute(Runnable)}, for the last tasks of a shutdown: if the executor no longer takes work
     * (it was shut down first, as a container does on stop), the task is dropped with a DEBUG line instead of
     * an exception.
     *
     * @return false when the task was dropped
     */
    public boolean executeUnlessStopped(Runnable task) {
        try {
            execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            if (tasks.remove(task)) {
                backlog.decrementAndGet();
            }
            logDropped();
            return false;
        }
    }

    /**
     * Waits until every task submitted before this call has run (the lane is first in, first out, so a marker task
     * reaching its turn means they have), at most {@code timeout}.
     *
     * @return false when the wait timed out, was interrupted, or the executor no longer takes work
     */
    public boolean awaitIdle(Duration timeout) {
        CountDownLatch reached = new CountDownLatch(1);
        if (!executeUnlessStopped(reached::countDown)) {
            return false;
        }
        try {
            return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Tasks submitted and not yet run (a health metric: a growing backlog means a slow consumer). */
    public int backlog() {
        return backlog.get();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                delegate.execute(this::drain);
            } catch (RuntimeException e) {
                scheduled.set(false);
                throw e;
            }
        }
    }

    private void logDropped() {
        LOG.debugf("Serial lane: the executor has stopped; %d task(s) left unrun at shutdown", backlog.get());
    }

    private void drain() {
        try {
            for (int i = 0; i < BATCH; i++) {
                Runnable task = tasks.poll();
                if (task == null) {
                    break;
                }
                backlog.decrementAndGet();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("A task on the serial lane failed; the lane goes on", e);
                }
            }
        } finally {
            scheduled.set(false);
            if (!tasks.isEmpty()) {
                try {
                    schedule();
                } catch (RejectedExecutionException e) {
                    logDropped();
                }
            }
        }
    }
}
