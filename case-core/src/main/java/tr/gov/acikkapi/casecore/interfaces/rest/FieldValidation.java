package tr.gov.acikkapi.casecore.interfaces.rest;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;
import tr.gov.acikkapi.casecore.interfaces.problem.ProblemTranslation;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Checks one input field with the domain's own rules (value objects, free-text limits) and, when they
 * refuse it, answers with the domain's code and Turkish message and the name of the field.
 */
public final class FieldValidation {

    private FieldValidation() {
    }

    /** The value the domain builds from the field, or a problem naming {@code field}. */
    public static <T> T check(String field, Supplier<T> domainRule) {
        try {
            return domainRule.get();
        } catch (DomainException e) {
            throw new ApiProblem(ProblemTranslation.statusOf(e.code()), e.code().name(), e.getMessage(), field);
        }
    }

    /** A value that must be present. */
    public static <T> T required(String field, T value, String message) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw ApiProblem.badRequest(DomainErrorCode.REQUIRED_VALUE_MISSING.name(), message, field);
        }
        return value;
    }

    /** One of an enum's constants by its name (any case); {@code message} lists the choices. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String message) {
        String name = required(field, value, message).strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw ApiProblem.badRequest("INVALID_VALUE", message, field);
    }

    /** A province plate code, 1 to 81. */
    public static int province(String field, Integer plateCode) {
        int code = required(field, plateCode, "İl (plaka kodu, 1-81) girilmedi.");
        if (code < 1 || code > 81) {
            throw ApiProblem.badRequest(DomainErrorCode.PROVINCE_NOT_FOUND.name(),
                    "İl bulunamadı: plaka kodu 1 ile 81 arasında olmalıdır (girilen: " + code + ").", field);
        }
        return code;
    }
}
