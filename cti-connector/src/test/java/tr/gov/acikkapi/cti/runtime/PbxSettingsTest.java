package tr.gov.acikkapi.cti.runtime;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.CtiConfigurationException;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The PBX settings read from configuration keys: what they give, and wrong values refused with an English message
 * (it goes to the server log, "PBX configuration is wrong: …", and to the PBX readiness check's data) that names the
 * key and quotes the value.
 */
class PbxSettingsTest {

    private static String refusal(Map<String, String> config) {
        return assertThrows(CtiConfigurationException.class,
                () -> PbxSettings.from(key -> Optional.ofNullable(config.get(key)))).getMessage();
    }

    @Test
    void twoNamedPbxsGiveTwoLinks() {
        List<AmiLinkConfig> links = PbxSettings.from(key -> Optional.ofNullable(Map.of(
                "AMI_SERVERS", "ankara,izmir", "AMI_ANKARA_HOST", "10.0.0.1", "AMI_IZMIR_PORT", "5039").get(key)));
        assertEquals(List.of("ankara", "izmir"), links.stream().map(AmiLinkConfig::server).toList());
        assertEquals(List.of("10.0.0.1", "127.0.0.1"), links.stream().map(AmiLinkConfig::host).toList());
        assertEquals(List.of(5038, 5039), links.stream().map(AmiLinkConfig::port).toList());
    }

    @Test
    void wrongValuesAreRefusedInEnglishNamingTheKeyAndValue() {
        assertEquals("AMI_PORT='beş bin' is not a port number.", refusal(Map.of("AMI_PORT", "beş bin")));
        assertEquals("AMI_SERVERS: 'izmir merkez' is not a valid server name (use 1-32 letters, digits, '-' and '_').",
                refusal(Map.of("AMI_SERVERS", "ankara,izmir merkez")));
        assertEquals("PBX 'pbx': the AMI port must be between 1 and 65535, not 70000", refusal(Map.of("AMI_PORT", "70000")));
        assertEquals("PBX 'pbx': the AMI user name must not be empty.", refusal(Map.of("AMI_USER", " ")));
    }
}
