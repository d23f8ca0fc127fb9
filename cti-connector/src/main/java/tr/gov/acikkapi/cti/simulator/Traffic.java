package tr.gov.acikkapi.cti.simulator;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Generated traffic (demo or load) that runs until stopped. */
public final class Traffic implements AutoCloseable {

    private final AtomicLong callsStarted = new AtomicLong();
    private volatile ScheduledFuture<?> task;

    Traffic() {
    }

    void attach(ScheduledFuture<?> generator) {
        this.task = generator;
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
