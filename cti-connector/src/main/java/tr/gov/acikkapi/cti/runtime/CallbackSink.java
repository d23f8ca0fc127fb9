package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.Callbacks;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallSummary;

/**
 * Abandoned callers become callback tasks; when the same number calls again and an agent answers, its open tasks
 * close by themselves.
 */
@ApplicationScoped
public class CallbackSink {

    private static final Logger LOG = Logger.getLogger(CallbackSink.class);

    @Inject
    Callbacks callbacks;

    void onEnded(@Observes CallEnded ended) {
        CallSummary call = ended.summary();
        if (call.outcome() != CallOutcome.ABANDONED) {
            return;
        }
        try {
            callbacks.abandoned(new CallKey(call.server(), call.linkedid()), call.callerNumber(), call.queue(),
                    call.ended(), (int) Math.min(Integer.MAX_VALUE, call.waitSeconds()));
        } catch (RuntimeException e) {
            LOG.errorf("Callback task for %s/%s not written: %s", call.server(), call.linkedid(), e.getMessage());
        }
    }

    void onAnswered(@Observes CallAnswered answered) {
        try {
            callbacks.answeredAgain(answered.callerNumber(), answered.agent());
        } catch (RuntimeException e) {
            LOG.errorf("Callback tasks of call %s not closed: %s", answered.linkedid(), e.getMessage());
        }
    }
}
