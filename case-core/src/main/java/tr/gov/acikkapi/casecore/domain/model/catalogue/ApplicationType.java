package tr.gov.acikkapi.casecore.domain.model.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Collection;
import java.util.Locale;

/**
 * An application type (başvuru türü) under a topic, e.g. "Hastane randevusu alınamaması (MHRS)".
 * Reference data from migration V2: the k-th type of topic n has id {@code n*100+k} and code
 * {@code <topic code>-<kk>}.
 */
@Entity
@Cacheable
@Table(name = "application_type")
public class ApplicationType {

    @Id
    @Column(name = "id")
    private int id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    private Topic topic;

    /** The same column as {@link #topic}, read-only, so rules can match without loading the topic. */
    @Column(name = "topic_id", nullable = false, insertable = false, updatable = false)
    private short topicId;

    @Column(name = "code", nullable = false, length = 16, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_area", nullable = false, length = 30)
    private ProblemArea problemArea;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApplicationType() {
    }

    /** The most types a topic holds: their codes run from {@code SAG-01} to {@code SAG-99} (topic code, then a number). */
    public static final int MAX_TYPES_PER_TOPIC = 99;

    public ApplicationType(int id, Topic topic, String code, String name, ProblemArea problemArea) {
        this.id = id;
        this.topic = topic;
        this.topicId = (short) topic.id();
        this.code = code;
        this.name = name;
        this.problemArea = problemArea;
    }

    public int id() {
        return id;
    }

    public Topic topic() {
        return topic;
    }

    /** The topic's id, without loading the topic. */
    public int topicId() {
        return topicId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProblemArea problemArea() {
        return problemArea;
    }

    /** Whether new applications may be registered with this type. */
    public boolean active() {
        return active;
    }

    /** The optimistic-lock version, changed by every update. */
    public long version() {
        return version;
    }

    /**
     * A new type at the end of {@code topic}, following the catalogue's numbering: the next number after the highest
     * of the topic's {@code existingTypeIds} gives the id ({@code n*100+k}) and the code ({@code <topic>-<kk>}).
     */
    public static ApplicationType nextIn(Topic topic, Collection<Integer> existingTypeIds, String name,
                                         ProblemArea problemArea) {
        int base = topic.id() * 100;
        int highest = existingTypeIds.stream()
                .filter(id -> id > base && id <= base + MAX_TYPES_PER_TOPIC)
                .mapToInt(id -> id - base)
                .max().orElse(0);
        int number = highest + 1;
        if (number > MAX_TYPES_PER_TOPIC) {
            throw new DomainException(DomainErrorCode.TOPIC_FULL,
                    "Bu konu başlığında en fazla " + MAX_TYPES_PER_TOPIC + " başvuru türü olabilir.");
        }
        return new ApplicationType(base + number, topic, String.format(Locale.ROOT, "%s-%02d", topic.code(), number), name, problemArea);
    }

    /** A new name (validated and checked for uniqueness within the topic by the caller); the code never changes. */
    public void rename(String newName) {
        this.name = newName;
    }

    public void changeProblemArea(ProblemArea newProblemArea) {
        this.problemArea = newProblemArea;
    }

    /** No new application may be registered with the type; existing applications keep it. */
    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }
}
