package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.IdentityDisclosure.Occasion;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The full TC Kimlik No goes to an agent for the caller served, to a supervisor also from a search; each reveal is audited. */
class IdentityDisclosureBeanTest {

    private static ServiceTestSupport services;
    private static long citizenId;
    private static String tc;

    /** The audit trail as a list of "actor action subjectId reason". */
    private static final class RecordedAudit extends AuditTrail {
        final List<String> entries = new ArrayList<>();

        @Override
        public void record(String actor, String action, String subjectType, String subjectId, String reason) {
            entries.add(actor + " " + action + " " + subjectType + "/" + subjectId + " " + reason);
        }
    }

    private static SessionContext caller(String name, Set<String> roles) {
        Principal principal = () -> name;
        return (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "isCallerInRole" -> roles.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @BeforeAll
    static void citizen() {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(Instant.parse("2025-07-01T06:00:00Z")));
        var registered = services.register(1101, 6);
        citizenId = registered.citizen().id();
        tc = registered.citizen().tcKimlikNo().value();
    }

    @Test
    void anAgentSeesTheNumberOfTheCallerServedAndTheRevealIsAudited() {
        RecordedAudit audit = new RecordedAudit();
        String shown = services.inTransaction(em -> new IdentityDisclosureBean(em, audit, caller("temsilci1", Set.of("AGENT")))
                .reveal(citizenId, Occasion.CALL, "1700000000.42").value());
        assertEquals(tc, shown);
        assertEquals(List.of("temsilci1 TC_REVEAL citizen/" + citizenId + " call 1700000000.42"), audit.entries);
    }

    @Test
    void anAgentIsRefusedTheNumberOfACitizenFoundBySearchAndNothingIsAudited() {
        RecordedAudit audit = new RecordedAudit();
        DomainException refused = assertThrows(DomainException.class, () -> services.inTransaction(em ->
                new IdentityDisclosureBean(em, audit, caller("temsilci1", Set.of("AGENT")))
                        .reveal(citizenId, Occasion.SEARCH, "arama: ad")));
        assertEquals(DomainErrorCode.DISCLOSURE_REFUSED, refused.code());
        assertEquals(List.of(), audit.entries);
    }

    @Test
    void aSupervisorSeesTheNumberOfACitizenFoundBySearch() {
        RecordedAudit audit = new RecordedAudit();
        String shown = services.inTransaction(em -> new IdentityDisclosureBean(em, audit,
                caller("supervizor", Set.of("AGENT", "SUPERVISOR"))).reveal(citizenId, Occasion.SEARCH, "arama: ad").value());
        assertEquals(tc, shown);
        assertEquals(List.of("supervizor TC_REVEAL citizen/" + citizenId + " arama: ad"), audit.entries);
    }

    @Test
    void anUnknownCitizenIsNotFound() {
        DomainException missing = assertThrows(DomainException.class, () -> services.inTransaction(em ->
                new IdentityDisclosureBean(em, new RecordedAudit(), caller("supervizor", Set.of("SUPERVISOR")))
                        .reveal(-1, Occasion.CALL, "x")));
        assertEquals(DomainErrorCode.CITIZEN_NOT_FOUND, missing.code());
    }
}
