package tr.gov.acikkapi.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration.TopicView;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.EscalationRuleForm;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.EscalationRuleView;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.UnitKindView;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.io.Serializable;
import java.util.List;

/**
 * The escalation rules page: where an application past its 7-day deadline is sent up (governor or ministry), by
 * topic, kind of unit and problem area, each criterion optional; the rule with the most matching criteria wins.
 * Adding, changing and removing rules; two rules with the same criteria are refused.
 */
@Named("adminEscalation")
@ViewScoped
public class EscalationRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoutingAdministration routing;

    @Inject
    transient CatalogueAdministration catalogue;

    @Inject
    transient AdminAccess access;

    private List<EscalationRuleView> rules;
    private List<TopicView> topics;
    private List<UnitKindView> kinds;
    private EscalationRuleView editing;
    private Integer topicId;
    private String unitKindCode;
    private ProblemArea problemArea;
    private EscalationTarget target;
    private String description;

    public void load() {
        if (access.granted()) {
            topics = catalogue.topics();
            kinds = routing.unitKinds();
            rules = routing.escalationRules();
        }
    }

    public void edit(int ruleId) {
        if (!access.granted()) {
            return;
        }
        rules.stream().filter(r -> r.id() == ruleId).findFirst().ifPresent(r -> {
            editing = r;
            topicId = r.topicId().orElse(null);
            unitKindCode = r.unitKindCode().orElse(null);
            problemArea = r.problemArea().orElse(null);
            target = r.target();
            description = r.description();
        });
    }

    public void cancel() {
        editing = null;
        topicId = null;
        unitKindCode = null;
        problemArea = null;
        target = null;
        description = null;
    }

    public void save() {
        if (!access.granted()) {
            return;
        }
        EscalationRuleForm form = new EscalationRuleForm(topicId, unitKindCode, problemArea, target, description);
        try {
            EscalationRuleView saved = editing == null
                    ? routing.addEscalationRule(form)
                    : routing.changeEscalationRule(editing.id(), editing.version(), form);
            FieldMessages.done(editing == null ? "admin.escalation.added" : "admin.escalation.saved", saved.description());
            cancel();
            rules = routing.escalationRules();
        } catch (DomainException e) {
            FieldMessages.error(fieldOf(e.code()), e);
            if (e.code() == DomainErrorCode.CONCURRENT_MODIFICATION || e.code() == DomainErrorCode.RULE_NOT_FOUND) {
                cancel();
                rules = routing.escalationRules();
            }
        } catch (EJBAccessException e) {
            access.refuse();
        }
    }

    public void remove(int ruleId) {
        if (!access.granted()) {
            return;
        }
        rules.stream().filter(r -> r.id() == ruleId).findFirst().ifPresent(r -> {
            try {
                routing.removeEscalationRule(r.id(), r.version());
                FieldMessages.done("admin.escalation.removed", r.description());
            } catch (DomainException e) {
                FieldMessages.error(null, e);
            } catch (EJBAccessException e) {
                access.refuse();
                return;
            }
            if (editing != null && editing.id() == ruleId) {
                cancel();
            }
            rules = routing.escalationRules();
        });
    }

    static String fieldOf(DomainErrorCode code) {
        return switch (code) {
            case RULE_DUPLICATE, TOPIC_NOT_FOUND -> "rule:topic";
            case UNIT_KIND_NOT_FOUND -> "rule:unitKind";
            case ESCALATION_TARGET_REQUIRED -> "rule:target";
            case REQUIRED_VALUE_MISSING, INVALID_TEXT -> "rule:description";
            default -> null;
        };
    }

    public ProblemArea[] getProblemAreas() { return ProblemArea.values(); }
    public EscalationTarget[] getTargets() { return EscalationTarget.values(); }
    public List<EscalationRuleView> getRules() { return rules; }
    public List<TopicView> getTopics() { return topics; }
    public List<UnitKindView> getKinds() { return kinds; }
    public EscalationRuleView getEditing() { return editing; }
    public Integer getTopicId() { return topicId; }
    public void setTopicId(Integer v) { topicId = v; }
    public String getUnitKindCode() { return unitKindCode; }
    public void setUnitKindCode(String v) { unitKindCode = v; }
    public ProblemArea getProblemArea() { return problemArea; }
    public void setProblemArea(ProblemArea v) { problemArea = v; }
    public EscalationTarget getTarget() { return target; }
    public void setTarget(EscalationTarget v) { target = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
}
