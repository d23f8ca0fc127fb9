package tr.gov.acikkapi.casecore.application;

/**
 * One agent's calls in a period, counted from the agents' parts of calls (segments), not from the last agent named on
 * each call record: an agent who answered a call and transferred it counts it too.
 *
 * @param agent           the console user name (or PBX interface)
 * @param parts           the agent's parts of calls that began in the period
 * @param talkSeconds     the agent's talk time in those parts
 * @param transferredAway the parts the agent ended by transferring the call
 * @param receivedByTransfer the parts the agent got by a transfer (not by the queue)
 */
public record AgentCallFigures(String agent, long parts, long talkSeconds, long transferredAway,
                               long receivedByTransfer) {
}
