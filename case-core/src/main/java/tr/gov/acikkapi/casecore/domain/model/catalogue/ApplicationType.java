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

    protected ApplicationType() {
    }

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
}
