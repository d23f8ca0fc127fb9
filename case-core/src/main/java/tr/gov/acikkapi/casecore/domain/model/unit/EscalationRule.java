package tr.gov.acikkapi.casecore.domain.model.unit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an application past its 7-day deadline is sent up to, by topic, unit kind and problem area.
 * A rule matches when each of its set criteria equals the application's; the match with the most
 * criteria wins (ties: lowest id); without any match the governor is the target.
 */
@Entity
@Cacheable
@Table(name = "escalation_rule")
public class EscalationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "topic_id")
    private Short topicId;

    @Column(name = "unit_kind_code", length = 30)
    private String unitKindCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_area", length = 30)
    private ProblemArea problemArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, length = 20)
    private EscalationTarget target;

    @Column(name = "description", nullable = false)
    private String description;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EscalationRule() {
    }

    /** A rule; each criterion may be null (matches anything). */
    public EscalationRule(Integer topicId, String unitKindCode, ProblemArea problemArea, EscalationTarget target,
                          String description) {
        this.topicId = topicId == null ? null : topicId.shortValue();
        this.unitKindCode = unitKindCode;
        this.problemArea = problemArea;
        this.target = target;
        this.description = description;
    }

    /**
     * The target for an application of the topic, routed to a unit of the kind (null if not routed),
     * with the problem area given: the most specific matching rule's, or the governor.
     */
    public static EscalationTarget targetFor(Collection<EscalationRule> rules, int topicId, String unitKindCode,
                                             ProblemArea problemArea) {
        return rules.stream()
                .filter(rule -> rule.matches(topicId, unitKindCode, problemArea))
                .max(Comparator.comparingInt(EscalationRule::specificity)
                        .thenComparing(rule -> rule.id == null ? Integer.MAX_VALUE : rule.id, Comparator.reverseOrder()))
                .map(EscalationRule::target)
                .orElse(EscalationTarget.GOVERNOR);
    }

    /** Whether every criterion this rule sets equals the application's. */
    public boolean matches(int topicId, String unitKindCode, ProblemArea problemArea) {
        return (this.topicId == null || this.topicId == topicId)
                && (this.unitKindCode == null || this.unitKindCode.equals(unitKindCode))
                && (this.problemArea == null || this.problemArea == problemArea);
    }

    /** How many criteria the rule sets (0 for the default rule). */
    public int specificity() {
        return (topicId != null ? 1 : 0) + (unitKindCode != null ? 1 : 0) + (problemArea != null ? 1 : 0);
    }

    public Integer id() {
        return id;
    }

    public Optional<Integer> topicId() {
        return Optional.ofNullable(topicId).map(Short::intValue);
    }

    public Optional<String> unitKindCode() {
        return Optional.ofNullable(unitKindCode);
    }

    public Optional<ProblemArea> problemArea() {
        return Optional.ofNullable(problemArea);
    }

    public EscalationTarget target() {
        return target;
    }

    /** Why the rule exists, in Turkish, for the administrator. */
    public String description() {
        return description;
    }

    /** The optimistic-lock version, changed by every update. */
    public long version() {
        return version;
    }

    /** Whether this rule sets the same criteria as {@code other}: only one such rule may exist. */
    public boolean sameCriteriaAs(EscalationRule other) {
        return Objects.equals(topicId, other.topicId)
                && Objects.equals(unitKindCode, other.unitKindCode)
                && problemArea == other.problemArea;
    }

    /** Takes the criteria, target and description of {@code changed} (an administrator's edit of this rule). */
    public void changeTo(EscalationRule changed) {
        this.topicId = changed.topicId;
        this.unitKindCode = changed.unitKindCode;
        this.problemArea = changed.problemArea;
        this.target = changed.target;
        this.description = changed.description;
    }
}
