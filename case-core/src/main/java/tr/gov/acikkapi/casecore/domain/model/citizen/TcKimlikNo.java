package tr.gov.acikkapi.casecore.domain.model.citizen;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

/**
 * A Turkish national identity number (T.C. Kimlik No): 11 digits, the first not 0, the last two
 * check digits. Personal data under KVKK: {@link #toString()} is masked so it never leaks into
 * logs; use {@link #value()} only where the full number is needed.
 *
 * <p>With digits d1..d11: d10 = ((d1+d3+d5+d7+d9)*7 − (d2+d4+d6+d8)) mod 10 (mathematical modulo,
 * never negative) and d11 = (d1+…+d10) mod 10.
 */
public record TcKimlikNo(String value) {

    private static final int LENGTH = 11;

    public TcKimlikNo {
        validate(value);
    }

    /** Parses a number as typed (surrounding spaces ignored); refuses it with a Turkish reason. */
    public static TcKimlikNo of(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(DomainErrorCode.TC_KIMLIK_NO_EMPTY, "T.C. Kimlik No boş olamaz.");
        }
        return new TcKimlikNo(text.strip());
    }

    /** A valid number from its first nine digits, the first not 0: the two check digits are computed. */
    public static TcKimlikNo withCheckDigits(String firstNine) {
        if (firstNine == null || firstNine.length() != LENGTH - 2 || !allDigits(firstNine)) {
            throw new DomainException(DomainErrorCode.TC_KIMLIK_NO_LENGTH,
                    "T.C. Kimlik No'nun ilk 9 hanesi rakam olmalıdır.");
        }
        int[] d = new int[LENGTH];
        for (int i = 0; i < 9; i++) {
            d[i] = firstNine.charAt(i) - '0';
        }
        d[9] = tenthDigit(d);
        d[10] = eleventhDigit(d);
        return new TcKimlikNo(firstNine + d[9] + d[10]);
    }

    /** The number for screens: first three and last two digits, the rest starred ({@code 123******90}). */
    public String masked() {
        return value.substring(0, 3) + "******" + value.substring(9);
    }

    /** The last four digits, as citizens are asked to confirm on the phone. */
    public String lastFour() {
        return value.substring(LENGTH - 4);
    }

    /** Masked on purpose: the full number must not reach logs by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static void validate(String value) {
        if (value == null || value.isEmpty()) {
            throw new DomainException(DomainErrorCode.TC_KIMLIK_NO_EMPTY, "T.C. Kimlik No boş olamaz.");
        }
        if (!allDigits(value)) {
            throw new DomainException(DomainErrorCode.TC_KIMLIK_NO_NOT_DIGITS,
                    "T.C. Kimlik No yalnızca rakamlardan oluşmalıdır.");
        }
        if (value.length() != LENGTH) {
            throw new DomainException(DomainErrorCode.TC_KIMLIK_NO_LENGTH,
                    "T.C. Kimlik No 11 haneli olmalıdır (girilen " + value.length() + " hane).");
        }
        if (value.charAt(0) == '0') {
            throw new DomainException(DomainErrorCode.TC_KIMLIK_NO_LEADING_ZERO,
                    "T.C. Kimlik No 0 ile başlayamaz.");
        }
        int[] d = new int[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            d[i] = value.charAt(i) - '0';
        }
        if (d[9] != tenthDigit(d) || d[10] != eleventhDigit(d)) {
            throw new DomainException(DomainErrorCode.TC_KIMLIK_NO_CHECKSUM,
                    "T.C. Kimlik No geçerli değil: kontrol haneleri tutmuyor. Numarayı kontrol edip yeniden girin.");
        }
    }

    private static int tenthDigit(int[] d) {
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        return Math.floorMod(odd * 7 - even, 10);
    }

    private static int eleventhDigit(int[] d) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += d[i];
        }
        return sum % 10;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
