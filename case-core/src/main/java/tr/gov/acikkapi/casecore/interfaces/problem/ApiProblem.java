package tr.gov.acikkapi.casecore.interfaces.problem;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the HTTP interfaces refuse: the HTTP status, a stable code for programs, a Turkish message
 * for people and, where one input field is at fault, its name. Thrown by filters and resources; each
 * interface's exception mappers write it in their own format (a JSON object, or an Open311 error array).
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;
    private final transient Duration retryAfter;

    public ApiProblem(int status, String code, String message, String field) {
        this(status, code, message, field, null);
    }

    private ApiProblem(int status, String code, String message, String field, Duration retryAfter) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.retryAfter = retryAfter;
    }

    /** 429: too many attempts; the answer carries {@code Retry-After} with the whole seconds to wait. */
    public static ApiProblem tooManyRequests(String code, String message, Duration retryAfter) {
        return new ApiProblem(429, code, message, null, Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    /** How long to wait before trying again, for a 429. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** 400: the input is invalid; {@code field} names it (may be null). */
    public static ApiProblem badRequest(String code, String message, String field) {
        return new ApiProblem(400, code, message, field);
    }

    /** 401: no credentials, or wrong ones. */
    public static ApiProblem unauthorized(String code, String message) {
        return new ApiProblem(401, code, message, null);
    }

    /** 403: the caller is known but may not do this. */
    public static ApiProblem forbidden(String code, String message) {
        return new ApiProblem(403, code, message, null);
    }

    /** 404: nothing there. */
    public static ApiProblem notFound(String code, String message) {
        return new ApiProblem(404, code, message, null);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The stable code (a {@code DomainErrorCode} name where the domain refused, otherwise one of the API's own). */
    public String code() {
        return code;
    }

    /** The input field at fault, if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    @Override
    public String toString() {
        return "ApiProblem[" + status + " " + code + (field == null ? "" : " " + field) + "]: " + getMessage();
    }
}
