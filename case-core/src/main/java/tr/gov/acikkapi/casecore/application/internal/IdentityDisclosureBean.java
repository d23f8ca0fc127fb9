package tr.gov.acikkapi.casecore.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.IdentityDisclosure;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

/**
 * {@link IdentityDisclosure}: the container admits agents and supervisors only; a reveal found through a search is
 * for supervisors. The audit entry is written in the same transaction as the read, so a number shown always has one.
 */
@Stateless
@RolesAllowed({"AGENT", "SUPERVISOR"})
public class IdentityDisclosureBean implements IdentityDisclosure {

    /** The audit action of a reveal. */
    public static final String ACTION = "TC_REVEAL";

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public IdentityDisclosureBean() {
    }

    /** Outside the container (tests): the given entity manager, audit trail and caller. */
    IdentityDisclosureBean(EntityManager em, AuditTrail audit, SessionContext session) {
        this.em = em;
        this.audit = audit;
        this.session = session;
    }

    @Override
    public TcKimlikNo reveal(long citizenId, Occasion occasion, String context) {
        if (occasion == Occasion.SEARCH && !session.isCallerInRole("SUPERVISOR")) {
            throw new DomainException(DomainErrorCode.DISCLOSURE_REFUSED,
                    "Tam T.C. Kimlik No'yu yalnızca görüştüğünüz vatandaş için görebilirsiniz.");
        }
        Citizen citizen = em.find(Citizen.class, citizenId);
        if (citizen == null) {
            throw new DomainException(DomainErrorCode.CITIZEN_NOT_FOUND, "Vatandaş bulunamadı.");
        }
        String why = occasion == Occasion.CALL ? "call " + context : context;
        audit.record(session.getCallerPrincipal().getName(), ACTION, "citizen", Long.toString(citizenId), why);
        return citizen.tcKimlikNo();
    }
}
