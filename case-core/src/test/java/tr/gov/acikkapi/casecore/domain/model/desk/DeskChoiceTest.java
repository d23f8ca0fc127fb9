package tr.gov.acikkapi.casecore.domain.model.desk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeskChoiceTest {

    @Test
    void aPauseReasonKeepsItsCodeLabelAndOrder() {
        PauseReason reason = new PauseReason(" teknik_sorun ", "  Teknik   sorun ", 50);
        assertEquals("TEKNIK_SORUN", reason.code());
        assertEquals("Teknik sorun", reason.label());
        assertEquals(50, reason.sortOrder());
        assertTrue(reason.active());
    }

    @Test
    void changingKeepsTheCodeAndDeactivatingKeepsTheEntry() {
        DispositionCode code = new DispositionCode("GERI_ARANACAK", "Geri aranacak", 60);
        code.change("Vatandaş geri aranacak", 15);
        code.deactivate();
        assertEquals("GERI_ARANACAK", code.code());
        assertEquals("Vatandaş geri aranacak", code.label());
        assertEquals(15, code.sortOrder());
        assertFalse(code.active());
        code.activate();
        assertTrue(code.active());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "1MOLA", "MOLA VER", "ÇAY", "MOLA-2", "_MOLA"})
    void refusesBadCodes(String code) {
        assertEquals(DomainErrorCode.CHOICE_CODE_INVALID,
                assertThrows(DomainException.class, () -> new PauseReason(code, "Mola", 1)).code());
    }

    @Test
    void codeLengthDependsOnTheList() {
        String forty = "A".repeat(40);
        assertEquals(forty, new DispositionCode(forty, "Uzun", 1).code());
        assertEquals(DomainErrorCode.CHOICE_CODE_INVALID,
                assertThrows(DomainException.class, () -> new PauseReason(forty, "Uzun", 1)).code());
    }

    @Test
    void refusesBlankOrLongLabelsAndSortOrdersOutOfRange() {
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING,
                assertThrows(DomainException.class, () -> new PauseReason("MOLA", "  ", 1)).code());
        assertEquals(DomainErrorCode.INVALID_TEXT,
                assertThrows(DomainException.class, () -> new PauseReason("MOLA", "x".repeat(81), 1)).code());
        assertEquals(DomainErrorCode.SORT_ORDER_INVALID,
                assertThrows(DomainException.class, () -> new PauseReason("MOLA", "Mola", -1)).code());
        assertEquals(DomainErrorCode.SORT_ORDER_INVALID,
                assertThrows(DomainException.class, () -> new PauseReason("MOLA", "Mola", 10_000)).code());
    }
}
