package tr.gov.acikkapi.casecore.domain.model.unit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Which kind of unit handles applications of a type (or of a whole topic), optionally only in one
 * province. Rules are data (migration V3, later an administrator's screen); the most specific
 * matching rule wins: type + province, then type, then topic + province, then topic, ties by
 * lowest id. The unit is then the unit of that kind in the application's province.
 */
@Entity
@Cacheable
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "topic_id")
    private Short topicId;

    @Column(name = "application_type_id")
    private Integer applicationTypeId;

    @Column(name = "province_code")
    private Short provinceCode;

    @Column(name = "unit_kind_code", nullable = false, length = 30)
    private String unitKindCode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RoutingRule() {
    }

    private RoutingRule(Integer id, Short topicId, Integer applicationTypeId, Short provinceCode, String unitKindCode) {
        this.id = id;
        this.topicId = topicId;
        this.applicationTypeId = applicationTypeId;
        this.provinceCode = provinceCode;
        this.unitKindCode = unitKindCode;
    }

    /** A rule for one application type, in every province ({@code provinceCode} null) or in one. */
    public static RoutingRule forType(int applicationTypeId, Integer provinceCode, String unitKindCode) {
        return new RoutingRule(null, null, applicationTypeId, provinceCode == null ? null : provinceCode.shortValue(), unitKindCode);
    }

    /** A rule for every type of a topic, in every province ({@code provinceCode} null) or in one. */
    public static RoutingRule forTopic(int topicId, Integer provinceCode, String unitKindCode) {
        return new RoutingRule(null, (short) topicId, null, provinceCode == null ? null : provinceCode.shortValue(), unitKindCode);
    }

    /**
     * The most specific of {@code rules} that matches an application of {@code type} in the province
     * with {@code provinceCode}; empty if none matches.
     */
    public static Optional<RoutingRule> mostSpecific(Collection<RoutingRule> rules, ApplicationType type, int provinceCode) {
        return mostSpecific(rules, type.id(), type.topicId(), provinceCode);
    }

    /** As {@link #mostSpecific(Collection, ApplicationType, int)}, by ids. */
    public static Optional<RoutingRule> mostSpecific(Collection<RoutingRule> rules, int applicationTypeId, int topicId,
                                                     int provinceCode) {
        return rules.stream()
                .filter(rule -> rule.matches(applicationTypeId, topicId, provinceCode))
                .max(Comparator.comparingInt(RoutingRule::specificity)
                        .thenComparing(rule -> rule.id == null ? Integer.MAX_VALUE : rule.id, Comparator.reverseOrder()));
    }

    /** Whether this rule applies to an application of the type, topic and province given. */
    public boolean matches(int applicationTypeId, int topicId, int provinceCode) {
        boolean subject = this.applicationTypeId != null
                ? this.applicationTypeId == applicationTypeId
                : this.topicId != null && this.topicId == topicId;
        return subject && (this.provinceCode == null || this.provinceCode == provinceCode);
    }

    /** 4 for type + province, 3 for type, 2 for topic + province, 1 for topic. */
    public int specificity() {
        return (applicationTypeId != null ? 3 : 1) + (provinceCode != null ? 1 : 0);
    }

    public Integer id() {
        return id;
    }

    public Optional<Integer> topicId() {
        return Optional.ofNullable(topicId).map(Short::intValue);
    }

    public Optional<Integer> applicationTypeId() {
        return Optional.ofNullable(applicationTypeId);
    }

    public Optional<Integer> provinceCode() {
        return Optional.ofNullable(provinceCode).map(Short::intValue);
    }

    public String unitKindCode() {
        return unitKindCode;
    }

    /** The optimistic-lock version, changed by every update. */
    public long version() {
        return version;
    }

    /**
     * Whether this rule has the same criteria (subject and province) as {@code other}: two such rules would be equally
     * specific for the same applications, so only one may exist.
     */
    public boolean sameCriteriaAs(RoutingRule other) {
        return Objects.equals(topicId, other.topicId)
                && Objects.equals(applicationTypeId, other.applicationTypeId)
                && Objects.equals(provinceCode, other.provinceCode);
    }

    /** Takes the criteria and the unit kind of {@code changed} (an administrator's edit of this rule). */
    public void changeTo(RoutingRule changed) {
        this.topicId = changed.topicId;
        this.applicationTypeId = changed.applicationTypeId;
        this.provinceCode = changed.provinceCode;
        this.unitKindCode = changed.unitKindCode;
    }
}
