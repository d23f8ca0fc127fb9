package tr.gov.acikkapi.casecore.domain.model.unit;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which rules an administrator may not have twice: same criteria, whatever the result. */
class RuleCriteriaTest {

    @Test
    void routingRulesWithTheSameSubjectAndProvinceAreDuplicates() {
        assertTrue(RoutingRule.forType(910, 34, "TARIM_ORMAN").sameCriteriaAs(RoutingRule.forType(910, 34, "YEREL_YONETIMLER")));
        assertTrue(RoutingRule.forTopic(9, null, "TARIM_ORMAN").sameCriteriaAs(RoutingRule.forTopic(9, null, "ACIK_KAPI")));
        assertFalse(RoutingRule.forType(910, 34, "TARIM_ORMAN").sameCriteriaAs(RoutingRule.forType(910, 6, "TARIM_ORMAN")));
        assertFalse(RoutingRule.forType(910, null, "X").sameCriteriaAs(RoutingRule.forType(910, 34, "X")));
        assertFalse(RoutingRule.forTopic(9, null, "X").sameCriteriaAs(RoutingRule.forType(9, null, "X")));
    }

    @Test
    void aChangedRoutingRuleTakesTheNewCriteriaAndSpecificity() {
        RoutingRule rule = RoutingRule.forTopic(9, null, "TARIM_ORMAN");
        rule.changeTo(RoutingRule.forType(910, 34, "YEREL_YONETIMLER"));
        assertEquals(4, rule.specificity());
        assertEquals("YEREL_YONETIMLER", rule.unitKindCode());
        assertTrue(rule.topicId().isEmpty());
        assertTrue(rule.matches(910, 9, 34));
    }

    @Test
    void escalationRulesWithTheSameCriteriaAreDuplicates() {
        EscalationRule a = new EscalationRule(7, null, null, EscalationTarget.MINISTRY, "a");
        assertTrue(a.sameCriteriaAs(new EscalationRule(7, null, null, EscalationTarget.GOVERNOR, "b")));
        assertFalse(a.sameCriteriaAs(new EscalationRule(7, null, ProblemArea.LEGISLATION, EscalationTarget.MINISTRY, "a")));
        assertFalse(a.sameCriteriaAs(new EscalationRule(7, "GOC", null, EscalationTarget.MINISTRY, "a")));
        assertTrue(new EscalationRule(null, null, null, EscalationTarget.GOVERNOR, "x")
                .sameCriteriaAs(new EscalationRule(null, null, null, EscalationTarget.MINISTRY, "y")));
    }

    @Test
    void aChangedEscalationRuleMatchesByItsNewCriteria() {
        EscalationRule rule = new EscalationRule(null, null, null, EscalationTarget.GOVERNOR, "varsayılan");
        rule.changeTo(new EscalationRule(null, "EMNIYET", ProblemArea.STAFF_CONDUCT, EscalationTarget.MINISTRY, "emniyet"));
        assertEquals(2, rule.specificity());
        assertTrue(rule.matches(8, "EMNIYET", ProblemArea.STAFF_CONDUCT));
        assertFalse(rule.matches(8, "EMNIYET", ProblemArea.PAYMENT));
        assertEquals("emniyet", rule.description());
    }
}
