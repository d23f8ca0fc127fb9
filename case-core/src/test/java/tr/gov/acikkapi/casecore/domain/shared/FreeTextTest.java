package tr.gov.acikkapi.casecore.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreeTextTest {

    @Test
    void trimsRequiredText() {
        assertEquals("Su kesintisi", FreeText.required("  Su kesintisi \n", "Konu", 20));
    }

    @Test
    void keepsLineBreaksInMultiLineText() {
        assertEquals("Birinci satır\nİkinci satır", FreeText.required("Birinci satır\nİkinci satır", "Açıklama", 100));
    }

    @Test
    void foldsWhitespaceInOneLineText() {
        assertEquals("Ayşe Nur", FreeText.requiredLine(" Ayşe \t\n  Nur ", "Ad", 60));
    }

    @Test
    void refusesBlankRequiredTextNamingTheField() {
        DomainException e = assertThrows(DomainException.class, () -> FreeText.required("   ", "Konu", 20));
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, e.code());
        assertEquals("Konu boş bırakılamaz.", e.getMessage());
    }

    @Test
    void refusesTooLongText() {
        DomainException e = assertThrows(DomainException.class, () -> FreeText.required("abcdef", "Konu", 5));
        assertEquals(DomainErrorCode.INVALID_TEXT, e.code());
        assertTrue(e.getMessage().contains("en fazla 5"));
    }

    @Test
    void refusesControlCharacters() {
        assertEquals(DomainErrorCode.INVALID_TEXT,
                assertThrows(DomainException.class, () -> FreeText.required("a\u0000b", "Not", 10)).code());
    }

    @Test
    void optionalTextIsEmptyWhenBlank() {
        assertEquals(Optional.empty(), FreeText.optional(null, "E-posta", 10));
        assertEquals(Optional.empty(), FreeText.optionalLine("  ", "E-posta", 10));
        assertEquals(Optional.of("x"), FreeText.optional(" x ", "E-posta", 10));
    }

    @Test
    void exceptionCarriesItsStableCode() {
        DomainException e = new DomainException(DomainErrorCode.APPLICATION_NOT_FOUND, "Başvuru bulunamadı.");
        assertEquals(DomainErrorCode.APPLICATION_NOT_FOUND, e.code());
        assertTrue(e.toString().contains("APPLICATION_NOT_FOUND"));
    }
}
