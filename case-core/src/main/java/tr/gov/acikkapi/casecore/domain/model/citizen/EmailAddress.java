package tr.gov.acikkapi.casecore.domain.model.citizen;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * An e-mail address for answers by mail: a plausibility check only (one {@code @}, no spaces, a
 * dotted domain, at most 254 characters). Whether it reaches anyone is learnt by writing to it.
 */
public record EmailAddress(String value) {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !PLAUSIBLE.matcher(value).matches()) {
            throw new DomainException(DomainErrorCode.EMAIL_INVALID,
                    "E-posta adresi geçerli görünmüyor (ör. ad.soyad@ornek.com.tr).");
        }
    }

    /** Reads an address as typed (surrounding spaces ignored). */
    public static EmailAddress of(String text) {
        return new EmailAddress(text == null ? null : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
