package tr.gov.acikkapi.casecore.domain.model.unit;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EscalationRuleTest {

    private static final List<EscalationRule> RULES = List.of(
            new EscalationRule(null, null, null, EscalationTarget.GOVERNOR, "varsayılan"),
            new EscalationRule(null, null, ProblemArea.LEGISLATION, EscalationTarget.MINISTRY, "mevzuat"),
            new EscalationRule(16, null, null, EscalationTarget.MINISTRY, "afet"),
            new EscalationRule(null, "EMNIYET", ProblemArea.STAFF_CONDUCT, EscalationTarget.MINISTRY, "polis"),
            new EscalationRule(16, "YIKOB", ProblemArea.INFRASTRUCTURE, EscalationTarget.GOVERNOR, "afet altyapı"));

    @Test
    void defaultsToTheGovernor() {
        assertEquals(EscalationTarget.GOVERNOR, EscalationRule.targetFor(RULES, 1, "SAGLIK", ProblemArea.SERVICE_DELIVERY));
        assertEquals(EscalationTarget.GOVERNOR, EscalationRule.targetFor(List.of(), 1, "SAGLIK", ProblemArea.SERVICE_DELIVERY));
    }

    @Test
    void problemAreaTopicAndUnitSendToTheMinistry() {
        assertEquals(EscalationTarget.MINISTRY, EscalationRule.targetFor(RULES, 1, "SAGLIK", ProblemArea.LEGISLATION));
        assertEquals(EscalationTarget.MINISTRY, EscalationRule.targetFor(RULES, 16, "AFAD", ProblemArea.SERVICE_DELIVERY));
        assertEquals(EscalationTarget.MINISTRY, EscalationRule.targetFor(RULES, 8, "EMNIYET", ProblemArea.STAFF_CONDUCT));
    }

    @Test
    void allCriteriaOfARuleMustMatch() {
        assertEquals(EscalationTarget.GOVERNOR, EscalationRule.targetFor(RULES, 8, "EMNIYET", ProblemArea.SERVICE_DELIVERY));
        assertEquals(EscalationTarget.GOVERNOR, EscalationRule.targetFor(RULES, 8, null, ProblemArea.STAFF_CONDUCT));
    }

    @Test
    void theMostSpecificMatchWins() {
        assertEquals(EscalationTarget.GOVERNOR, EscalationRule.targetFor(RULES, 16, "YIKOB", ProblemArea.INFRASTRUCTURE));
        assertEquals(EscalationTarget.MINISTRY, EscalationRule.targetFor(RULES, 16, "YIKOB", ProblemArea.SERVICE_DELIVERY));
    }
}
