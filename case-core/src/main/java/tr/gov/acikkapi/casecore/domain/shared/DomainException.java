package tr.gov.acikkapi.casecore.domain.shared;

import jakarta.ejb.ApplicationException;

import java.util.Objects;

/**
 * The one exception the domain throws when a rule is broken: an invalid identifier, a refused status
 * change, a missing record, a concurrent edit. Its message is Turkish and meant for the user as it is;
 * its {@link #code()} is stable, for programs (REST error bodies, tests, metrics).
 *
 * <p>Declared an EJB application exception so it reaches callers of the services unwrapped, and rolls
 * the transaction back.
 */
@ApplicationException(rollback = true)
public final class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DomainErrorCode code;

    public DomainException(DomainErrorCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public DomainException(DomainErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable, language-independent code of the broken rule. */
    public DomainErrorCode code() {
        return code;
    }

    @Override
    public String toString() {
        return "DomainException[" + code + "]: " + getMessage();
    }
}
