package tr.gov.acikkapi.casecore.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UserNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"temsilci4", "ayse.yilmaz", "m_demir", "agent-12", "abc"})
    void acceptsLowerCaseAsciiNames(String name) {
        assertEquals(name, UserName.of(" " + name + " ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Temsilci4", "4temsilci", "ayşe", "ali veli", "ılgaz", ".ali",
            "a234567890123456789012345678901234567890123456789012345678901"})
    void refusesOthers(String name) {
        assertEquals(DomainErrorCode.USER_NAME_INVALID, assertThrows(DomainException.class, () -> UserName.of(name)).code());
    }
}
