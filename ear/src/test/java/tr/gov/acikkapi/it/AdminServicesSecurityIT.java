package tr.gov.acikkapi.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.application.ConsoleReference;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration;
import tr.gov.acikkapi.casecore.application.admin.QueueWrapUpAdministration;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the deployed EAR, as a caller without the ADMIN role (the test runner is not signed in): every
 * administration service refuses, whatever page or code calls it; the desk's read service answers anyone.
 */
@ExtendWith(ArquillianExtension.class)
class AdminServicesSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AdminServicesSecurityIT.class);
    }

    @Inject
    UserAdministration users;

    @Inject
    CatalogueAdministration catalogue;

    @Inject
    RoutingAdministration routing;

    @Inject
    DeskChoiceAdministration desk;

    @Inject
    QueueWrapUpAdministration wrapUps;

    @Inject
    ConsoleReference reference;

    @Test
    void administrationServicesRefuseCallersWithoutTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> users.users());
        assertThrows(EJBAccessException.class, () -> users.setActive(1, 0, false));
        assertThrows(EJBAccessException.class, () -> catalogue.addType(1, "Sızma", ProblemArea.PAYMENT));
        assertThrows(EJBAccessException.class, () -> routing.units(Optional.empty(), Optional.empty()));
        assertThrows(EJBAccessException.class, () -> desk.entries(DeskChoiceAdministration.DeskList.PAUSE_REASONS));
        assertThrows(EJBAccessException.class, () -> wrapUps.queues());
        assertThrows(EJBAccessException.class, () -> wrapUps.add("acikkapi", 60, "SURE_DOLDU"));
    }

    @Test
    void theDeskReadsItsListsWithoutAdministration() {
        assertEquals("MOLA", reference.pauseReasons().get(0).code());
        assertTrue(reference.dispositionCodes().stream().anyMatch(o -> o.code().equals("BILGI_VERILDI")));
    }
}
