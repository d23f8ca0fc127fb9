package tr.gov.acikkapi.cti.event;

/**
 * Something the console, the wallboard or case handling must know about a call, an agent, a queue or
 * the PBX link. A closed set of immutable records, free of asterisk-java types, fired in order per PBX
 * server (one thread at a time per server) and meant to be re-fired as CDI events by the integrator.
 *
 * <p>Agents are named by our user name where the {@link tr.gov.acikkapi.cti.agent.AgentDirectory}
 * knows the phone, by the PBX interface string otherwise. Calls are named by Asterisk's
 * {@code Linkedid}: the Uniqueid of the first channel of the call, stable for its whole life.
 */
public sealed interface CtiEvent permits CallOffered, AgentRinging, AgentRingStopped, CallAnswered,
        CallTransferred, CallEnded, CallAbandoned, AgentStateChanged, QueueSnapshot, PbxLinkChanged, WrapUpEnded {
}
