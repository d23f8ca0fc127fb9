package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The call center's record of calls: one per call, and the applications each call touched. */
public interface CallRecords {

    /**
     * Writes the record of a call that ended. Idempotent on (server, linkedid): writing the same call
     * again (a retry, a second connector) keeps the first record and returns it.
     */
    CallRecordView record(CallFacts facts);

    /**
     * Writes the record of a call that ended, as {@link #record} does (idempotent on (server, linkedid)), without
     * reading it back: for the writer that does not look at the answer (the CTI outbox, once per call ended), each
     * read-back is three statements per call for nothing.
     */
    void store(CallFacts facts);

    /**
     * Notes that an application was viewed, updated or created during a call (which may still be
     * running). Repeated links keep the strongest relation.
     */
    void linkApplication(CallKey call, TrackingNumber trackingNumber, CallRelation relation, String actor);

    /** The record of a call, if written. */
    Optional<CallRecordView> find(CallKey call);

    /** The recorded calls that touched an application, newest first. */
    List<CallRecordView> callsAbout(TrackingNumber trackingNumber);

    /**
     * The calls that entered the call center in {@code [from, to)}, newest first, at most {@code limit}, each with its
     * path (agent segments); their applications are not read (empty).
     */
    List<CallRecordView> recent(Instant from, Instant to, int limit);

    /** Per agent, the parts of calls (segments) that began in {@code [from, to)}, by agent name. */
    List<AgentCallFigures> agentFigures(Instant from, Instant to);

    /**
     * The agent's wrap-up: how the call ended for the citizen, one of the active disposition codes. Returns false when
     * the call has no record (yet); an unknown or inactive code is refused with a Turkish message.
     */
    boolean setDisposition(CallKey call, String dispositionCode);

    /**
     * The disposition written when the agent's wrap-up time ran out: set only if the call has none yet (an agent's
     * choice is never overwritten). The code must exist, active or not (the default is kept inactive so that agents do
     * not choose it). Returns false when the call has no record or already has a disposition.
     */
    boolean setDefaultDisposition(CallKey call, String dispositionCode);
}
