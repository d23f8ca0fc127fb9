package tr.gov.acikkapi.cti.agent;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappedAgentDirectoryTest {

    private final MappedAgentDirectory directory = MappedAgentDirectory.parse(
            " Local/1001@agents=temsilci1, Local/1002@agents=temsilci2 ,PJSIP/1003=temsilci3,");

    @Test
    void resolvesMemberInterfacesAndEndpoints() {
        assertEquals(Optional.of("temsilci1"), directory.agentFor("Local/1001@agents"));
        assertEquals(Optional.of("temsilci3"), directory.agentFor("PJSIP/1003"));
    }

    @Test
    void resolvesLiveChannelsOfAnInterface() {
        assertEquals(Optional.of("temsilci2"), directory.agentFor("Local/1002@agents-0000002c;1"));
        assertEquals(Optional.of("temsilci3"), directory.agentFor("PJSIP/1003-0000001a"));
    }

    @Test
    void anUnmappedPhoneStaysIdentifiedByItsInterface() {
        assertEquals(Optional.empty(), directory.agentFor("Local/1009@agents"));
        assertEquals("Local/1009@agents", directory.agentOrInterface("Local/1009@agents-0000003a;2"));
        assertEquals("temsilci1", directory.agentOrInterface("Local/1001@agents"));
    }

    @Test
    void interfaceOfStripsOnlyTheChannelSuffix() {
        assertEquals("Local/s@inbound", AgentDirectory.interfaceOf("Local/s@inbound-0000002b;2"));
        assertEquals("PJSIP/trunk-istanbul", AgentDirectory.interfaceOf("PJSIP/trunk-istanbul"));
    }

    @Test
    void emptySpecGivesAnEmptyDirectory() {
        assertTrue(MappedAgentDirectory.parse("  ").asMap().isEmpty());
    }

    @Test
    void malformedPairsAreRefusedInEnglish() {
        CtiConfigurationException noEquals = assertThrows(CtiConfigurationException.class,
                () -> MappedAgentDirectory.parse("Local/1001@agents"));
        assertEquals("Agent map entry is wrong: 'Local/1001@agents'. Expected: Local/1001@agents=temsilci1,PJSIP/1003=temsilci3",
                noEquals.getMessage());
        assertTrue(assertThrows(CtiConfigurationException.class, () -> MappedAgentDirectory.parse("Local/1001@agents="))
                .getMessage().startsWith("Agent map entry is wrong: 'Local/1001@agents='"));
        CtiConfigurationException twice = assertThrows(CtiConfigurationException.class,
                () -> MappedAgentDirectory.parse("PJSIP/1=a,PJSIP/1=b"));
        assertTrue(twice.getMessage().contains("names an interface twice"), twice.getMessage());
    }
}
