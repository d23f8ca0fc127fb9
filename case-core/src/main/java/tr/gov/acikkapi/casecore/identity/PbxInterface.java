package tr.gov.acikkapi.casecore.identity;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queue member interface of an agent's phone as Asterisk names it: {@code Local/1001@agents},
 * {@code PJSIP/1001} or {@code SIP/1001}. PBX events carry this string, so it must be exact: the technology is
 * written as Asterisk writes it whatever the case typed, and an extension is letters, digits and '_' only (a '-'
 * would be taken for the suffix of a channel name).
 */
public record PbxInterface(String value) {

    /** Longest value the column holds. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern FORM = Pattern.compile(
            "(?i)(local|pjsip|sip)/([A-Za-z0-9_]{1,40})(?:@([A-Za-z0-9_-]{1,40}))?");

    /** Checks the form; use {@link #of(String)} for typed input. */
    public PbxInterface {
        if (value == null || !value.equals(canonical(value))) {
            throw invalid();
        }
    }

    /** The interface typed by an administrator: trimmed, technology normalised, refused unless well-formed. */
    public static PbxInterface of(String typed) {
        if (typed == null || typed.isBlank()) {
            throw invalid();
        }
        return new PbxInterface(canonical(typed.strip()));
    }

    private static String canonical(String value) {
        Matcher m = FORM.matcher(value);
        if (!m.matches() || value.length() > MAX_LENGTH) {
            return null;
        }
        String technology = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "local" -> "Local";
            case "pjsip" -> "PJSIP";
            default -> "SIP";
        };
        boolean local = "Local".equals(technology);
        if (local != (m.group(3) != null)) {
            return null;
        }
        return technology + "/" + m.group(2) + (local ? "@" + m.group(3) : "");
    }

    private static DomainException invalid() {
        return new DomainException(DomainErrorCode.PBX_INTERFACE_INVALID,
                "Santral arabirimi Local/<dahili>@<bağlam>, PJSIP/<dahili> veya SIP/<dahili> biçiminde olmalıdır "
                        + "(örnek: PJSIP/1001 ya da Local/1001@agents).");
    }

    @Override
    public String toString() {
        return value;
    }
}
