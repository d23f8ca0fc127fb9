package tr.gov.acikkapi.cti.simulator;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Generated traffic (demo or load) that runs until stopped. */
public final class Traffic implements AutoCloseable {

    private final AtomicLong callsStarted = new AtomicLong();
    private volatile ScheduledFuture<?> task;
    private volatile boolean stopped;

    Traffic() {
    }

    /** The generator's current task (a repeating one, or the next arrival); cancelled at once if already stopped. */
    void attach(ScheduledFuture<?> generator) {
        this.task = generator;
        if (stopped) {
            generator.cancel(false);
        }
    }

    boolean stopped() {
        return stopped;
    }

    void countCall() {
        callsStarted.incrementAndGet();
    }

    /** How many calls this traffic started so far. */
    public long callsStarted() {
        return callsStarted.get();
    }

    /** Stops starting new calls; calls in progress play to their end. */
    public void stop() {
        stopped = true;
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
