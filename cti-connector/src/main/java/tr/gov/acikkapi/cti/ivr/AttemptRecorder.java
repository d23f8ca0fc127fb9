package tr.gov.acikkapi.cti.ivr;

import org.jboss.logging.Logger;

/**
 * Hands attempts to the {@link IvrAudit} port without ever failing the call: an audit that throws is logged
 * (without the caller's number) and the conversation goes on.
 */
final class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);

    private final IvrAudit audit;
    private final IvrAudit.Script script;

    AttemptRecorder(IvrAudit audit, IvrAudit.Script script) {
        this.audit = audit;
        this.script = script;
    }

    void record(CallerId caller, String keyed, IvrAudit.Outcome outcome) {
        try {
            audit.attempt(caller.raw(), script, keyed == null ? "" : keyed, outcome);
        } catch (RuntimeException e) {
            LOG.errorf(e, "IVR denetim kaydı yazılamadı (%s, %s)", script, outcome);
        }
    }
}
