package tr.gov.acikkapi.casecore.domain.model.citizen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "05321234567", "5321234567", "905321234567", "+905321234567", "00905321234567",
            "0532 123 45 67", "0532-123-45-67", "(0532) 123 45 67", "+90 (532) 123-45-67", "0090 532 123 4567",
            "+90 0532 123 45 67", "0532.123.45.67", " 05321234567 "})
    void normalisesEveryMobileFormToE164(String text) {
        assertEquals("+905321234567", PhoneNumber.of(text).e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"03121234567", "0312 123 45 67", "(312) 123 45 67", "+903121234567", "903121234567"})
    void normalisesLandlines(String text) {
        PhoneNumber number = PhoneNumber.of(text);
        assertEquals("+903121234567", number.e164());
        assertEquals(PhoneNumber.LineKind.LANDLINE, number.lineKind());
    }

    @Test
    void formatsTheNationalForm() {
        assertEquals("0532 123 45 67", PhoneNumber.of("+905321234567").national());
        assertEquals("0312 123 45 67", PhoneNumber.of("3121234567").national());
        assertEquals("5321234567", PhoneNumber.of("05321234567").nationalSignificantNumber());
    }

    @Test
    void tellsLineKinds() {
        assertEquals(PhoneNumber.LineKind.MOBILE, PhoneNumber.of("05551234567").lineKind());
        assertEquals(PhoneNumber.LineKind.LANDLINE, PhoneNumber.of("02121234567").lineKind());
        assertEquals(PhoneNumber.LineKind.LANDLINE, PhoneNumber.of("04421234567").lineKind());
        assertEquals(PhoneNumber.LineKind.NON_GEOGRAPHIC, PhoneNumber.of("08502221234").lineKind());
    }

    @Test
    void equalNumbersInDifferentFormsAreEqual() {
        assertEquals(PhoneNumber.of("0532 123 45 67"), PhoneNumber.of("+905321234567"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesEmpty(String text) {
        assertEquals(DomainErrorCode.PHONE_EMPTY, assertThrows(DomainException.class, () -> PhoneNumber.of(text)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0532 123 45 6x", "0532/1234567", "anonymous", "05321234567+", "++905321234567"})
    void refusesOtherCharacters(String text) {
        assertEquals(DomainErrorCode.PHONE_INVALID_CHARACTERS,
                assertThrows(DomainException.class, () -> PhoneNumber.of(text)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+441234567890", "00441234567890", "+1 212 555 0100"})
    void refusesForeignNumbers(String text) {
        DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.of(text));
        assertEquals(DomainErrorCode.PHONE_FOREIGN, e.code());
        assertEquals("Yalnızca Türkiye telefon numaraları (+90) kabul edilir.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0532123456", "053212345678", "112", "4441234", "+90532123456"})
    void refusesWrongLengths(String text) {
        assertEquals(DomainErrorCode.PHONE_LENGTH, assertThrows(DomainException.class, () -> PhoneNumber.of(text)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"06121234567", "01121234567", "07121234567", "09121234567", "+900121234567"})
    void refusesUnknownLeadingDigits(String text) {
        assertEquals(DomainErrorCode.PHONE_UNKNOWN_PREFIX,
                assertThrows(DomainException.class, () -> PhoneNumber.of(text)).code());
    }

    @Test
    void theCanonicalConstructorRefusesNonCanonicalInput() {
        assertThrows(DomainException.class, () -> new PhoneNumber("05321234567"));
        assertThrows(DomainException.class, () -> new PhoneNumber("+90532123456x"));
    }
}
