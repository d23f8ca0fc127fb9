package tr.gov.acikkapi.console.wallboard;

import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.wrapup.WrapUpPeriods;

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

    /**
     * Whether the agent is in the wrap-up after a call: paused with the wrap-up reason the CTI server gives the pause
     * ({@link WrapUpPeriods#PAUSE_REASON}); {@link #since} is then when the wrap-up began.
     */
    public boolean inWrapUp() {
        return state == AgentState.PAUSED && pauseReason.filter(WrapUpPeriods.PAUSE_REASON::equals).isPresent();
    }
}
