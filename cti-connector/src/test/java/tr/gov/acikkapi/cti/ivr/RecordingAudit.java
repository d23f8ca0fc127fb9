package tr.gov.acikkapi.cti.ivr;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The audit port as the tests' implementation: remembers every attempt in order. */
final class RecordingAudit implements IvrAudit {

    record Attempt(String callerId, Script script, String trackingNumberKeyed, Outcome outcome) {
    }

    final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    @Override
    public void attempt(String callerId, Script script, String trackingNumberKeyed, Outcome outcome) {
        attempts.add(new Attempt(callerId, script, trackingNumberKeyed, outcome));
    }

    List<Outcome> outcomes() {
        return attempts.stream().map(Attempt::outcome).toList();
    }
}
