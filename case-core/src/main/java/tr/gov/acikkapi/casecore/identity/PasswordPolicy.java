package tr.gov.acikkapi.casecore.identity;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Locale;

/**
 * What a password set by an administrator must be: 10 to 128 characters, at least one letter and one digit, and not
 * containing the user name. Checked on the plain text before it is hashed; the case core only ever stores the hash.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy; {@code userName} may be null when unknown. */
    public static void check(char[] password, String userName) {
        if (password == null || password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
            throw weak();
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            throw weak();
        }
        if (userName != null && !userName.isBlank() && containsIgnoringCase(new String(password), userName.strip())) {
            throw new DomainException(DomainErrorCode.PASSWORD_TOO_WEAK, "Parola kullanıcı adını içeremez.");
        }
    }

    /**
     * Case-insensitive both ways a person may type it: Turkish rules ("İ" → "i") and plain ones ("I" → "i"), since a
     * user name is ASCII but a password may be typed on a Turkish keyboard.
     */
    private static boolean containsIgnoringCase(String text, String part) {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("tr"), Locale.ROOT}) {
            if (text.toLowerCase(locale).contains(part.toLowerCase(locale))) {
                return true;
            }
        }
        return false;
    }

    private static DomainException weak() {
        return new DomainException(DomainErrorCode.PASSWORD_TOO_WEAK,
                "Parola " + MIN_LENGTH + "-" + MAX_LENGTH + " karakter olmalı ve en az bir harf ile bir rakam içermelidir.");
    }
}
