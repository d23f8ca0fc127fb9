package tr.gov.acikkapi.console.wallboard;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Turns a burst of changes into few pushes: the first change is pushed at once, later ones at most once per
 * {@code gap}, and a change is never left without a push after it. A push says only "changed"; pages then read the
 * model, so one push covers every change before it.
 */
public final class PushThrottle {

    private static final Logger LOG = Logger.getLogger(PushThrottle.class);

    /** Runs a task after a delay (a managed scheduled executor in the server, a fake in tests). */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private final long gapNanos;
    private final Scheduler scheduler;
    private final LongSupplier nanoTime;
    private final Runnable push;

    private boolean pending;
    private boolean pushedBefore;
    private long lastPush;

    /**
     * @param gap       the least time between two pushes
     * @param scheduler runs the pushes
     * @param nanoTime  a monotonic clock ({@code System::nanoTime})
     * @param push      sends the push
     */
    public PushThrottle(Duration gap, Scheduler scheduler, LongSupplier nanoTime, Runnable push) {
        this.gapNanos = gap.toNanos();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.push = Objects.requireNonNull(push, "push");
    }

    /** Something changed: a push follows, now or when the gap since the last one is over. */
    public void changed() {
        long delay;
        synchronized (this) {
            if (pending) {
                return;
            }
            pending = true;
            delay = pushedBefore ? Math.max(0, lastPush + gapNanos - nanoTime.getAsLong()) : 0;
        }
        scheduler.schedule(this::fire, Duration.ofNanos(delay));
    }

    private void fire() {
        synchronized (this) {
            pending = false;
            pushedBefore = true;
            lastPush = nanoTime.getAsLong();
        }
        try {
            push.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Wallboard push failed");
        }
    }
}
