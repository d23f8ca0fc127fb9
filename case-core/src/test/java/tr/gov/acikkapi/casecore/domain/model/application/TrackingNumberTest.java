package tr.gov.acikkapi.casecore.domain.model.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackingNumberTest {

    /** Deterministic sample: edge serials and 3,000 spread over the range. */
    private static List<TrackingNumber> sample() {
        List<TrackingNumber> numbers = new ArrayList<>();
        for (long serial : new long[] {1, 9, 10, 99_999_999, 100_000_000, 123_456_789, 987_654_321, 999_999_999}) {
            numbers.add(TrackingNumber.of(serial));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 3_000; i++) {
            numbers.add(TrackingNumber.of(random.nextLong(1, TrackingNumber.MAX_SERIAL + 1)));
        }
        return numbers;
    }

    @Test
    void aNumberIsItsNineDigitSerialPlusACheckDigit() {
        TrackingNumber number = TrackingNumber.of(123_456_789);
        assertEquals(10, number.value().length());
        assertTrue(number.value().startsWith("123456789"));
        assertEquals(123_456_789, number.serial());
    }

    @Test
    void smallSerialsArePaddedWithZeros() {
        TrackingNumber number = TrackingNumber.of(42);
        assertTrue(number.value().startsWith("000000042"));
        assertEquals(number, TrackingNumber.parse(number.value()));
    }

    @Test
    void checkDigitOfTheKnownDammExample() {
        // The textbook example: 572 gets check digit 4.
        assertEquals(4, TrackingNumber.checkDigit("572"));
        assertEquals(0, TrackingNumber.checkDigit("5724"));
    }

    @Test
    void everyIssuedNumberParsesBackToItself() {
        for (TrackingNumber number : sample()) {
            assertEquals(number, TrackingNumber.parse(number.value()));
            assertEquals(number, TrackingNumber.parse(number.grouped()));
        }
    }

    @Test
    void distinctSerialsGiveDistinctNumbers() {
        Set<String> seen = new HashSet<>();
        for (long serial = 100_000_000; serial < 100_010_000; serial++) {
            assertTrue(seen.add(TrackingNumber.of(serial).value()));
        }
    }

    @Test
    void everySingleDigitErrorIsCaught() {
        int checked = 0;
        for (TrackingNumber number : sample()) {
            String valid = number.value();
            for (int position = 0; position < valid.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == valid.charAt(position)) {
                        continue;
                    }
                    String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                    DomainException e = assertThrows(DomainException.class, () -> TrackingNumber.parse(typo), typo);
                    assertEquals(DomainErrorCode.TRACKING_NUMBER_CHECK_DIGIT, e.code());
                    checked++;
                }
            }
        }
        assertEquals(sample().size() * 10 * 9, checked);
    }

    @Test
    void everyAdjacentTranspositionIsCaught() {
        int checked = 0;
        for (TrackingNumber number : sample()) {
            char[] digits = number.value().toCharArray();
            for (int i = 0; i + 1 < digits.length; i++) {
                if (digits[i] == digits[i + 1]) {
                    continue;
                }
                char[] swapped = digits.clone();
                swapped[i] = digits[i + 1];
                swapped[i + 1] = digits[i];
                String typo = new String(swapped);
                assertNotEquals(number.value(), typo);
                assertEquals(DomainErrorCode.TRACKING_NUMBER_CHECK_DIGIT,
                        assertThrows(DomainException.class, () -> TrackingNumber.parse(typo), typo).code());
                checked++;
            }
        }
        assertTrue(checked > 20_000, "checked " + checked);
    }

    @Test
    void everyAdjacentTranspositionOfEveryDigitPairIsCaught() {
        // Exhaustive over digit pairs at every serial position of one number: Damm is weakly totally anti-symmetric.
        String base = TrackingNumber.of(555_555_555).value();
        int checked = 0;
        for (int i = 0; i < 8; i++) {
            for (char a = '0'; a <= '9'; a++) {
                for (char b = '0'; b <= '9'; b++) {
                    if (a == b) {
                        continue;
                    }
                    String serial = base.substring(0, i) + a + b + base.substring(i + 2, 9);
                    String valid = serial + TrackingNumber.checkDigit(serial);
                    String swapped = base.substring(0, i) + b + a + valid.substring(i + 2);
                    assertEquals(DomainErrorCode.TRACKING_NUMBER_CHECK_DIGIT,
                            assertThrows(DomainException.class, () -> TrackingNumber.parse(swapped), swapped).code());
                    checked++;
                }
            }
        }
        // The last serial digit against the check digit itself.
        for (char a = '0'; a <= '9'; a++) {
            String serial = base.substring(0, 8) + a;
            String valid = serial + TrackingNumber.checkDigit(serial);
            if (valid.charAt(8) != valid.charAt(9)) {
                String swapped = valid.substring(0, 8) + valid.charAt(9) + valid.charAt(8);
                assertThrows(DomainException.class, () -> TrackingNumber.parse(swapped), swapped);
                checked++;
            }
        }
        assertTrue(checked >= 8 * 90 + 9);
    }

    @Test
    void groupsDigitsForReadingAloud() {
        TrackingNumber number = TrackingNumber.of(123_456_789);
        assertEquals("123 456 789 " + number.value().charAt(9), number.grouped());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " - "})
    void refusesEmpty(String text) {
        DomainException e = assertThrows(DomainException.class, () -> TrackingNumber.parse(text));
        assertEquals(DomainErrorCode.TRACKING_NUMBER_EMPTY, e.code());
        assertEquals("Başvuru numarası girilmedi.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678a0", "1234567890#", "*123456789", "12345.67890", "١٢٣٤٥٦٧٨٩٠"})
    void refusesNonDigits(String text) {
        DomainException e = assertThrows(DomainException.class, () -> TrackingNumber.parse(text));
        assertEquals(DomainErrorCode.TRACKING_NUMBER_NOT_DIGITS, e.code());
        assertTrue(e.getMessage().contains("yalnızca rakam"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "123456789", "12345678901", "00000000000000"})
    void refusesWrongLengths(String text) {
        DomainException e = assertThrows(DomainException.class, () -> TrackingNumber.parse(text));
        assertEquals(DomainErrorCode.TRACKING_NUMBER_LENGTH, e.code());
        assertTrue(e.getMessage().contains("10 haneli"));
    }

    @Test
    void refusesABadCheckDigitWithItsOwnMessage() {
        String valid = TrackingNumber.of(100_000_001).value();
        String wrong = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);
        DomainException e = assertThrows(DomainException.class, () -> TrackingNumber.parse(wrong));
        assertEquals(DomainErrorCode.TRACKING_NUMBER_CHECK_DIGIT, e.code());
        assertTrue(e.getMessage().contains("kontrol hanesi"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 1_000_000_000L})
    void refusesSerialsOutsideNineDigits(long serial) {
        assertEquals(DomainErrorCode.TRACKING_NUMBER_SERIAL_OUT_OF_RANGE,
                assertThrows(DomainException.class, () -> TrackingNumber.of(serial)).code());
    }
}
