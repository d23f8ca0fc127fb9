package tr.gov.acikkapi.cti.event;

import java.util.Objects;

/** An agent's phone stopped ringing for a call the agent did not take: retract the screen pop. */
public record AgentRingStopped(String agent, String linkedid, RingStopReason reason) implements CtiEvent {

    public AgentRingStopped {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(linkedid, "linkedid");
        Objects.requireNonNull(reason, "reason");
    }
}
