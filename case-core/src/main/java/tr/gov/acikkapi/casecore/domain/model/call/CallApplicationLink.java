package tr.gov.acikkapi.casecore.domain.model.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * That an application was touched during a call, and how (the strongest of viewed, updated,
 * created). Keyed by the call's server and Linkedid, so it can be written while the call is still
 * running, before the call's record exists.
 */
@Entity
@Table(name = "call_application")
public class CallApplicationLink {

    @EmbeddedId
    private Id id;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 12)
    private CallRelation relation;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "linked_by", nullable = false, length = 60)
    private String linkedBy;

    protected CallApplicationLink() {
    }

    public CallApplicationLink(CallKey call, long applicationId, CallRelation relation, Instant linkedAt, String linkedBy) {
        this.id = new Id(call.server(), call.linkedid(), applicationId);
        this.relation = Objects.requireNonNull(relation, "relation");
        this.linkedAt = Objects.requireNonNull(linkedAt, "linkedAt");
        this.linkedBy = Objects.requireNonNull(linkedBy, "linkedBy");
    }

    /** Keeps the stronger of the present and the new relation; tells whether it changed. */
    public boolean strengthen(CallRelation seen) {
        CallRelation stronger = relation.strongest(seen);
        if (stronger == relation) {
            return false;
        }
        relation = stronger;
        return true;
    }

    public CallKey call() {
        return new CallKey(id.server, id.linkedid);
    }

    public long applicationId() {
        return id.applicationId;
    }

    public CallRelation relation() {
        return relation;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public String linkedBy() {
        return linkedBy;
    }

    /** The composite key: call (server, linkedid) and application. */
    @Embeddable
    public static class Id implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "server", nullable = false, length = CallKey.MAX_LENGTH)
        private String server;

        @Column(name = "linkedid", nullable = false, length = CallKey.MAX_LENGTH)
        private String linkedid;

        @Column(name = "application_id", nullable = false)
        private long applicationId;

        protected Id() {
        }

        public Id(String server, String linkedid, long applicationId) {
            this.server = server;
            this.linkedid = linkedid;
            this.applicationId = applicationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && applicationId == other.applicationId
                    && Objects.equals(server, other.server) && Objects.equals(linkedid, other.linkedid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(server, linkedid, applicationId);
        }
    }
}
