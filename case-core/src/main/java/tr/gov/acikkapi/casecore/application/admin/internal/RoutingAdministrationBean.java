package tr.gov.acikkapi.casecore.application.admin.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import tr.gov.acikkapi.casecore.application.admin.RoutingAdministration;
import tr.gov.acikkapi.casecore.application.internal.UnitRouter;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.Topic;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.EscalationRule;
import tr.gov.acikkapi.casecore.domain.model.unit.RoutingRule;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.model.unit.UnitKind;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@link RoutingAdministration} over the tables of migration V3; only administrators may call it. */
@Stateless
@RolesAllowed("ADMIN")
public class RoutingAdministrationBean extends AdministrationBean implements RoutingAdministration {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    public RoutingAdministrationBean() {
    }

    RoutingAdministrationBean(EntityManager em, ChangeLog changeLog, Supplier<String> caller) {
        super(em, changeLog, caller);
    }

    @Override
    public List<UnitView> units(Optional<Integer> provinceCode, Optional<String> unitKindCode) {
        StringBuilder jpql = new StringBuilder("select u from Unit u join fetch u.province p join fetch u.kind k where 1 = 1");
        provinceCode.ifPresent(p -> jpql.append(" and p.plateCode = :province"));
        unitKindCode.ifPresent(k -> jpql.append(" and u.kindCode = :kind"));
        jpql.append(" order by p.name, k.sortOrder");
        var query = em.createQuery(jpql.toString(), Unit.class);
        provinceCode.ifPresent(p -> query.setParameter("province", p.shortValue()));
        unitKindCode.ifPresent(k -> query.setParameter("kind", k));
        return query.getResultStream()
                .map(u -> new UnitView(u.id(), u.province().plateCode(), u.province().name(), u.kindCode(), u.name(), u.active()))
                .toList();
    }

    @Override
    public List<UnitKindView> unitKinds() {
        return em.createQuery("select k from UnitKind k order by k.sortOrder", UnitKind.class)
                .getResultStream().map(k -> new UnitKindView(k.code(), kindName(k))).toList();
    }

    @Override
    public List<RoutingRuleView> routingRules(Optional<Integer> topicId) {
        List<RoutingRule> rules = topicId
                .map(t -> em.createQuery("select r from RoutingRule r where r.topicId = :topic or r.applicationTypeId in "
                                + "(select a.id from ApplicationType a where a.topicId = :topic)", RoutingRule.class)
                        .setParameter("topic", t.shortValue())
                        .getResultList())
                .orElseGet(() -> em.createQuery("select r from RoutingRule r", RoutingRule.class).getResultList());
        Names names = new Names();
        Collator collator = Collator.getInstance(TURKISH);
        return rules.stream().map(r -> view(r, names))
                .sorted(Comparator.comparingInt(RoutingRuleView::specificity)
                        .thenComparing(RoutingRuleView::subject, collator)
                        .thenComparing(v -> v.provinceName().orElse(""), collator))
                .toList();
    }

    @Override
    public RoutingRuleView addRoutingRule(RoutingRuleForm form) {
        RoutingRule rule = checked(form);
        requireUniqueCriteria(rule, null);
        em.persist(rule);
        flush(Map.of());
        Names names = new Names();
        audit("ROUTING_RULE_ADDED", "routing_rule", rule.id(), describe(rule, names));
        return view(rule, names);
    }

    @Override
    public RoutingRuleView changeRoutingRule(int ruleId, long expectedVersion, RoutingRuleForm form) {
        RoutingRule rule = requireRoutingRule(ruleId);
        expectVersion(rule.version(), expectedVersion);
        RoutingRule changed = checked(form);
        requireUniqueCriteria(changed, rule.id());
        Names names = new Names();
        String before = describe(rule, names);
        rule.changeTo(changed);
        flush(Map.of());
        audit("ROUTING_RULE_CHANGED", "routing_rule", rule.id(), before + " ⇒ " + describe(rule, names));
        return view(rule, names);
    }

