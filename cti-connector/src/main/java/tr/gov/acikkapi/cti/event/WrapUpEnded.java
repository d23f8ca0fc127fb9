package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's wrap-up of a call ended without that desk: its time ran out, the default disposition was written (unless
 * the agent had written one) and the agent's phone is offered calls again; or, in a cluster, the agent saved it at a
 * desk of another node. The desk takes the call off the agent's screen. A wrap-up the agent saves at a desk of this
 * node needs no event: the desk knows.
 *
 * @param disposition the default disposition code written for the call; empty when the agent saved the wrap-up on
 *                    another node (that desk wrote the agent's own)
 */
public record WrapUpEnded(String agent, String linkedid, String disposition, Instant at) implements CtiEvent {

    public WrapUpEnded {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(at, "at");
    }
}
