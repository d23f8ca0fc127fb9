package tr.gov.acikkapi.casecore.domain.model.citizen;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

/**
 * A Turkish telephone number in one canonical form, E.164 ({@code +905321234567}), so that caller
 * IDs from the PBX and numbers typed by agents meet in one lookup key.
 *
 * <p>{@link #of(String)} accepts the forms seen in practice: {@code 05321234567}, {@code 5321234567},
 * {@code 905321234567}, {@code +905321234567}, {@code 00905321234567}, with spaces, dashes, dots or
 * parentheses, and landlines ({@code 0312 …}) alike; a trunk 0 written after the country code
 * ({@code +90 0532 …}) is dropped. Only Turkish numbers (+90) with a known leading
 * digit are accepted: 2, 3, 4 (geographic), 5 (mobile) and 8 (800/850/888 non-geographic).
 */
public record PhoneNumber(String e164) {

    private static final String COUNTRY_PREFIX = "+90";
    private static final int NATIONAL_SIGNIFICANT_LENGTH = 10;

    /** What kind of line a number is, from its leading digit. */
    public enum LineKind {
        /** 5XX: a mobile line. */
        MOBILE,
        /** 2XX, 3XX, 4XX: a geographic landline with its area code. */
        LANDLINE,
        /** 8XX: toll-free, corporate and other non-geographic numbers. */
        NON_GEOGRAPHIC
    }

    public PhoneNumber {
        if (e164 == null || !e164.startsWith(COUNTRY_PREFIX)
                || e164.length() != COUNTRY_PREFIX.length() + NATIONAL_SIGNIFICANT_LENGTH) {
            throw new DomainException(DomainErrorCode.PHONE_LENGTH,
                    "Telefon numarası +90 ile başlayan 13 karakterlik E.164 biçiminde olmalıdır.");
        }
        checkNationalSignificantNumber(e164.substring(COUNTRY_PREFIX.length()));
    }

    /** Normalises a number as typed or as sent by the PBX; refuses it with a Turkish reason. */
    public static PhoneNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(DomainErrorCode.PHONE_EMPTY, "Telefon numarası boş olamaz.");
        }
        StringBuilder digits = new StringBuilder(text.length());
        boolean plus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '\u00a0') {
                throw new DomainException(DomainErrorCode.PHONE_INVALID_CHARACTERS,
                        "Telefon numarası yalnızca rakam, başta + ve boşluk, tire, nokta veya parantez içerebilir.");
            }
        }
        return new PhoneNumber(COUNTRY_PREFIX + nationalSignificantNumber(digits.toString(), plus));
    }

    /**
     * The number, when the text is one: for caller IDs from a PBX, which may be withheld, {@code <unknown>} or an
     * internal extension, and are then simply not looked up.
     */
    public static java.util.Optional<PhoneNumber> tryParse(String text) {
        try {
            return java.util.Optional.of(of(text));
        } catch (DomainException e) {
            return java.util.Optional.empty();
        }
    }

    /** The national form for screens and dialling inside Turkey: {@code 0532 123 45 67}. */
    public String national() {
        String n = nationalSignificantNumber();
        return "0" + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6, 8) + " " + n.substring(8);
    }

    /** The ten digits after +90 ({@code 5321234567}). */
    public String nationalSignificantNumber() {
        return e164.substring(COUNTRY_PREFIX.length());
    }

    public LineKind lineKind() {
        return switch (e164.charAt(COUNTRY_PREFIX.length())) {
            case '5' -> LineKind.MOBILE;
            case '8' -> LineKind.NON_GEOGRAPHIC;
            default -> LineKind.LANDLINE;
        };
    }

    @Override
    public String toString() {
        return e164;
    }

    private static String nationalSignificantNumber(String digits, boolean plus) {
        String nsn;
        if (plus) {
            if (!digits.startsWith("90")) {
                throw foreign();
            }
            nsn = digits.substring(2);
        } else if (digits.startsWith("00")) {
            if (!digits.startsWith("0090")) {
                throw foreign();
            }
            nsn = digits.substring(4);
        } else if (digits.length() == NATIONAL_SIGNIFICANT_LENGTH + 2 && digits.startsWith("90")) {
            nsn = digits.substring(2);
        } else if (digits.length() == NATIONAL_SIGNIFICANT_LENGTH + 1 && digits.startsWith("0")) {
            nsn = digits.substring(1);
        } else if (digits.startsWith("0")) {
            throw new DomainException(DomainErrorCode.PHONE_LENGTH,
                    "Telefon numarası 0 ile yazıldığında 11 haneli olmalıdır (ör. 0532 123 45 67); girilen numarada "
                            + digits.length() + " hane var.");
        } else {
            nsn = digits;
        }
        if (nsn.length() == NATIONAL_SIGNIFICANT_LENGTH + 1 && nsn.startsWith("0") && digits.length() > nsn.length()) {
            nsn = nsn.substring(1);
        }
        if (nsn.length() != NATIONAL_SIGNIFICANT_LENGTH) {
            throw new DomainException(DomainErrorCode.PHONE_LENGTH,
                    "Telefon numarası alan koduyla birlikte 10 haneli olmalıdır (ör. 0532 123 45 67 veya 0312 123 45 67); "
                            + "girilen numarada " + nsn.length() + " hane var.");
        }
        return nsn;
    }

    private static void checkNationalSignificantNumber(String nsn) {
        for (int i = 0; i < nsn.length(); i++) {
            char c = nsn.charAt(i);
            if (c < '0' || c > '9') {
                throw new DomainException(DomainErrorCode.PHONE_INVALID_CHARACTERS,
                        "Telefon numarası yalnızca rakamlardan oluşmalıdır.");
            }
        }
        char first = nsn.charAt(0);
        if (first != '2' && first != '3' && first != '4' && first != '5' && first != '8') {
            throw new DomainException(DomainErrorCode.PHONE_UNKNOWN_PREFIX,
                    "Telefon numarası 0" + first + " ile başlayamaz: alan kodu 02, 03, 04 (sabit hat), "
                            + "05 (cep) veya 08 ile başlamalıdır.");
        }
    }

    private static DomainException foreign() {
        return new DomainException(DomainErrorCode.PHONE_FOREIGN,
                "Yalnızca Türkiye telefon numaraları (+90) kabul edilir.");
    }
}
