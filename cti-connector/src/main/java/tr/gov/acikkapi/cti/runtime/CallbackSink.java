package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.outbox.CaseCoreOutbox;
import tr.gov.acikkapi.cti.outbox.OutboxItem;

/**
 * Abandoned callers become callback tasks; when the same number calls again and an agent answers, its open tasks
 * close by themselves. Both writes go through the {@link CaseCoreOutbox}, so a database outage delays them instead
 * of losing them.
 */
@ApplicationScoped
public class CallbackSink {

    private static final Logger LOG = Logger.getLogger(CallbackSink.class);

    @Inject
    CaseCoreOutbox outbox;

    void onEnded(@Observes CallEnded ended) {
        CallSummary call = ended.summary();
        if (call.outcome() != CallOutcome.ABANDONED) {
            return;
        }
        try {
            outbox.submit(new OutboxItem.AbandonedCall(call.server(), call.linkedid(), call.callerNumber(), call.queue(),
                    call.ended(), (int) Math.min(Integer.MAX_VALUE, call.waitSeconds())));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Callback task for %s/%s could be neither written nor journaled", call.server(), call.linkedid());
        }
    }

    void onAnswered(@Observes CallAnswered answered) {
        try {
            outbox.submit(new OutboxItem.AnsweredAgain(answered.callerNumber(), answered.agent(), answered.linkedid()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Callback tasks of call %s could be neither closed nor journaled", answered.linkedid());
        }
    }
}
