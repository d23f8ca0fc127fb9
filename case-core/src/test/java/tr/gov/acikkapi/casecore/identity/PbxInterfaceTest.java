package tr.gov.acikkapi.casecore.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PbxInterfaceTest {

    @Test
    void acceptsTheThreeFormsAsAsteriskWritesThem() {
        assertEquals("Local/1001@agents", PbxInterface.of("Local/1001@agents").value());
        assertEquals("PJSIP/1001", PbxInterface.of("PJSIP/1001").value());
        assertEquals("SIP/2001", PbxInterface.of("SIP/2001").value());
        assertEquals("Local/1004@call-center", PbxInterface.of("Local/1004@call-center").value());
    }

    @Test
    void normalisesTheTechnologyAndTrims() {
        assertEquals("PJSIP/1001", PbxInterface.of("  pjsip/1001 ").value());
        assertEquals("Local/1001@agents", PbxInterface.of("LOCAL/1001@agents").value());
        assertEquals("SIP/agent_7", PbxInterface.of("sip/agent_7").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1001", "PJSIP/", "PJSIP/1001@agents", "Local/1001", "Local/@agents",
            "IAX2/1001", "PJSIP/10 01", "PJSIP/1001-0000001a", "Local/1001@agents;1", "PJSIP/çağrı1"})
    void refusesAnythingElseWithOneTurkishMessage(String typed) {
        DomainException e = assertThrows(DomainException.class, () -> PbxInterface.of(typed));
        assertEquals(DomainErrorCode.PBX_INTERFACE_INVALID, e.code());
        assertTrue(e.getMessage().contains("Santral arabirimi"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertEquals(DomainErrorCode.PBX_INTERFACE_INVALID, assertThrows(DomainException.class, () -> PbxInterface.of(null)).code());
    }

    @Test
    void theCanonicalConstructorRefusesAnUnnormalisedValue() {
        assertThrows(DomainException.class, () -> new PbxInterface("pjsip/1001"));
    }
}
