package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.call.CallKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The calls in progress on a PBX as the node holding its link saw them, kept in the database so that they outlive that
 * node (docs/src/cluster.md): the node that takes the link over takes them up. A call leaves the list in the transaction
 * that writes its call record ({@link CallRecords#record}).
 */
public interface CallsInProgress {

    /** A call entered a queue (kept once: a second report of the same call changes nothing). */
    void offered(CallKey call, String callerRaw, String queue, Instant enteredAt);

    /** The call was answered by the agent on {@code agentInterface} (the PBX's interface, e.g. {@code PJSIP/1001}). */
    void answered(CallKey call, String agentInterface, Instant answeredAt);

    /** The calls in progress on {@code server}, oldest first. */
    List<CallInProgress> on(String server);

    /**
     * One call in progress.
     *
     * @param agentInterface the answering agent's interface, empty while the call waits or rings
     * @param answeredAt     when it was answered, empty while it waits or rings
     */
    record CallInProgress(CallKey call, String callerRaw, String queue, Instant enteredAt,
            Optional<String> agentInterface, Optional<Instant> answeredAt) {
    }
}
