package tr.gov.acikkapi.casecore.domain.model.application;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

/**
 * The number a citizen gets for an application and keys in on a phone keypad to follow it: ten
 * digits, a nine-digit serial followed by one Damm check digit.
 *
 * <p>The Damm algorithm catches every single-digit error and every transposition of two adjacent
 * digits, so a typo is refused here, before any database lookup. Serials come from the database
 * sequence {@code tracking_serial} and start at 100000000, so numbers never begin with 0.
 */
public record TrackingNumber(String value) {

    /** Digits in a tracking number. */
    public static final int LENGTH = 10;
    /** Largest serial that fits the nine serial digits. */
    public static final long MAX_SERIAL = 999_999_999L;

    /** The Damm quasigroup of order 10 (weakly totally anti-symmetric, zero diagonal). */
    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    public TrackingNumber {
        check(value);
    }

    /** The tracking number of a serial (1 … 999 999 999), with its check digit appended. */
    public static TrackingNumber of(long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new DomainException(DomainErrorCode.TRACKING_NUMBER_SERIAL_OUT_OF_RANGE,
                    "Başvuru numarası üretilemedi: sıra numarası 1 ile 999999999 arasında olmalıdır.");
        }
        String serialDigits = String.format("%09d", serial);
        return new TrackingNumber(serialDigits + checkDigit(serialDigits));
    }

    /**
     * Reads a number as keyed in or typed. Spaces and dashes between digit groups are ignored;
     * anything else is refused with a Turkish reason that tells empty, non-digit, wrong length and
     * mistyped (check digit) apart.
     */
    public static TrackingNumber parse(String text) {
        if (text == null) {
            throw empty();
        }
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '\u00a0') {
                compact.append(c);
            }
        }
        return new TrackingNumber(compact.toString());
    }

    /** The nine-digit serial the number was made from. */
    public long serial() {
        return Long.parseLong(value.substring(0, LENGTH - 1));
    }

    /** Grouped for reading aloud and printing: {@code 123 456 789 0}. */
    public String grouped() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 9) + " " + value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The Damm check digit of a string of digits. */
    static int checkDigit(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    private static void check(String value) {
        if (value == null || value.isEmpty()) {
            throw empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new DomainException(DomainErrorCode.TRACKING_NUMBER_NOT_DIGITS,
                        "Başvuru numarası yalnızca rakamlardan oluşur; harf veya işaret içeremez.");
            }
        }
        if (value.length() != LENGTH) {
            throw new DomainException(DomainErrorCode.TRACKING_NUMBER_LENGTH,
                    "Başvuru numarası " + LENGTH + " haneli olmalıdır; girilen numara " + value.length() + " haneli.");
        }
        if (checkDigit(value) != 0) {
            throw new DomainException(DomainErrorCode.TRACKING_NUMBER_CHECK_DIGIT,
                    "Başvuru numarası hatalı girilmiş (kontrol hanesi tutmuyor). Lütfen numarayı kontrol edip yeniden girin.");
        }
    }

    private static DomainException empty() {
        return new DomainException(DomainErrorCode.TRACKING_NUMBER_EMPTY, "Başvuru numarası girilmedi.");
    }
}
