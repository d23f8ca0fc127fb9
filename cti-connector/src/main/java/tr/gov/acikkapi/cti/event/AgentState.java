package tr.gov.acikkapi.cti.event;

/** What an agent can do for a queue right now. */
public enum AgentState {
    /** Not a member of the queue, or the phone is unavailable. */
    LOGGED_OUT,
    /** Free for the next call. */
    READY,
    /** On a break (with a reason) and not offered calls. */
    PAUSED,
    /** On a call. */
    BUSY,
    /** The phone rings with a call. */
    RINGING
}
