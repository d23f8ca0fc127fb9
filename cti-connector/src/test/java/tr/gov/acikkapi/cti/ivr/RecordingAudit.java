package tr.gov.acikkapi.cti.ivr;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** The audit port as the tests' implementation: remembers every attempt in order. */
final class RecordingAudit implements IvrAudit {

    record Attempt(String callerId, Script script, String trackingNumberKeyed, Outcome outcome) {
    }

    final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    /** The attempts recorded inside a unit of work of the case core ({@link #unitOfWork}). */
    final List<Attempt> attemptsInUnit = new CopyOnWriteArrayList<>();
    /** Tells whether the recording thread is inside a unit of work; none by default. */
    volatile BooleanSupplier unitOfWork = () -> false;

    @Override
    public void attempt(String callerId, Script script, String trackingNumberKeyed, Outcome outcome) {
        Attempt attempt = new Attempt(callerId, script, trackingNumberKeyed, outcome);
        attempts.add(attempt);
        if (unitOfWork.getAsBoolean()) {
            attemptsInUnit.add(attempt);
        }
    }

    List<Outcome> outcomes() {
        return attempts.stream().map(Attempt::outcome).toList();
    }
}
