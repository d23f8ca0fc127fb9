package tr.gov.acikkapi.cti.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A connected call moved from one agent to another (blind or attended transfer, or a redirect that
 * ends in another agent's phone). The call keeps its linkedid; its {@link CallEnded} names the last agent.
 */
public record CallTransferred(String linkedid, String fromAgent, String toAgent, Instant at) implements CtiEvent {

    public CallTransferred {
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(fromAgent, "fromAgent");
        Objects.requireNonNull(toAgent, "toAgent");
        Objects.requireNonNull(at, "at");
    }
}
