package tr.gov.acikkapi.cti.ivr;

import org.jboss.logging.Logger;

/**
 * Hands attempts to the {@link IvrAudit} port. {@link #record} never fails the call: an audit that throws is logged
 * (without the caller's number) and the conversation goes on. {@link #recordInUnit} is for an attempt audited in
 * the same unit of work as the answer the caller is about to hear ({@link IvrCases#inOneUnit}): there a failed
 * audit fails the unit, and the caller hears an apology instead of the answer.
 */
final class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);

    private final IvrAudit audit;
    private final IvrAudit.Script script;

    AttemptRecorder(IvrAudit audit, IvrAudit.Script script) {
        this.audit = audit;
        this.script = script;
    }

    void recordInUnit(CallerId caller, String keyed, IvrAudit.Outcome outcome) {
        audit.attempt(caller.raw(), script, keyed == null ? "" : keyed, outcome);
    }

    void record(CallerId caller, String keyed, IvrAudit.Outcome outcome) {
        try {
            audit.attempt(caller.raw(), script, keyed == null ? "" : keyed, outcome);
        } catch (RuntimeException e) {
            LOG.errorf(e, "IVR audit record could not be written (%s, %s)", script, outcome);
        }
    }
}
