package tr.gov.acikkapi.casecore.domain.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for free text typed by people (names, subjects, reasons, notes): trimmed, inner runs of
 * whitespace kept as typed except in one-line fields, no control characters, a maximum length that
 * matches its column. Each field names itself in Turkish so the message says which field is wrong.
 */
public final class FreeText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\n\\r\\t]");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private FreeText() {
    }

    /** A required multi-line text, trimmed; refused when blank or longer than {@code maxLength}. */
    public static String required(String value, String fieldLabel, int maxLength) {
        return optional(value, fieldLabel, maxLength)
                .orElseThrow(() -> new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING,
                        fieldLabel + " boş bırakılamaz."));
    }

    /** An optional multi-line text: empty when null or blank, otherwise trimmed and checked. */
    public static Optional<String> optional(String value, String fieldLabel, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (CONTROL.matcher(trimmed).find()) {
            throw new DomainException(DomainErrorCode.INVALID_TEXT, fieldLabel + " geçersiz karakter içeriyor.");
        }
        if (trimmed.length() > maxLength) {
            throw new DomainException(DomainErrorCode.INVALID_TEXT,
                    fieldLabel + " en fazla " + maxLength + " karakter olabilir (girilen: " + trimmed.length() + ").");
        }
        return Optional.of(trimmed);
    }

    /** A required one-line text: like {@link #required} with line breaks, tabs and repeated spaces folded to one space. */
    public static String requiredLine(String value, String fieldLabel, int maxLength) {
        return required(value == null ? null : foldWhitespace(value), fieldLabel, maxLength);
    }

    /** An optional one-line text, folded like {@link #requiredLine}. */
    public static Optional<String> optionalLine(String value, String fieldLabel, int maxLength) {
        return optional(value == null ? null : foldWhitespace(value), fieldLabel, maxLength);
    }

    private static String foldWhitespace(String value) {
        return WHITESPACE_RUN.matcher(LINE_BREAKS_AND_TABS.matcher(value).replaceAll(" ")).replaceAll(" ");
    }
}
