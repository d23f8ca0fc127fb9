package tr.gov.acikkapi.casecore.identity;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * The name a person signs in with: 3 to 60 lower-case ASCII letters, digits, '.', '_' or '-', starting with a
 * letter ({@code temsilci4}, {@code ayse.yilmaz}). ASCII on purpose: it is typed on any keyboard, appears in the PBX's
 * and the audit trail's records, and needs no case rules.
 */
public record UserName(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    public UserName {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainException(DomainErrorCode.USER_NAME_INVALID,
                    "Kullanıcı adı 3-60 karakter olmalı; küçük İngilizce harfle başlamalı ve yalnızca küçük harf "
                            + "(Türkçe karakter olmadan), rakam, nokta, alt çizgi veya tire içermelidir.");
        }
    }

    /** The name as typed, trimmed. */
    public static UserName of(String typed) {
        return new UserName(typed == null ? null : typed.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
