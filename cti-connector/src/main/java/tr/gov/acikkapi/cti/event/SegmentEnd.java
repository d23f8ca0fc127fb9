package tr.gov.acikkapi.cti.event;

/** How one agent's part of a call ended ({@link AgentSegment}). */
public enum SegmentEnd {
    /** The agent ended it (hung up, or the call ended while the agent had it). */
    COMPLETED,
    /** The agent handed the call to another agent (blind or attended transfer). */
    TRANSFERRED,
    /** The citizen hung up while talking to the agent. */
    CALLER_HUNG_UP,
    /** The end was not observed: the PBX link was down or the PBX restarted. */
    NOT_OBSERVED
}
