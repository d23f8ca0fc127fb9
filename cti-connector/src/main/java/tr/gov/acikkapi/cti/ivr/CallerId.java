package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.AgiRequest;

import java.util.Locale;
import java.util.Optional;

/**
 * The caller number of a FastAGI request, as Asterisk sent it in {@code agi_callerid}, and whether it may be
 * used to recognise the caller: not when it is missing, a placeholder ({@code unknown}, {@code anonymous}),
 * or marked as restricted or unavailable in {@code agi_callingpres}.
 *
 * @param raw the number as sent, trimmed; empty when Asterisk sent none
 * @param withheld true when the number must not be used to recognise the caller
 */
record CallerId(String raw, boolean withheld) {

    /** Asterisk's presentation bits: 0x20 restricted, 0x40 unavailable (AST_PRES_RESTRICTION mask 0x60). */
    private static final int PRESENTATION_RESTRICTION_MASK = 0x60;

    static CallerId of(AgiRequest request) {
        String number = request.getCallerIdNumber();
        String raw = number == null ? "" : number.trim();
        boolean placeholder = noNumber(raw);
        Integer presentation = request.getCallingPres();
        boolean restricted = presentation != null && (presentation & PRESENTATION_RESTRICTION_MASK) != 0;
        return new CallerId(raw, placeholder || restricted);
    }

    /** The number to look the caller up by; only when not withheld. */
    Optional<String> usableNumber() {
        return withheld ? Optional.empty() : Optional.of(raw);
    }

    /**
     * The key failures are counted under: the number as sent (also when its display is restricted: the network
     * still gave it), or {@link CallerThrottle#WITHHELD_KEY}, with its own allowance, for callers without any number
     * or with a placeholder, so that withholding the number does not escape the throttle.
     */
    String throttleKey() {
        return noNumber(raw) ? CallerThrottle.WITHHELD_KEY : raw;
    }

    private static boolean noNumber(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return raw.isEmpty() || lower.equals("unknown") || lower.equals("anonymous") || lower.equals("restricted")
                || lower.equals("private");
    }
}
