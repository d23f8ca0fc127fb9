package tr.gov.acikkapi.casecore.domain.model.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What is counted: a scope (e.g. {@code signin-account}, {@code proof-key}) and the subject within it, folded to
 * lower case and cut to the column's length so that "Yonetici" and "yonetici" share one counter.
 */
@Embeddable
public class AttemptCounterKey implements Serializable {

    /** Longest scope (column attempt_counter.scope). */
    public static final int SCOPE_LENGTH = 32;
    /** Longest subject (column attempt_counter.subject); longer subjects are cut. */
    public static final int SUBJECT_LENGTH = 190;

    private static final long serialVersionUID = 1L;

    @Column(name = "scope", nullable = false, length = SCOPE_LENGTH)
    private String scope;

    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    protected AttemptCounterKey() {
    }

    public AttemptCounterKey(String scope, String subject) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
        if (scope.isEmpty() || scope.length() > SCOPE_LENGTH) {
            throw new IllegalArgumentException("An attempt counter's scope has 1 to " + SCOPE_LENGTH + " characters");
        }
        String folded = subject.strip().toLowerCase(Locale.ROOT);
        this.scope = scope;
        this.subject = folded.length() > SUBJECT_LENGTH ? folded.substring(0, SUBJECT_LENGTH) : folded;
    }

    public String scope() {
        return scope;
    }

    public String subject() {
        return subject;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttemptCounterKey key && scope.equals(key.scope) && subject.equals(key.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, subject);
    }

    @Override
    public String toString() {
        return scope + ":" + subject;
    }
}
