package tr.gov.acikkapi.casecore.application.admin;

import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

import java.util.List;
import java.util.Optional;

/**
 * Units and the rules that choose them, as an administrator keeps them. A routing rule sends the applications of a
 * topic or of one type (everywhere, or in one province) to a kind of unit; the most specific matching rule wins (type +
 * province, type, topic + province, topic), as the case core routes. An escalation rule sends overdue applications to
 * the governor or the ministry by topic, unit kind and problem area; the rule with the most matching criteria wins.
 * Two rules with the same criteria are refused.
 */
public interface RoutingAdministration {

    /** Longest escalation rule description (the column {@code escalation_rule.description}); refused when longer. */
    int DESCRIPTION_LENGTH = 255;

    /** Units, filtered by province and unit kind when given, by province then kind order. */
    List<UnitView> units(Optional<Integer> provinceCode, Optional<String> unitKindCode);

    /** The kinds of unit, in their order. */
    List<UnitKindView> unitKinds();

    /** The routing rules about a topic (the topic's own and its types'), or every rule; most general first. */
    List<RoutingRuleView> routingRules(Optional<Integer> topicId);

    RoutingRuleView addRoutingRule(RoutingRuleForm rule);

    RoutingRuleView changeRoutingRule(int ruleId, long expectedVersion, RoutingRuleForm rule);

    void removeRoutingRule(int ruleId, long expectedVersion);

    /** Where an application of the type in the province goes now, and by which rule. */
    Route route(int applicationTypeId, int provinceCode);

    /** Every escalation rule, most general first. */
    List<EscalationRuleView> escalationRules();

    EscalationRuleView addEscalationRule(EscalationRuleForm rule);

    EscalationRuleView changeEscalationRule(int ruleId, long expectedVersion, EscalationRuleForm rule);

    void removeEscalationRule(int ruleId, long expectedVersion);

    record UnitView(int id, int provinceCode, String provinceName, String kindCode, String name, boolean active) {
    }

    /** A kind of unit; {@code name} is its name without the province ("… İl Sağlık Müdürlüğü"). */
    record UnitKindView(String code, String name) {
    }

    /**
     * A routing rule as typed: exactly one of {@code topicId} and {@code applicationTypeId}; {@code provinceCode} null
     * for every province.
     */
    record RoutingRuleForm(Integer topicId, Integer applicationTypeId, Integer provinceCode, String unitKindCode) {
    }

    /** A routing rule as listed: subject and province by name; {@code specificity} 1 (topic) to 4 (type + province). */
    record RoutingRuleView(int id, Optional<Integer> topicId, Optional<Integer> applicationTypeId, String subject,
                           Optional<Integer> provinceCode, Optional<String> provinceName, String unitKindCode,
                           String unitKindName, int specificity, long version) {
    }

    /** The unit kind an application goes to, the rule that decided it (none: the Açık Kapı office), and the unit. */
    record Route(String unitKindCode, Optional<RoutingRuleView> rule, Optional<String> unitName) {
    }

    /** An escalation rule as typed; each criterion null for "any". */
    record EscalationRuleForm(Integer topicId, String unitKindCode, ProblemArea problemArea, EscalationTarget target,
                              String description) {
    }

    record EscalationRuleView(int id, Optional<Integer> topicId, Optional<String> topicName, Optional<String> unitKindCode,
                              Optional<String> unitKindName, Optional<ProblemArea> problemArea, EscalationTarget target,
                              String description, int specificity, long version) {
    }
}
