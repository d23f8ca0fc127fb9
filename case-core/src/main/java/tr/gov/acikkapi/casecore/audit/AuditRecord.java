package tr.gov.acikkapi.casecore.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audited access: who ({@code actor}) did what ({@code action}) to which record, when, and why. Never updated. */
@Entity
@Table(name = "audit_log")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 64, updatable = false)
    private String subjectId;

    @Column(name = "reason", length = 255, updatable = false)
    private String reason;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String reason) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.reason = reason;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String reason() {
        return reason;
    }
}
