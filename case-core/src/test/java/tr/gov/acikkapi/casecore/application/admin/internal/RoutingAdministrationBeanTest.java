package tr.gov.acikkapi.casecore.application.admin.internal;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.EscalationRuleForm;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.EscalationRuleView;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.Route;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.RoutingRuleForm;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.RoutingRuleView;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.UnitView;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingAdministrationBeanTest {

    private static final int KONYA = 42;
    private static final int IZMIR = 35;
    private static final AdminServices services = new AdminServices();

    private static DomainErrorCode refusal(Runnable call) {
        return assertThrows(DomainException.class, call::run).code();
    }

    @Test
    void listsUnitsByProvinceAndByKind() {
        List<UnitView> konya = services.routing(b -> b.units(Optional.of(KONYA), Optional.empty()));
        assertEquals(services.routing(b -> b.unitKinds()).size(), konya.size());
        assertEquals("Konya Valiliği Açık Kapı Bürosu", konya.get(0).name());
        List<UnitView> health = services.routing(b -> b.units(Optional.empty(), Optional.of("SAGLIK")));
        assertEquals(81, health.size());
        assertEquals("Adana İl Sağlık Müdürlüğü", health.get(0).name());
        assertEquals("… İl Sağlık Müdürlüğü", services.routing(b -> b.unitKinds()).stream()
                .filter(k -> k.code().equals("SAGLIK")).findFirst().orElseThrow().name());
    }

    @Test
    void listsATopicsRulesMostGeneralFirst() {
        List<RoutingRuleView> rules = services.routing(b -> b.routingRules(Optional.of(9)));
        assertEquals(1, rules.get(0).specificity());
        assertEquals("Tarım ve Hayvancılık", rules.get(0).subject());
        assertTrue(rules.stream().anyMatch(r -> r.specificity() == 4 && r.provinceName().equals(Optional.of("İstanbul"))
                && r.subject().startsWith("TAR-10")));
    }

    @Test
    void aMoreSpecificRuleWinsAndCanBeChangedAndRemoved() {
        Route before = services.route(1101, KONYA);
        assertEquals("YEREL_YONETIMLER", before.unitKindCode());
        assertEquals(3, before.rule().orElseThrow().specificity());

        RoutingRuleView added = services.routing(b -> b.addRoutingRule(new RoutingRuleForm(null, 1101, KONYA, "CEVRE_SEHIRCILIK")));
        assertEquals(4, added.specificity());
        assertEquals("ROUTING_RULE_ADDED", services.lastAudit().get(1));
        Route now = services.route(1101, KONYA);
        assertEquals("CEVRE_SEHIRCILIK", now.unitKindCode());
        assertEquals(Optional.of(added.id()), now.rule().map(RoutingRuleView::id));
        assertEquals(Optional.of("Konya Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü"), now.unitName());
        assertEquals("YEREL_YONETIMLER", services.route(1101, IZMIR).unitKindCode(), "other provinces unchanged");

        assertEquals(DomainErrorCode.RULE_DUPLICATE, refusal(() -> services.routing(b -> b.addRoutingRule(
                new RoutingRuleForm(null, 1101, KONYA, "ACIK_KAPI")))));

        RoutingRuleView changed = services.routing(b -> b.changeRoutingRule(added.id(), added.version(),
                new RoutingRuleForm(null, 1101, KONYA, "ACIK_KAPI")));
        assertEquals("Konya Valiliği Açık Kapı Bürosu", services.route(1101, KONYA).unitName().orElseThrow());
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, refusal(() -> services.routing(b -> {
            b.removeRoutingRule(added.id(), added.version());
            return null;
        })));
        services.routing(b -> {
            b.removeRoutingRule(changed.id(), changed.version());
            return null;
        });
        assertEquals("ROUTING_RULE_REMOVED", services.lastAudit().get(1));
        assertEquals("YEREL_YONETIMLER", services.route(1101, KONYA).unitKindCode());
    }

    @Test
    void aChangeMayNotCollideWithAnotherRule() {
        RoutingRuleView added = services.routing(b -> b.addRoutingRule(new RoutingRuleForm(11, null, IZMIR, "ACIK_KAPI")));
        assertEquals(2, added.specificity());
        assertEquals(DomainErrorCode.RULE_DUPLICATE, refusal(() -> services.routing(b -> b.changeRoutingRule(added.id(),
                added.version(), new RoutingRuleForm(11, null, null, "ACIK_KAPI")))));
    }

    @Test
    void refusesRulesWithoutExactlyOneSubjectOrWithUnknownReferences() {
        assertEquals(DomainErrorCode.RULE_SUBJECT_INVALID, refusal(() -> services.routing(b -> b.addRoutingRule(
                new RoutingRuleForm(null, null, KONYA, "SAGLIK")))));
        assertEquals(DomainErrorCode.RULE_SUBJECT_INVALID, refusal(() -> services.routing(b -> b.addRoutingRule(
                new RoutingRuleForm(1, 101, KONYA, "SAGLIK")))));
        assertEquals(DomainErrorCode.UNIT_KIND_NOT_FOUND, refusal(() -> services.routing(b -> b.addRoutingRule(
                new RoutingRuleForm(1, null, KONYA, "YOK")))));
        assertEquals(DomainErrorCode.PROVINCE_NOT_FOUND, refusal(() -> services.routing(b -> b.addRoutingRule(
                new RoutingRuleForm(1, null, 99, "SAGLIK")))));
        assertEquals(DomainErrorCode.APPLICATION_TYPE_NOT_FOUND, refusal(() -> services.routing(b -> b.addRoutingRule(
                new RoutingRuleForm(null, 199, null, "SAGLIK")))));
    }

    @Test
    void escalationRulesAreAddedChangedAndRemovedWithoutDuplicates() {
        List<EscalationRuleView> rules = services.routing(b -> b.escalationRules());
        assertEquals(0, rules.get(0).specificity(), "the default rule first");
        assertEquals(DomainErrorCode.RULE_DUPLICATE, refusal(() -> services.routing(b -> b.addEscalationRule(
                new EscalationRuleForm(7, null, null, EscalationTarget.GOVERNOR, "ikinci nüfus kuralı")))));
        assertEquals(DomainErrorCode.ESCALATION_TARGET_REQUIRED, refusal(() -> services.routing(b -> b.addEscalationRule(
                new EscalationRuleForm(9, null, null, null, "hedefsiz")))));
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, refusal(() -> services.routing(b -> b.addEscalationRule(
                new EscalationRuleForm(9, null, null, EscalationTarget.MINISTRY, " ")))));

        EscalationRuleView added = services.routing(b -> b.addEscalationRule(new EscalationRuleForm(9, "TARIM_ORMAN",
                ProblemArea.PAYMENT, EscalationTarget.MINISTRY, "Tarımsal destek ödemeleri Bakanlığa iletilir.")));
        assertEquals(3, added.specificity());
        assertEquals(Optional.of("Tarım ve Hayvancılık"), added.topicName());
        assertEquals("ESCALATION_RULE_ADDED", services.lastAudit().get(1));
        EscalationRuleView changed = services.routing(b -> b.changeEscalationRule(added.id(), added.version(),
                new EscalationRuleForm(9, "TARIM_ORMAN", ProblemArea.PAYMENT, EscalationTarget.GOVERNOR, "Valiye.")));
        assertEquals(EscalationTarget.GOVERNOR, changed.target());
        services.routing(b -> {
            b.removeEscalationRule(changed.id(), changed.version());
            return null;
        });
        assertEquals(rules.size(), services.routing(b -> b.escalationRules()).size());
    }
}
