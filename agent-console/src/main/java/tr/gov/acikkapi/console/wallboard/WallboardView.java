package tr.gov.acikkapi.console.wallboard;

import java.time.Instant;
import java.util.List;

/**
 * What a wallboard shows at one instant: an immutable copy of the live model, safe to render while events go on.
 *
 * @param at             when the copy was taken
 * @param countingSince  when the counters started (midnight in Istanbul, or the server's start if later)
 * @param queues         the queues by name
 * @param agents         the agents in Turkish alphabetical order
 * @param links          the PBX links by server name
 */
public record WallboardView(Instant at, Instant countingSince, List<QueueFigures> queues, List<AgentFigures> agents,
                            List<LinkFigures> links) {

    public WallboardView {
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        links = List.copyOf(links);
    }
}
