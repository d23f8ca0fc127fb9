package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.CallRecords;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallSummary;

/**
 * Writes one call record per ended call into the case core (idempotent on server and linkedid, so a call reported
 * twice is written once): caller, queue, agent, times, wait and talk, outcome, and whether it ended while the PBX
 * link was down.
 */
@ApplicationScoped
public class CallRecordSink {

    private static final Logger LOG = Logger.getLogger(CallRecordSink.class);

    @Inject
    CallRecords records;

    void onEnded(@Observes CallEnded ended) {
        CallSummary call = ended.summary();
        try {
            records.record(new CallFacts(new CallKey(call.server(), call.linkedid()), call.callerNumber(), call.queue(),
                    call.agent().orElse(null), call.enteredQueue(), call.answered().orElse(null), call.ended(), null,
                    call.endedWhileLinkDown()));
        } catch (RuntimeException e) {
            LOG.errorf("Call record of %s/%s not written: %s", call.server(), call.linkedid(), e.getMessage());
        }
    }
}
