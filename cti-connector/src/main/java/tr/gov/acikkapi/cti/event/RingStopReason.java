package tr.gov.acikkapi.cti.event;

/** Why an agent's phone stopped ringing without that agent taking the call. */
public enum RingStopReason {
    /** The agent did not answer in time (or rejected the call); the queue moves on. */
    NO_ANSWER,
    /** Another agent answered first (ring-all strategies). */
    ANSWERED_ELSEWHERE,
    /** The citizen hung up while the phone rang. */
    CALLER_LEFT,
    /** The call left the queue or ended for another reason (timeout, redirect). */
    CALL_ENDED,
    /** The PBX restarted or the link was lost; the call is gone or its state unknown. */
    PBX_LOST
}
