package tr.gov.acikkapi.cti.simulator;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A scenario being played: the call it created (if any) and when it is over. */
public final class ScenarioRun {

    private final String linkedid;
    private final CompletableFuture<Void> completion;

    ScenarioRun(String linkedid, CompletableFuture<Void> completion) {
        this.linkedid = linkedid;
        this.completion = completion;
    }

    /** The Linkedid of the call the scenario created; empty for scenarios without a call. */
    public String linkedid() {
        return linkedid;
    }

    /** Completes when the scenario's last event has been sent. */
    public CompletableFuture<Void> completion() {
        return completion;
    }

    /** Waits at most {@code bound} for the end of the scenario; true if it ended. */
    public boolean await(Duration bound) throws InterruptedException {
        try {
            completion.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("scenario failed", e.getCause());
        }
    }
}
