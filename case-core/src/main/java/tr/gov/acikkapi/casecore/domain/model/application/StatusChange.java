package tr.gov.acikkapi.casecore.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of an application's history: who moved it from which status to which, when and why.
 * The first line of every application (its registration) has no previous status. Never changed.
 */
@Entity
@Table(name = "application_history")
public class StatusChange {

    /** Longest actor name (the column length). */
    public static final int ACTOR_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = ACTOR_LENGTH)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private ApplicationStatus toStatus;

    @Column(name = "reason", nullable = false, length = StatusChangeRequest.REASON_LENGTH)
    private String reason;

    protected StatusChange() {
    }

    StatusChange(Application application, Instant occurredAt, String actor, ApplicationStatus fromStatus,
                 ApplicationStatus toStatus, String reason) {
        this.application = application;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason.length() <= StatusChangeRequest.REASON_LENGTH ? reason
                : reason.substring(0, StatusChangeRequest.REASON_LENGTH);
    }

    /**
     * The history line the deadline watch writes when it escalates an application that it has
     * already moved with a guarded update (see {@link Application#escalate} for the same rule on the entity).
     */
    public static StatusChange escalation(Application application, ApplicationStatus fromStatus, EscalationTarget target,
                                          Instant occurredAt, String actor) {
        return new StatusChange(application, occurredAt, actor, fromStatus, target.escalatedStatus(), escalationReason(target));
    }

    static String escalationReason(EscalationTarget target) {
        return "7 günlük cevap süresi aşıldı; başvuru " + target.dative() + " iletildi.";
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    /** Empty for the registration line. */
    public Optional<ApplicationStatus> fromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public ApplicationStatus toStatus() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }
}
