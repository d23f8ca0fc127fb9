package tr.gov.acikkapi.casecore.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A citizen's satisfaction with how an application was handled, asked by phone: a score from 1 to 5. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, unique = true)
    private Application application;

    @Column(name = "score", nullable = false, columnDefinition = "TINYINT")
    private int score;

    @Column(name = "comment", length = 1000)
    private String comment;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    @Column(name = "recorded_by", nullable = false, length = StatusChange.ACTOR_LENGTH)
    private String recordedBy;

    protected SurveyResponse() {
    }

    /** A response; {@code comment} may be null. */
    public SurveyResponse(Application application, int score, String comment, Instant respondedAt, String recordedBy) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new DomainException(DomainErrorCode.SURVEY_SCORE_OUT_OF_RANGE,
                    "Memnuniyet puanı 1 ile 5 arasında olmalıdır.");
        }
        this.application = Objects.requireNonNull(application, "application");
        this.score = score;
        this.comment = FreeText.optional(comment, "Yorum", 1000).orElse(null);
        this.respondedAt = Objects.requireNonNull(respondedAt, "respondedAt");
        this.recordedBy = FreeText.requiredLine(recordedBy, "Kaydeden", StatusChange.ACTOR_LENGTH);
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public int score() {
        return score;
    }

    /** Satisfied means 4 or 5, as in the service's reported satisfaction rate. */
    public boolean satisfied() {
        return score >= 4;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
