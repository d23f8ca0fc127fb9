package tr.gov.acikkapi.cti.event;

/** How a queued call ended, for statistics and SLA reports. */
public enum CallOutcome {
    /** An agent talked to the citizen. */
    ANSWERED,
    /** The citizen hung up while waiting in the queue. */
    ABANDONED,
    /** The call left the queue without an agent (queue timeout, redirect to voicemail or IVR). */
    UNANSWERED,
    /** The call disappeared before an agent took it while the PBX was unreachable or restarting. */
    LOST
}
