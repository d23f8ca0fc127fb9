package tr.gov.acikkapi.casecore.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One concluded application selected into a campaign, and how far calling its citizen has come. The rules of a
 * campaign's calls live here: a dial only when due, a retry only after no answer, busy or a lost link and only while
 * tries are left, never again after a refusal or a score.
 */
@Entity
@Table(name = "survey_target")
public class SurveyTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;

    @Column(name = "citizen_id", nullable = false)
    private long citizenId;

    @Column(name = "phone_e164", nullable = false, length = 16)
    private String phoneE164;

    @Column(name = "province_code", nullable = false)
    private int provinceCode;

    @Column(name = "topic_id", nullable = false)
    private int topicId;

    @Column(name = "type_id", nullable = false)
    private int typeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private TargetState state;

    @Column(name = "tries", nullable = false)
    private int tries;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_result", length = 12)
    private DialResult lastResult;

    @Column(name = "score", columnDefinition = "TINYINT")
    private Integer score;

    @Column(name = "refused", nullable = false)
    private boolean refused;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SurveyTarget() {
    }

    /** A selected application, due at once. */
    public SurveyTarget(long campaignId, long applicationId, long citizenId, String phoneE164, int provinceCode,
            int topicId, int typeId, Instant now) {
        this.campaignId = campaignId;
        this.applicationId = applicationId;
        this.citizenId = citizenId;
        this.phoneE164 = Objects.requireNonNull(phoneE164, "phoneE164");
        this.provinceCode = provinceCode;
        this.topicId = topicId;
        this.typeId = typeId;
        this.state = TargetState.WAITING;
        this.nextTryAt = now;
        this.updatedAt = now;
    }

    /** Whether a dial may start now: waiting, due, tries left, not refused. */
    public boolean isDue(Instant now, RetryRule rule) {
        return state == TargetState.WAITING && !refused && tries < rule.maxTries() && !nextTryAt.isAfter(now);
    }

    /** A dial starts: one more try, in flight until {@link #dialEnded}. */
    public int dial(Instant now, RetryRule rule) {
        if (!isDue(now, rule)) {
            throw new IllegalStateException("Survey target " + id + " is not due (" + state + ", try " + tries + ")");
        }
        tries++;
        state = TargetState.DIALLING;
        updatedAt = now;
        return tries;
    }

    /**
     * The dial in flight ended with {@code result}. {@code score} is the citizen's score when the script stored one.
     * Retried results wait for the spacing while tries are left; a refusal the script recorded wins over anything.
     */
    public void dialEnded(DialResult result, Integer score, Instant now, RetryRule rule) {
        if (state != TargetState.DIALLING) {
            return;
        }
        lastResult = result;
        updatedAt = now;
        if (score != null) {
            this.score = score;
        }
        if (refused) {
            state = TargetState.REFUSED;
            lastResult = DialResult.REFUSED;
            return;
        }
        state = switch (result) {
            case COMPLETED -> TargetState.COMPLETED;
            case REFUSED -> TargetState.REFUSED;
            case INCOMPLETE -> TargetState.INCOMPLETE;
            case FAILED -> TargetState.FAILED;
            case NO_ANSWER, BUSY, INTERRUPTED -> tries < rule.maxTries() ? TargetState.WAITING : TargetState.UNREACHED;
        };
        if (state == TargetState.WAITING) {
            nextTryAt = now.plus(rule.spacing());
        }
    }

    /** The citizen said no in the survey script: never dialled again for this application. */
    public void refuse(Instant now) {
        refused = true;
        updatedAt = now;
        if (state == TargetState.WAITING) {
            state = TargetState.REFUSED;
        }
    }

    /** Not dialled: the citizen asked not to be called, or the survey was answered some other way. */
    public void skip(TargetState reason, Instant now) {
        if (state == TargetState.WAITING) {
            state = reason;
            updatedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public long applicationId() {
        return applicationId;
    }

    public long citizenId() {
        return citizenId;
    }

    public String phoneE164() {
        return phoneE164;
    }

    public int provinceCode() {
        return provinceCode;
    }

    public int topicId() {
        return topicId;
    }

    public int typeId() {
        return typeId;
    }

    public TargetState state() {
        return state;
    }

    public int tries() {
        return tries;
    }

    public Instant nextTryAt() {
        return nextTryAt;
    }

    public Optional<DialResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    public Optional<Integer> score() {
        return Optional.ofNullable(score);
    }

    public boolean refused() {
        return refused;
    }
}
