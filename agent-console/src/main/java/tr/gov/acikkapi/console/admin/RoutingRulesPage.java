package tr.gov.acikkapi.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration.TopicView;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration.TypeView;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.Route;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.RoutingRuleForm;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.RoutingRuleView;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration.UnitKindView;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing rules page: the rules about one topic (the topic's own and its types'), most general first; a form to
 * add a rule or change the chosen one (whole topic or one type, every province or one, the kind of unit); removing a
 * rule; and a trial that shows where an application of a type in a province goes now and by which rule, as the case
 * core routes (the most specific rule wins).
 */
@Named("adminRouting")
@ViewScoped
public class RoutingRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoutingAdministration routing;

    @Inject
    transient CatalogueAdministration catalogue;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient AdminAccess access;

    private List<TopicView> topics;
    private List<UnitKindView> kinds;
    private List<ReferenceData.Choice> provinces;
    private Integer filterTopicId;
    private List<RoutingRuleView> rules = List.of();

    private RoutingRuleView editing;
    private Integer topicId;
    private Integer typeId;
    private Integer provinceCode;
    private String unitKindCode;

    private Integer traceTopicId;
    private Integer traceTypeId;
    private Integer traceProvinceCode;
    private Route route;
    private final Map<Integer, List<TypeView>> typesByTopic = new HashMap<>();

    public void load() {
        if (access.granted()) {
            topics = catalogue.topics();
            kinds = routing.unitKinds();
            provinces = referenceData.provinces();
            if (filterTopicId == null && !topics.isEmpty()) {
                filterTopicId = topics.get(0).id();
            }
            list();
        }
    }

    /** Lists the rules about the filter's topic. */
    public void list() {
        if (access.granted()) {
            rules = routing.routingRules(Optional.ofNullable(filterTopicId));
            if (topicId == null) {
                topicId = filterTopicId;
            }
        }
    }

    /** Opens a rule in the form for changing. */
    public void edit(int ruleId) {
        if (!access.granted()) {
            return;
        }
        rules.stream().filter(r -> r.id() == ruleId).findFirst().ifPresent(r -> {
            editing = r;
            typeId = r.applicationTypeId().orElse(null);
            topicId = r.topicId().orElseGet(() -> typeId / 100);
            provinceCode = r.provinceCode().orElse(null);
            unitKindCode = r.unitKindCode();
        });
    }

    public void cancel() {
        editing = null;
        typeId = null;
        provinceCode = null;
        unitKindCode = null;
    }

    /** Adds the rule of the form, or saves the chosen rule with it. */
    public void save() {
        if (!access.granted()) {
            return;
        }
        RoutingRuleForm form = new RoutingRuleForm(typeId == null ? topicId : null, typeId, provinceCode, unitKindCode);
        try {
            RoutingRuleView saved = editing == null
                    ? routing.addRoutingRule(form)
                    : routing.changeRoutingRule(editing.id(), editing.version(), form);
            FieldMessages.done(editing == null ? "admin.routing.added" : "admin.routing.saved", saved.subject());
            filterTopicId = topicId;
            cancel();
            list();
        } catch (DomainException e) {
            FieldMessages.error(fieldOf(e.code()), e);
            if (e.code() == DomainErrorCode.CONCURRENT_MODIFICATION || e.code() == DomainErrorCode.RULE_NOT_FOUND) {
                cancel();
                list();
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
                routing.removeRoutingRule(r.id(), r.version());
                FieldMessages.done("admin.routing.removed", r.subject());
            } catch (DomainException e) {
                FieldMessages.error(null, e);
            } catch (EJBAccessException e) {
                access.refuse();
                return;
            }
            if (editing != null && editing.id() == ruleId) {
                cancel();
            }
            list();
        });
    }

    /** Shows where an application of the trial's type and province goes now. */
    public void trace() {
        if (!access.granted()) {
            return;
        }
        route = null;
        if (traceTypeId == null || traceProvinceCode == null) {
            FieldMessages.errorText("trace:type", "admin.routing.traceIncomplete");
            return;
        }
        try {
            route = routing.route(traceTypeId, traceProvinceCode);
        } catch (DomainException e) {
            FieldMessages.error("trace:type", e);
        }
    }

    static String fieldOf(DomainErrorCode code) {
        return switch (code) {
            case RULE_SUBJECT_INVALID, RULE_DUPLICATE, TOPIC_NOT_FOUND -> "rule:topic";
            case APPLICATION_TYPE_NOT_FOUND -> "rule:type";
            case PROVINCE_NOT_FOUND -> "rule:province";
            case UNIT_KIND_NOT_FOUND -> "rule:unitKind";
            default -> null;
        };
    }

    /** A new topic in the form: the type chosen before belongs to another topic. */
    public void topicChanged() {
        typeId = null;
    }

    public void traceTopicChanged() {
        traceTypeId = null;
        route = null;
    }

    public List<TypeView> getTypes() {
        return typesOf(topicId);
    }

    public List<TypeView> getTraceTypes() {
        return typesOf(traceTopicId);
    }

    /** The types of a topic, read once per topic while the page is open. */
    private List<TypeView> typesOf(Integer topic) {
        return topic == null ? List.of() : typesByTopic.computeIfAbsent(topic, catalogue::typesOf);
    }

    public List<TopicView> getTopics() { return topics; }
    public List<UnitKindView> getKinds() { return kinds; }
    public List<ReferenceData.Choice> getProvinces() { return provinces; }
    public List<RoutingRuleView> getRules() { return rules; }
    public RoutingRuleView getEditing() { return editing; }
    public Route getRoute() { return route; }
    public Integer getFilterTopicId() { return filterTopicId; }
    public void setFilterTopicId(Integer v) { filterTopicId = v; }
    public Integer getTopicId() { return topicId; }
    public void setTopicId(Integer v) { topicId = v; }
    public Integer getTypeId() { return typeId; }
    public void setTypeId(Integer v) { typeId = v; }
    public Integer getProvinceCode() { return provinceCode; }
    public void setProvinceCode(Integer v) { provinceCode = v; }
    public String getUnitKindCode() { return unitKindCode; }
    public void setUnitKindCode(String v) { unitKindCode = v; }
    public Integer getTraceTopicId() { return traceTopicId; }
    public void setTraceTopicId(Integer v) { traceTopicId = v; }
    public Integer getTraceTypeId() { return traceTypeId; }
    public void setTraceTypeId(Integer v) { traceTypeId = v; }
    public Integer getTraceProvinceCode() { return traceProvinceCode; }
    public void setTraceProvinceCode(Integer v) { traceProvinceCode = v; }
}
