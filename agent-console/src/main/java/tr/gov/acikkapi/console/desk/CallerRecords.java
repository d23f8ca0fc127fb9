package tr.gov.acikkapi.console.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;

import java.util.List;

/**
 * The caller's records as a screen pop shows them to an agent: the citizens on the caller's number with their open
 * applications, and an audit entry for each citizen shown ({@code SCREEN_POP}, the call's linkedid as reason).
 *
 * <p>{@link #showTo} reads and audits in one transaction: one connection check, one pair of autocommit switches and
 * one commit for the pop, where the lookup and the audit in transactions of their own took two of each. The
 * benchmark counts the statements per call (docs/src/performance.md). An audit that fails rolls the transaction back
 * and the caller gets no records to show, as before.
 */
@ApplicationScoped
public class CallerRecords {

    private static final String ACTION = "SCREEN_POP";

    @Inject
    Lookups lookups;

    @Inject
    AuditTrail audit;

    /** The citizens on {@code phone} with their open applications, each audited as shown to {@code agent}. */
    @Transactional
    public List<CitizenOverview> showTo(String agent, PhoneNumber phone, String linkedid) {
        List<CitizenOverview> citizens = lookups.byPhone(phone);
        audit(citizens, agent, linkedid);
        return citizens;
    }

    /** Audits citizens already read as shown to {@code agent} on call {@code linkedid} (a transfer, a new citizen). */
    @Transactional
    public void audit(List<CitizenOverview> citizens, String agent, String linkedid) {
        if (!citizens.isEmpty()) {
            audit.recordEach(agent, ACTION, "citizen", citizens.stream().map(c -> Long.toString(c.citizen().id())).toList(),
                    "call " + linkedid);
        }
    }
}
