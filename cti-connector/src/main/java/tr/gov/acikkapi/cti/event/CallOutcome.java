package tr.gov.acikkapi.cti.event;

/** How a queued call ended, for statistics and SLA reports. */
public enum CallOutcome {
    /** An agent talked to the citizen. */
    ANSWERED,
    /** The citizen hung up while waiting in the queue. */
    ABANDONED,
    /** The call left the queue without an agent (queue timeout, redirect to voicemail or IVR). */
    UNANSWERED,
    /**
     * Not observed: the call was waiting (or ringing) when the PBX link went down or the PBX restarted, and was gone
     * when the link came back. Whether it was answered or abandoned meanwhile cannot be known, so it counts as
     * neither (no abandon figure, no callback); the times seen before the cut are kept.
     */
    LOST
}