    @Override
    public void removeRoutingRule(int ruleId, long expectedVersion) {
        RoutingRule rule = requireRoutingRule(ruleId);
        expectVersion(rule.version(), expectedVersion);
        String before = describe(rule, new Names());
        em.remove(rule);
        flush(Map.of());
        audit("ROUTING_RULE_REMOVED", "routing_rule", ruleId, before);
    }

    @Override
    public Route route(int applicationTypeId, int provinceCode) {
        ApplicationType type = requireType(applicationTypeId);
        Province province = requireProvince(provinceCode);
        List<RoutingRule> rules = em.createQuery("select r from RoutingRule r where r.applicationTypeId = :type "
                        + "or r.topicId = :topic", RoutingRule.class)
                .setParameter("type", type.id())
                .setParameter("topic", (short) type.topicId())
                .getResultList();
        Optional<RoutingRule> rule = RoutingRule.mostSpecific(rules, type, province.plateCode());
        Names names = new Names();
        return new Route(rule.map(RoutingRule::unitKindCode).orElse(UnitKind.OPEN_DOOR_OFFICE),
                rule.map(r -> view(r, names)), new UnitRouter(em).unitFor(type, province).map(Unit::name));
    }

    @Override
    public List<EscalationRuleView> escalationRules() {
        Names names = new Names();
        return em.createQuery("select r from EscalationRule r order by r.id", EscalationRule.class)
                .getResultStream()
                .sorted(Comparator.comparingInt(EscalationRule::specificity))
                .map(r -> view(r, names))
                .toList();
    }

    @Override
    public EscalationRuleView addEscalationRule(EscalationRuleForm form) {
        EscalationRule rule = checked(form);
        requireUniqueCriteria(rule, null);
        em.persist(rule);
        flush(Map.of());
        Names names = new Names();
        audit("ESCALATION_RULE_ADDED", "escalation_rule", rule.id(), describe(rule, names));
        return view(rule, names);
    }

    @Override
    public EscalationRuleView changeEscalationRule(int ruleId, long expectedVersion, EscalationRuleForm form) {
        EscalationRule rule = requireEscalationRule(ruleId);
        expectVersion(rule.version(), expectedVersion);
        EscalationRule changed = checked(form);
        requireUniqueCriteria(changed, rule.id());
        Names names = new Names();
        String before = describe(rule, names);
        rule.changeTo(changed);
        flush(Map.of());
        audit("ESCALATION_RULE_CHANGED", "escalation_rule", rule.id(), before + " ⇒ " + describe(rule, names));
        return view(rule, names);
    }

    @Override
    public void removeEscalationRule(int ruleId, long expectedVersion) {
        EscalationRule rule = requireEscalationRule(ruleId);
        expectVersion(rule.version(), expectedVersion);
        String before = describe(rule, new Names());
        em.remove(rule);
        flush(Map.of());
        audit("ESCALATION_RULE_REMOVED", "escalation_rule", ruleId, before);
    }

    /** A routing rule from the form, every reference checked; not yet persisted. */
    private RoutingRule checked(RoutingRuleForm form) {
        if (form == null || (form.topicId() == null) == (form.applicationTypeId() == null)) {
            throw new DomainException(DomainErrorCode.RULE_SUBJECT_INVALID,
                    "Kural ya bir konu başlığının tamamı ya da tek bir başvuru türü için olmalıdır.");
        }
        Integer province = form.provinceCode() == null ? null : requireProvince(form.provinceCode()).plateCode();
        String kind = requireKind(form.unitKindCode());
        return form.applicationTypeId() != null
                ? RoutingRule.forType(requireType(form.applicationTypeId()).id(), province, kind)
                : RoutingRule.forTopic(requireTopic(form.topicId()).id(), province, kind);
    }

