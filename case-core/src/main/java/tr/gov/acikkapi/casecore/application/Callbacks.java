package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.call.CallKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Callback tasks for callers who hung up in the queue. One task per abandoned call (recording the same call twice
 * changes nothing); open tasks are the agents' callback list, oldest first.
 */
public interface Callbacks {

    /** Opens a task for an abandoned call. */
    void abandoned(CallKey call, String callerRaw, String queue, Instant at, int waitSeconds);

    /** The open tasks, oldest first, at most {@code limit}. */
    List<Task> open(int limit);

    /** An agent called the task's number back (or dismissed it): the task is closed, returned when it was open. */
    Optional<Task> close(long taskId, boolean calledBack, String actor);

    /** The citizen called again and was answered: every open task of that number is closed; returns how many. */
    int answeredAgain(String callerRaw, String actor);

    /** One open callback task as the desk lists it. */
    record Task(long id, String callerRaw, Optional<String> phoneE164, String queue, Instant abandonedAt, int waitSeconds) {
    }
}
