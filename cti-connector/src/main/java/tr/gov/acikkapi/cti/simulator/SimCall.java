package tr.gov.acikkapi.cti.simulator;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** One call in the simulated PBX: the citizen's Local pair, the queue, the agent leg, the timers. */
final class SimCall {

    enum State { WAITING, RINGING, CONNECTED, OUTSIDE_QUEUE, DONE }

    final String linkedid;
    final String callerNumber;
    final SimChannel caller1;
    final SimChannel caller2;
    final CallPlan plan;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    State state = State.OUTSIDE_QUEUE;
    SimQueue queue;
    Instant joinedAt;
    int originalPosition;
    int attempt;
    Instant retryAt = Instant.MIN;

    SimMember member;
    String agentIface;
    SimChannel agent1;
    SimChannel agent2;
    Instant ringStartedAt;
    Instant connectedAt;
    SimBridge bridge;
    boolean viaQueue;

    ScheduledFuture<?> pending;
    ScheduledFuture<?> patienceTimer;

    /** For click-to-dial calls: the agent interface whose phone rings first. */
    boolean outbound;

    SimCall(String linkedid, String callerNumber, SimChannel caller1, SimChannel caller2, CallPlan plan) {
        this.linkedid = linkedid;
        this.callerNumber = callerNumber;
        this.caller1 = caller1;
        this.caller2 = caller2;
        this.plan = plan;
    }

    void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    void cancelTimers() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (patienceTimer != null) {
            patienceTimer.cancel(false);
            patienceTimer = null;
        }
    }
}
