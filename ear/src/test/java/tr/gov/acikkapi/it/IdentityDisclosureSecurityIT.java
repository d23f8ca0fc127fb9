package tr.gov.acikkapi.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.application.IdentityDisclosure;
import tr.gov.acikkapi.casecore.audit.AuditTrail;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Inside the deployed EAR, as a caller with neither the AGENT nor the SUPERVISOR role (the test runner is not signed
 * in): the full TC Kimlik No is refused on every occasion, whatever code asks, and nothing is audited as shown.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityDisclosureSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IdentityDisclosureSecurityIT.class);
    }

    @Inject
    IdentityDisclosure disclosure;

    @Inject
    AuditTrail audit;

    @Test
    void callersWithoutADeskRoleAreRefused() {
        assertThrows(EJBAccessException.class, () -> disclosure.reveal(1, IdentityDisclosure.Occasion.CALL, "refused.1"));
        assertThrows(EJBAccessException.class, () -> disclosure.reveal(1, IdentityDisclosure.Occasion.SEARCH, "arama: reddedildi"));
        assertEquals(List.of(), audit.about("citizen", "1").stream()
                .filter(e -> e.reason() != null && (e.reason().contains("refused.1") || e.reason().contains("reddedildi")))
                .toList());
    }
}