    /**
     * Refuses a second rule with the same subject and province. The subject's topic row is locked first, so two
     * administrators adding the same rule at the same moment are checked one after the other.
     */
    private void requireUniqueCriteria(RoutingRule rule, Integer exceptRuleId) {
        int topicId = rule.topicId().orElseGet(() -> requireType(rule.applicationTypeId().orElseThrow()).topicId());
        em.find(Topic.class, (short) topicId, LockModeType.PESSIMISTIC_WRITE);
        List<RoutingRule> sameSubject = rule.applicationTypeId()
                .map(type -> em.createQuery("select r from RoutingRule r where r.applicationTypeId = :type", RoutingRule.class)
                        .setParameter("type", type).getResultList())
                .orElseGet(() -> em.createQuery("select r from RoutingRule r where r.topicId = :topic", RoutingRule.class)
                        .setParameter("topic", (short) topicId).getResultList());
        if (sameSubject.stream().anyMatch(r -> !r.id().equals(exceptRuleId) && r.sameCriteriaAs(rule))) {
            throw new DomainException(DomainErrorCode.RULE_DUPLICATE,
                    "Bu konu/tür ve il için zaten bir yönlendirme kuralı var; onu değiştirin.");
        }
    }

    /** An escalation rule from the form, every reference checked; not yet persisted. */
    private EscalationRule checked(EscalationRuleForm form) {
        if (form == null || form.target() == null) {
            throw new DomainException(DomainErrorCode.ESCALATION_TARGET_REQUIRED,
                    "Başvurunun kime iletileceği (vali ya da bakanlık) seçilmelidir.");
        }
        String description = FreeText.requiredLine(form.description(), "Açıklama", DESCRIPTION_LENGTH);
        Integer topic = form.topicId() == null ? null : requireTopic(form.topicId()).id();
        String kind = form.unitKindCode() == null || form.unitKindCode().isBlank() ? null : requireKind(form.unitKindCode());
        return new EscalationRule(topic, kind, form.problemArea(), form.target(), description);
    }

