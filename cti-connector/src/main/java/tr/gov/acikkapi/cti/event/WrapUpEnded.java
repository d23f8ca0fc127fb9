package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's wrap-up of a call ended without the agent: its time ran out, the default disposition was written (unless
 * the agent had written one) and the agent's phone is offered calls again. The desk takes the call off the agent's
 * screen. A wrap-up the agent saves at the desk needs no event: the desk knows.
 *
 * @param disposition the default disposition code written for the call
 */
public record WrapUpEnded(String agent, String linkedid, String disposition, Instant at) implements CtiEvent {

    public WrapUpEnded {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(at, "at");
    }
}
