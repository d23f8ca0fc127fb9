package tr.gov.acikkapi.casecore.application;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CitizenEvidenceTest {

    @Test
    void fourDigitsAreTheEndOfTheTcKimlikNoAndAnythingElseMustBeAPhone() {
        assertEquals(new CitizenEvidence.TcKimlikLastFour("0146"), CitizenEvidence.parse(" 0146 "));
        assertEquals(new CitizenEvidence.PhoneOnFile(PhoneNumber.of("+905321234567")), CitizenEvidence.parse("0532 123 45 67"));
    }

    @Test
    void emptyOrUnreadableEvidenceIsRefusedWithItsCode() {
        for (String text : new String[]{null, "", "   ", "12345", "abcd", "' OR '1'='1"}) {
            DomainException refused = assertThrows(DomainException.class, () -> CitizenEvidence.parse(text), String.valueOf(text));
            assertEquals(DomainErrorCode.CITIZEN_PROOF_INVALID, refused.code());
        }
    }

    @Test
    void theDigitsNeverAppearInTheTextOfTheEvidence() {
        assertFalse(CitizenEvidence.parse("0146").toString().contains("0146"));
        assertFalse(CitizenEvidence.parse("05321234567").toString().contains("1234567"));
    }
}
