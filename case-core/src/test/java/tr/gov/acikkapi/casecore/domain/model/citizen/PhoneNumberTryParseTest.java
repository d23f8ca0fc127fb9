package tr.gov.acikkapi.casecore.domain.model.citizen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Caller IDs that are not numbers are simply not looked up. */
class PhoneNumberTryParseTest {

    @Test
    void aNumberInAnyFormIsParsed() {
        assertEquals("+905321234567", PhoneNumber.tryParse("0532 123 45 67").orElseThrow().e164());
        assertEquals("+905321234567", PhoneNumber.tryParse("+905321234567").orElseThrow().e164());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"<unknown>", "anonymous", "1001", "Local/1001@agents", "05321"})
    void anythingElseIsEmpty(String callerId) {
        assertTrue(PhoneNumber.tryParse(callerId).isEmpty());
    }
}
