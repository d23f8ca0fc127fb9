package tr.gov.acikkapi.casecore.domain.model.citizen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TcKimlikNoTest {

    @Test
    void acceptsAWellKnownValidNumber() {
        assertEquals("10000000146", TcKimlikNo.of("10000000146").value());
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertEquals("10000000146", TcKimlikNo.of("  10000000146 ").value());
    }

    @Test
    void tenthDigitUsesMathematicalModuloWhenTheDifferenceIsNegative() {
        // odd sum 1 → 7, even sum 36: 7 − 36 = −29, whose mathematical mod 10 is 1 (Java's % would give −9).
        assertEquals("19090909018", TcKimlikNo.withCheckDigits("190909090").value());
        assertEquals("19090909018", TcKimlikNo.of("19090909018").value());
    }

    @Test
    void checkDigitsComputedFromNineDigitsAlwaysValidate() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            String firstNine = String.valueOf(100_000_000 + random.nextInt(900_000_000));
            TcKimlikNo generated = TcKimlikNo.withCheckDigits(firstNine);
            assertEquals(generated, TcKimlikNo.of(generated.value()));
        }
    }

    @Test
    void everyWrongTenthOrEleventhDigitIsRefused() {
        String valid = "10000000146";
        for (int position : new int[] {9, 10}) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String wrong = valid.substring(0, position) + digit + valid.substring(position + 1);
                DomainException e = assertThrows(DomainException.class, () -> TcKimlikNo.of(wrong));
                assertEquals(DomainErrorCode.TC_KIMLIK_NO_CHECKSUM, e.code());
            }
        }
    }

    @Test
    void masksAllButTheFirstThreeAndLastTwoDigits() {
        TcKimlikNo number = TcKimlikNo.of("10000000146");
        assertEquals("100******46", number.masked());
        assertEquals("0146", number.lastFour());
    }

    @Test
    void toStringNeverShowsTheFullNumber() {
        TcKimlikNo number = TcKimlikNo.of("19090909018");
        assertEquals("190******18", number.toString());
        assertFalse(number.toString().contains("19090909018"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesAnEmptyNumber(String text) {
        DomainException e = assertThrows(DomainException.class, () -> TcKimlikNo.of(text));
        assertEquals(DomainErrorCode.TC_KIMLIK_NO_EMPTY, e.code());
        assertTrue(e.getMessage().contains("boş"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000014a", "10000-00146", "١٠٠٠٠٠٠٠١٤٦"})
    void refusesNonDigits(String text) {
        assertEquals(DomainErrorCode.TC_KIMLIK_NO_NOT_DIGITS,
                assertThrows(DomainException.class, () -> TcKimlikNo.of(text)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000014", "100000001460", "1"})
    void refusesAWrongLength(String text) {
        DomainException e = assertThrows(DomainException.class, () -> TcKimlikNo.of(text));
        assertEquals(DomainErrorCode.TC_KIMLIK_NO_LENGTH, e.code());
        assertTrue(e.getMessage().contains("11 haneli"));
    }

    @Test
    void refusesALeadingZero() {
        assertEquals(DomainErrorCode.TC_KIMLIK_NO_LEADING_ZERO,
                assertThrows(DomainException.class, () -> TcKimlikNo.of("01234567890")).code());
    }

    @Test
    void refusesFirstNineDigitsThatAreNotNineDigits() {
        assertThrows(DomainException.class, () -> TcKimlikNo.withCheckDigits("12345678"));
        assertThrows(DomainException.class, () -> TcKimlikNo.withCheckDigits("12345678x"));
        assertEquals(DomainErrorCode.TC_KIMLIK_NO_LEADING_ZERO,
                assertThrows(DomainException.class, () -> TcKimlikNo.withCheckDigits("012345678")).code());
    }
}
