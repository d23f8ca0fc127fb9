package tr.gov.acikkapi.casecore.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChange;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One survey call placed to a citizen: stored before the PBX is asked to dial, so a dial in flight is known to every
 * node and after a lost link, and never sent twice; it ends once, with its {@link DialResult}.
 */
@Entity
@Table(name = "survey_dial")
public class SurveyDial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "try_no", nullable = false)
    private int tryNo;

    @Column(name = "dialled_at", nullable = false)
    private Instant dialledAt;

    @Column(name = "dialled_by", nullable = false, length = StatusChange.ACTOR_LENGTH)
    private String dialledBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 12)
    private DialResult result;

    protected SurveyDial() {
    }

    public SurveyDial(long targetId, long campaignId, int tryNo, Instant dialledAt, String dialledBy) {
        this.targetId = targetId;
        this.campaignId = campaignId;
        this.tryNo = tryNo;
        this.dialledAt = Objects.requireNonNull(dialledAt, "dialledAt");
        this.dialledBy = Objects.requireNonNull(dialledBy, "dialledBy");
    }

    /** Ends the dial; false if it had ended already (the first result stays). */
    public boolean end(DialResult result, Instant at) {
        if (this.result != null) {
            return false;
        }
        this.result = Objects.requireNonNull(result, "result");
        this.endedAt = at;
        return true;
    }

    public Long id() {
        return id;
    }

    public long targetId() {
        return targetId;
    }

    public long campaignId() {
        return campaignId;
    }

    public int tryNo() {
        return tryNo;
    }

    public Instant dialledAt() {
        return dialledAt;
    }

    public Optional<DialResult> result() {
        return Optional.ofNullable(result);
    }
}
