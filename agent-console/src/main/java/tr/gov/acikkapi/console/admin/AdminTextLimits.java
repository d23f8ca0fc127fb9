package tr.gov.acikkapi.console.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration;
import tr.gov.acikkapi.casecore.application.admin.QueueWrapUpAdministration;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration;
import tr.gov.acikkapi.casecore.domain.model.desk.DeskChoice;
import tr.gov.acikkapi.casecore.identity.PasswordPolicy;
import tr.gov.acikkapi.casecore.identity.PbxInterface;

/**
 * The text limits of the administration forms, for {@link TextLimit} in the pages: each is the case core's constant
 * for the field (the same as its column), so the page, the service and the database never disagree.
 */
@Named("adminTextLimits")
@ApplicationScoped
public class AdminTextLimits {

    public int getTopicName() {
        return CatalogueAdministration.TOPIC_NAME_LENGTH;
    }

    public int getTypeName() {
        return CatalogueAdministration.TYPE_NAME_LENGTH;
    }

    public int getDisplayName() {
        return UserAdministration.DISPLAY_NAME_LENGTH;
    }

    public int getPassword() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public int getPbxInterface() {
        return PbxInterface.MAX_LENGTH;
    }

    public int getEscalationDescription() {
        return RoutingAdministration.DESCRIPTION_LENGTH;
    }

    public int getDeskLabel() {
        return DeskChoice.LABEL_LENGTH;
    }

    public int getQueueName() {
        return QueueWrapUpAdministration.QUEUE_NAME_LENGTH;
    }
}
