package tr.gov.acikkapi.casecore.domain.model.geography;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A district (ilçe) name as typed: validated as text (letters, digits, spaces, apostrophes,
 * hyphens, dots; 2 to 60 characters) and written in Turkish title case, so that "ÇANKAYA",
 * "çankaya" and " Çankaya " are one district. There is no district list in the product yet, so
 * the name is not checked against one.
 */
public record District(String name) {

    /** Longest district name kept (the column length). */
    public static final int MAX_LENGTH = 60;
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd} .'’-]*");

    public District {
        if (name == null || name.length() < 2 || name.length() > MAX_LENGTH || !ALLOWED.matcher(name).matches()
                || !name.equals(titleCase(name))) {
            throw invalid();
        }
    }

    /** Reads a district name as typed; refuses it with a Turkish reason. */
    public static District of(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(DomainErrorCode.DISTRICT_INVALID, "İlçe adı boş olamaz.");
        }
        String folded = text.strip().replaceAll("\\s+", " ");
        if (folded.length() < 2 || folded.length() > MAX_LENGTH || !ALLOWED.matcher(folded).matches()) {
            throw invalid();
        }
        return new District(titleCase(folded));
    }

    @Override
    public String toString() {
        return name;
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean startOfWord = true;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            out.append(startOfWord ? c.toUpperCase(TURKISH) : c.toLowerCase(TURKISH));
            startOfWord = c.equals(" ") || c.equals("-");
        }
        return out.toString();
    }

    private static DomainException invalid() {
        return new DomainException(DomainErrorCode.DISTRICT_INVALID,
                "İlçe adı 2 ile 60 karakter arasında olmalı ve yalnızca harf, rakam, boşluk, kesme işareti, tire veya nokta içermelidir.");
    }
}
