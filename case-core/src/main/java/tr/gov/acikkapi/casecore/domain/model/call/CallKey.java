package tr.gov.acikkapi.casecore.domain.model.call;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * What identifies one call: the PBX it ran on and Asterisk's {@code Linkedid}, which is unique per
 * server (not across servers). Both are ASCII tokens of at most 64 characters.
 */
public record CallKey(String server, String linkedid) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{1," + MAX_LENGTH + "}");

    public CallKey {
        if (server == null || !TOKEN.matcher(server).matches()) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID,
                    "Çağrı kaydı: santral adı boş olamaz, boşluk içeremez ve en fazla 64 karakter olabilir.");
        }
        if (linkedid == null || !TOKEN.matcher(linkedid).matches()) {
            throw new DomainException(DomainErrorCode.CALL_RECORD_INVALID,
                    "Çağrı kaydı: çağrı kimliği (Linkedid) boş olamaz, boşluk içeremez ve en fazla 64 karakter olabilir.");
        }
    }

    @Override
    public String toString() {
        return server + "/" + linkedid;
    }
}
