package tr.gov.acikkapi.casecore.interfaces.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Optional;

/**
 * Turns whatever ended a request into one {@link ApiProblem}: the domain's refusals keep their code and
 * Turkish message with the status that fits (400 invalid input, 404 missing, 409 concurrent edit, 422
 * refused lifecycle step); unreadable bodies become 400; anything unexpected becomes a 500 that tells
 * nothing about the inside. Exceptions arriving wrapped by the EJB container are unwrapped first.
 */
public final class ProblemTranslation {

    /** Code of an unreadable request body (malformed JSON, a text where a number belongs …). */
    public static final String INVALID_BODY = "INVALID_BODY";
    /** Code of a failure the server did not expect. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ProblemTranslation() {
    }

    /** The problem that answers {@code failure}. */
    public static ApiProblem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem;
            }
            if (t instanceof DomainException domain) {
                return of(domain);
            }
            if (t instanceof OptimisticLockException) {
                return new ApiProblem(409, DomainErrorCode.CONCURRENT_MODIFICATION.name(),
                        "Kayıt siz işlem yaparken başka bir kullanıcı tarafından değiştirildi; güncel hâlini okuyup yeniden deneyin.",
                        null);
            }
        }
        if (failure instanceof ConstraintViolationException violations && !violations.getConstraintViolations().isEmpty()) {
            ConstraintViolation<?> first = violations.getConstraintViolations().iterator().next();
            return ApiProblem.badRequest("INVALID_VALUE", "Geçersiz değer: " + first.getMessage(), fieldOf(first.getPropertyPath()));
        }
        if (failure instanceof ValidationException) {
            return ApiProblem.badRequest("INVALID_VALUE", "İstekteki değerlerden biri geçersiz.", null);
        }
        if (unreadableBody(failure)) {
            return ApiProblem.badRequest(INVALID_BODY,
                    "İstek gövdesi okunamadı: geçerli bir JSON değil ya da bir alanın türü yanlış (ör. sayı yerine metin).", null);
        }
        if (failure instanceof WebApplicationException web) {
            return of(web);
        }
        return new ApiProblem(500, INTERNAL_ERROR,
                "Beklenmeyen bir hata oluştu; işlem yapılmadı. Lütfen daha sonra yeniden deneyin.", null);
    }

    /** The problem for a domain refusal, with the JSON API's name of the field the code points at. */
    public static ApiProblem of(DomainException domain) {
        return new ApiProblem(statusOf(domain.code()), domain.code().name(), domain.getMessage(),
                fieldOf(domain.code()).orElse(null));
    }

    /** The HTTP status for a domain error code. */
    public static int statusOf(DomainErrorCode code) {
        return switch (code) {
            case APPLICATION_NOT_FOUND, CITIZEN_NOT_FOUND, UNIT_NOT_FOUND -> 404;
            case CONCURRENT_MODIFICATION -> 409;
            case STATUS_TRANSITION_REFUSED, ESCALATION_REFUSED, OUTCOME_EXPLANATION_REQUIRED, ALTERNATIVES_REQUIRED,
                 OUTCOME_NOT_EXPECTED, REASON_REQUIRED, NO_ROUTING_RULE -> 422;
            default -> 400;
        };
    }

    /** The JSON API field a domain error code is about, where the code alone tells it. */
    public static Optional<String> fieldOf(DomainErrorCode code) {
        return Optional.ofNullable(switch (code) {
            case TC_KIMLIK_NO_EMPTY, TC_KIMLIK_NO_NOT_DIGITS, TC_KIMLIK_NO_LENGTH, TC_KIMLIK_NO_LEADING_ZERO,
                 TC_KIMLIK_NO_CHECKSUM -> "citizen.tcKimlikNo";
            case PHONE_EMPTY, PHONE_INVALID_CHARACTERS, PHONE_FOREIGN, PHONE_LENGTH, PHONE_UNKNOWN_PREFIX -> "citizen.phone";
            case TRACKING_NUMBER_EMPTY, TRACKING_NUMBER_NOT_DIGITS, TRACKING_NUMBER_LENGTH, TRACKING_NUMBER_CHECK_DIGIT,
                 TRACKING_NUMBER_SERIAL_OUT_OF_RANGE -> "trackingNumber";
            case EMAIL_INVALID -> "citizen.email";
            case BIRTH_YEAR_INVALID -> "citizen.birthYear";
            case APPLICATION_TYPE_NOT_FOUND -> "applicationTypeId";
            case PROVINCE_NOT_FOUND -> "provinceCode";
            case STATUS_TRANSITION_REFUSED -> "status";
            case OUTCOME_EXPLANATION_REQUIRED -> "outcomeExplanation";
            case ALTERNATIVES_REQUIRED -> "alternativesOffered";
            case REASON_REQUIRED -> "reason";
            case CONCURRENT_MODIFICATION -> "expectedVersion";
            default -> null;
        });
    }

    private static ApiProblem of(WebApplicationException web) {
        int status = web.getResponse() == null ? 500 : web.getResponse().getStatus();
        return switch (status) {
            case 400 -> ApiProblem.badRequest("BAD_REQUEST", "İstek anlaşılamadı: parametrelerden biri geçersiz.", null);
            case 401 -> ApiProblem.unauthorized("UNAUTHENTICATED", "Kimlik doğrulaması gerekli.");
            case 403 -> ApiProblem.forbidden("FORBIDDEN", "Bu işlem için yetkiniz yok.");
            case 404 -> ApiProblem.notFound("NOT_FOUND", "İstenen adres bulunamadı.");
            case 405 -> new ApiProblem(405, "METHOD_NOT_ALLOWED", "Bu adres bu HTTP yöntemini desteklemiyor.", null);
            case 406 -> new ApiProblem(406, "NOT_ACCEPTABLE", "İstenen yanıt biçimi desteklenmiyor; yanıtlar JSON biçimindedir.", null);
            case 415 -> new ApiProblem(415, "UNSUPPORTED_MEDIA_TYPE", "İstek gövdesinin türü (Content-Type) bu adreste desteklenmiyor.", null);
            default -> status >= 500
                    ? new ApiProblem(status, INTERNAL_ERROR, "Beklenmeyen bir hata oluştu; işlem yapılmadı. Lütfen daha sonra yeniden deneyin.", null)
                    : new ApiProblem(status, "REQUEST_REFUSED", "İstek kabul edilmedi.", null);
        };
    }

    private static boolean unreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(Path path) {
        String field = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field = field == null ? node.getName() : field + "." + node.getName();
            }
        }
        return field;
    }
}
