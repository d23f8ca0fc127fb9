package tr.gov.acikkapi.casecore.identity;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private static DomainErrorCode refusal(String password, String user) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check(password.toCharArray(), user)).code();
    }

    @Test
    void acceptsTenCharactersWithLettersAndDigits() {
        assertDoesNotThrow(() -> PasswordPolicy.check("AcikKapi.2026".toCharArray(), "temsilci4"));
        assertDoesNotThrow(() -> PasswordPolicy.check("çağrı12345".toCharArray(), null));
    }

    @Test
    void refusesShortOrOneSidedPasswords() {
        assertEquals(DomainErrorCode.PASSWORD_TOO_WEAK, refusal("Kisa.123", "x"));
        assertEquals(DomainErrorCode.PASSWORD_TOO_WEAK, refusal("yalnizcaharfler", "x"));
        assertEquals(DomainErrorCode.PASSWORD_TOO_WEAK, refusal("12345678901", "x"));
        assertEquals(DomainErrorCode.PASSWORD_TOO_WEAK, refusal("a1".repeat(65), "x"));
        assertThrows(DomainException.class, () -> PasswordPolicy.check(null, "x"));
    }

    @Test
    void refusesAPasswordContainingTheUserName() {
        DomainException e = assertThrows(DomainException.class,
                () -> PasswordPolicy.check("TEMSILCI4-2026".toCharArray(), "temsilci4"));
        assertEquals(DomainErrorCode.PASSWORD_TOO_WEAK, e.code());
        assertEquals("Parola kullanıcı adını içeremez.", e.getMessage());
        assertEquals(DomainErrorCode.PASSWORD_TOO_WEAK, refusal("TEMSİLCİ4.2026", "temsilci4"));
        assertEquals(DomainErrorCode.PASSWORD_TOO_WEAK, refusal("xxtemsilci4yy1", "temsilci4"));
    }
}
