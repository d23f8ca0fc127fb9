package tr.gov.acikkapi.console.wallboard;

import tr.gov.acikkapi.cti.event.AgentState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One agent on the wallboard. An agent in several queues shows the most telling of its states there (busy, ringing,
 * ready, paused, logged out, in that order).
 *
 * @param agent        the user name (or the PBX interface of a phone no user has)
 * @param since        when the agent entered this state (as far as the server saw it)
 * @param callerNumber the number of the call the agent talks to or that rings, if any
 * @param queues       the queues the agent is a member of
 */
public record AgentFigures(String agent, AgentState state, Optional<String> pauseReason, Instant since,
                           Optional<String> callerNumber, List<String> queues) {

    public AgentFigures {
        queues = List.copyOf(queues);
    }
}
