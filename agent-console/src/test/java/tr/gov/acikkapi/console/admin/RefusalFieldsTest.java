package tr.gov.acikkapi.console.admin;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A refusal of the case core appears next to the field it is about, or at the top when it is about the whole record. */
class RefusalFieldsTest {

    @Test
    void userRefusalsGoToTheirFields() {
        assertEquals("create:userName", UsersPage.fieldOf(DomainErrorCode.USER_NAME_TAKEN, "create"));
        assertEquals("create:userName", UsersPage.fieldOf(DomainErrorCode.USER_NAME_INVALID, "create"));
        assertEquals("create:pbxInterface", UsersPage.fieldOf(DomainErrorCode.PBX_INTERFACE_INVALID, "create"));
        assertEquals("edit:pbxInterface", UsersPage.fieldOf(DomainErrorCode.PBX_INTERFACE_TAKEN, "edit"));
        assertEquals("create:password", UsersPage.fieldOf(DomainErrorCode.PASSWORD_TOO_WEAK, "create"));
        assertEquals("edit:newPassword", UsersPage.fieldOf(DomainErrorCode.PASSWORD_TOO_WEAK, "edit"));
        assertEquals("edit:roles", UsersPage.fieldOf(DomainErrorCode.ADMIN_LOCKOUT_REFUSED, "edit"));
        assertEquals("create:displayName", UsersPage.fieldOf(DomainErrorCode.REQUIRED_VALUE_MISSING, "create"));
        assertNull(UsersPage.fieldOf(DomainErrorCode.CONCURRENT_MODIFICATION, "edit"));
    }

    @Test
    void catalogueRoutingAndDeskRefusalsGoToTheirFields() {
        assertEquals("type:name", CataloguePage.fieldOf(DomainErrorCode.CATALOGUE_NAME_TAKEN, "type"));
        assertEquals("newType:name", CataloguePage.fieldOf(DomainErrorCode.TOPIC_FULL, "newType"));
        assertNull(CataloguePage.fieldOf(DomainErrorCode.CONCURRENT_MODIFICATION, "type"));
        assertEquals("rule:topic", RoutingRulesPage.fieldOf(DomainErrorCode.RULE_DUPLICATE));
        assertEquals("rule:unitKind", RoutingRulesPage.fieldOf(DomainErrorCode.UNIT_KIND_NOT_FOUND));
        assertEquals("rule:province", RoutingRulesPage.fieldOf(DomainErrorCode.PROVINCE_NOT_FOUND));
        assertEquals("rule:target", EscalationRulesPage.fieldOf(DomainErrorCode.ESCALATION_TARGET_REQUIRED));
        assertEquals("rule:description", EscalationRulesPage.fieldOf(DomainErrorCode.REQUIRED_VALUE_MISSING));
        assertEquals("pauseAdd:code", DeskChoicesPage.fieldOf(DomainErrorCode.CHOICE_CODE_TAKEN, "pauseAdd"));
        assertEquals("dispositionEdit:label", DeskChoicesPage.fieldOf(DomainErrorCode.CHOICE_LABEL_TAKEN, "dispositionEdit"));
        assertEquals("pauseEdit:sortOrder", DeskChoicesPage.fieldOf(DomainErrorCode.SORT_ORDER_INVALID, "pauseEdit"));
        assertNull(DeskChoicesPage.fieldOf(DomainErrorCode.CONCURRENT_MODIFICATION, "pauseEdit"));
    }

    @Test
    void wrapUpRefusalsGoToTheirFields() {
        assertEquals("wrapUpAdd:queue", DeskChoicesPage.wrapUpFieldOf(DomainErrorCode.WRAP_UP_QUEUE_TAKEN, "wrapUpAdd"));
        assertEquals("wrapUpAdd:queue", DeskChoicesPage.wrapUpFieldOf(DomainErrorCode.WRAP_UP_QUEUE_INVALID, "wrapUpAdd"));
        assertEquals("wrapUpEdit:maxSeconds", DeskChoicesPage.wrapUpFieldOf(DomainErrorCode.WRAP_UP_MAX_INVALID, "wrapUpEdit"));
        assertEquals("wrapUpEdit:defaultDisposition",
                DeskChoicesPage.wrapUpFieldOf(DomainErrorCode.WRAP_UP_DISPOSITION_UNKNOWN, "wrapUpEdit"));
        assertNull(DeskChoicesPage.wrapUpFieldOf(DomainErrorCode.CONCURRENT_MODIFICATION, "wrapUpEdit"));
    }
}
