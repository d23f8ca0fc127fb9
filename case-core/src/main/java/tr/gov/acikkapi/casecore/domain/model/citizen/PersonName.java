package tr.gov.acikkapi.casecore.domain.model.citizen;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.util.regex.Pattern;

/**
 * A citizen's first name(s) and last name, trimmed and with runs of spaces folded, written as the
 * citizen gives them (case is kept; search is case-insensitive by the Turkish collation).
 */
public record PersonName(String first, String last) {

    /** Longest first or last name (the column length). */
    public static final int MAX_LENGTH = 60;
    private static final Pattern ALLOWED = Pattern.compile("\\p{L}[\\p{L} .'’-]*");

    public PersonName {
        check(first, "Ad");
        check(last, "Soyad");
    }

    /** Reads names as typed; refuses blank names or names with digits or symbols, in Turkish. */
    public static PersonName of(String first, String last) {
        return new PersonName(FreeText.requiredLine(first, "Ad", MAX_LENGTH), FreeText.requiredLine(last, "Soyad", MAX_LENGTH));
    }

    /** "Ad Soyad" as shown on screens. */
    public String full() {
        return first + " " + last;
    }

    @Override
    public String toString() {
        return full();
    }

    private static void check(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, label + " boş bırakılamaz.");
        }
        if (value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches() || !value.equals(value.strip())) {
            throw new DomainException(DomainErrorCode.INVALID_TEXT,
                    label + " yalnızca harf, boşluk, kesme işareti, tire veya nokta içerebilir (en fazla " + MAX_LENGTH + " karakter).");
        }
    }
}
