package tr.gov.acikkapi.cti.event;

import java.util.Objects;

/** A queued call is over; sent exactly once per call, whatever order the PBX's events came in. */
public record CallEnded(CallSummary summary) implements CtiEvent {

    public CallEnded {
        Objects.requireNonNull(summary, "summary");
    }

    /** Shortcut for {@code summary().linkedid()}. */
    public String linkedid() {
        return summary.linkedid();
    }
}
