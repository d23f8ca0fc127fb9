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

import java.time.Instant;

/** A free note on an application: what the citizen added on the phone, what the unit answered. Never changed. */
@Entity
@Table(name = "application_note")
public class ApplicationNote {

    /** Longest note. */
    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "author", nullable = false, length = StatusChange.ACTOR_LENGTH)
    private String author;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    protected ApplicationNote() {
    }

    ApplicationNote(Application application, Instant createdAt, String author, String body) {
        this.application = application;
        this.createdAt = createdAt;
        this.author = author;
        this.body = body;
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }
}
