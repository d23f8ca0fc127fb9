package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.outbox.CaseCoreOutbox;
import tr.gov.acikkapi.cti.outbox.OutboxItem;

import java.time.Instant;

/**
 * Writes one call record per ended call into the case core (idempotent on server and linkedid, so a call reported
 * twice is written once): caller, queue, agent, times, wait and talk, outcome, whether it ended while the PBX
 * link was down, and each agent's part of the call (agent segments). A call whose end was inferred after a link outage can carry times out of order (an estimated end
 * before the answer); they are put in order (answer not before entry, end not before answer) rather than have the
 * case core refuse the record. The write goes through the {@link CaseCoreOutbox}: while the database is unreachable the record
 * waits in the outbox's journal and is written when the database is back.
 */
@ApplicationScoped
public class CallRecordSink {

    private static final Logger LOG = Logger.getLogger(CallRecordSink.class);

    @Inject
    CaseCoreOutbox outbox;

    void onEnded(@Observes CallEnded ended) {
        CallSummary call = ended.summary();
        try {
            Instant entered = call.enteredQueue();
            Instant answered = call.answered().map(at -> latest(at, entered)).orElse(null);
            Instant end = latest(call.ended(), answered == null ? entered : answered);
            outbox.submit(new OutboxItem.CallRecord(call.server(), call.linkedid(), call.callerNumber(), call.queue(),
                    call.agent().orElse(null), entered, answered, end, call.endedWhileLinkDown(), call.segments()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Call record of %s/%s could be neither written nor journaled", call.server(), call.linkedid());
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }
}