    /** Refuses a second escalation rule with the same criteria; every rule is locked first (the table is small). */
    private void requireUniqueCriteria(EscalationRule rule, Integer exceptRuleId) {
        List<EscalationRule> all = em.createQuery("select r from EscalationRule r", EscalationRule.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (all.stream().anyMatch(r -> !r.id().equals(exceptRuleId) && r.sameCriteriaAs(rule))) {
            throw new DomainException(DomainErrorCode.RULE_DUPLICATE,
                    "Bu konu, birim türü ve sorun alanı için zaten bir üst makama iletme kuralı var; onu değiştirin.");
        }
    }

    private RoutingRule requireRoutingRule(int id) {
        RoutingRule rule = em.find(RoutingRule.class, id);
        if (rule == null) {
            throw ruleNotFound();
        }
        return rule;
    }

    private EscalationRule requireEscalationRule(int id) {
        EscalationRule rule = em.find(EscalationRule.class, id);
        if (rule == null) {
            throw ruleNotFound();
        }
        return rule;
    }

    private static DomainException ruleNotFound() {
        return new DomainException(DomainErrorCode.RULE_NOT_FOUND,
                "Kural bulunamadı; başka bir yönetici kaldırmış olabilir. Listeyi yenileyin.");
    }

    private Topic requireTopic(int id) {
        Topic topic = em.find(Topic.class, (short) id);
        if (topic == null) {
            throw new DomainException(DomainErrorCode.TOPIC_NOT_FOUND, "Konu başlığı bulunamadı.");
        }
        return topic;
    }

    private ApplicationType requireType(int id) {
        ApplicationType type = em.find(ApplicationType.class, id);
        if (type == null) {
            throw new DomainException(DomainErrorCode.APPLICATION_TYPE_NOT_FOUND, "Başvuru türü bulunamadı.");
        }
        return type;
    }

    private Province requireProvince(int plateCode) {
        Province province = em.find(Province.class, (short) plateCode);
        if (province == null) {
            throw new DomainException(DomainErrorCode.PROVINCE_NOT_FOUND, "İl bulunamadı.");
        }
        return province;
    }

    private String requireKind(String code) {
        UnitKind kind = code == null || code.isBlank() ? null : em.find(UnitKind.class, code);
        if (kind == null) {
            throw new DomainException(DomainErrorCode.UNIT_KIND_NOT_FOUND, "Birim türü seçilmelidir.");
        }
        return kind.code();
    }

    private static String kindName(UnitKind kind) {
        return kind.nameIn("…").strip();
    }

    private String describe(RoutingRule rule, Names names) {
        RoutingRuleView v = view(rule, names);
        return (v.topicId().isPresent() ? "konu " : "tür ") + v.subject() + ", " + v.provinceName().orElse("tüm iller")
                + " → " + v.unitKindCode();
    }

    private String describe(EscalationRule rule, Names names) {
        EscalationRuleView v = view(rule, names);
        return "konu " + v.topicName().orElse("*") + ", birim " + v.unitKindCode().orElse("*") + ", sorun alanı "
                + v.problemArea().map(Enum::name).orElse("*") + " → " + v.target().name();
    }

    private RoutingRuleView view(RoutingRule rule, Names names) {
        String subject = rule.applicationTypeId()
                .map(id -> names.types().get(id))
                .map(t -> t.code() + " " + t.name())
                .orElseGet(() -> rule.topicId().map(id -> names.topics().get(id)).map(Topic::name).orElse("?"));
        return new RoutingRuleView(rule.id(), rule.topicId(), rule.applicationTypeId(), subject, rule.provinceCode(),
                rule.provinceCode().map(p -> names.provinces().get(p)).map(Province::name),
                rule.unitKindCode(), Optional.ofNullable(names.kinds().get(rule.unitKindCode())).map(
                        RoutingAdministrationBean::kindName).orElse(rule.unitKindCode()),
                rule.specificity(), rule.version());
    }

    private EscalationRuleView view(EscalationRule rule, Names names) {
        return new EscalationRuleView(rule.id(), rule.topicId(), rule.topicId().map(id -> names.topics().get(id)).map(Topic::name),
                rule.unitKindCode(), rule.unitKindCode().map(k -> names.kinds().get(k)).map(RoutingAdministrationBean::kindName),
                rule.problemArea(), rule.target(), rule.description(), rule.specificity(), rule.version());
    }

    /** The names rules refer to, read once per call (reference data, in the second-level cache). */
    private final class Names {

        private Map<Integer, Topic> topics;
        private Map<Integer, ApplicationType> types;
        private Map<Integer, Province> provinces;
        private Map<String, UnitKind> kinds;

        Map<Integer, Topic> topics() {
            if (topics == null) {
                topics = em.createQuery("select t from Topic t", Topic.class).getResultStream()
                        .collect(Collectors.toMap(Topic::id, Function.identity()));
            }
            return topics;
        }

        Map<Integer, ApplicationType> types() {
            if (types == null) {
                types = em.createQuery("select a from ApplicationType a", ApplicationType.class).getResultStream()
                        .collect(Collectors.toMap(ApplicationType::id, Function.identity()));
            }
            return types;
        }

        Map<Integer, Province> provinces() {
            if (provinces == null) {
                provinces = em.createQuery("select p from Province p", Province.class).getResultStream()
                        .collect(Collectors.toMap(Province::plateCode, Function.identity()));
            }
            return provinces;
        }

        Map<String, UnitKind> kinds() {
            if (kinds == null) {
                kinds = em.createQuery("select k from UnitKind k", UnitKind.class).getResultStream()
                        .collect(Collectors.toMap(UnitKind::code, Function.identity()));
            }
            return kinds;
        }
    }
}
