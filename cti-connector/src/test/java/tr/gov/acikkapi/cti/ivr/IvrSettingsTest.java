package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IvrSettingsTest {

    @Test
    void unsetKeysKeepTheDocumentedDefaults() {
        IvrSettings settings = IvrSettings.from(Map.<String, String>of()::get);

        assertEquals(IvrSettings.defaults(), settings);
        assertEquals("127.0.0.1", settings.bindAddress());
        assertEquals(4573, settings.port());
        assertEquals(3, settings.maxTries());
        assertEquals(5, settings.throttleFailures());
        assertEquals(Duration.ofMinutes(15), settings.throttleWindow());
        assertEquals(Duration.ofSeconds(6), settings.digitTimeout());
    }

    @Test
    void environmentOverridesEachSetting() {
        Map<String, String> env = Map.ofEntries(
                Map.entry("ACIKKAPI_IVR_BIND", " 0.0.0.0 "),
                Map.entry("ACIKKAPI_IVR_PORT", "4574"),
                Map.entry("ACIKKAPI_IVR_ALLOWED_PEERS", "10.0.0.5, 10.0.0.6,"),
                Map.entry("ACIKKAPI_IVR_MAX_SESSIONS", "80"),
                Map.entry("ACIKKAPI_IVR_HANDSHAKE_TIMEOUT_SECONDS", "5"),
                Map.entry("ACIKKAPI_IVR_REPLY_TIMEOUT_SECONDS", "90"),
                Map.entry("ACIKKAPI_IVR_DIGIT_TIMEOUT_SECONDS", "8"),
                Map.entry("ACIKKAPI_IVR_MAX_TRIES", "2"),
                Map.entry("ACIKKAPI_IVR_THROTTLE_FAILURES", "10"),
                Map.entry("ACIKKAPI_IVR_THROTTLE_WINDOW_MINUTES", "60"),
                Map.entry("ACIKKAPI_IVR_THROTTLE_CALLERS", "500"),
                Map.entry("ACIKKAPI_IVR_PRIORITY_ESCORT", "20"),
                Map.entry("ACIKKAPI_IVR_PRIORITY_OVERDUE", " "));

        IvrSettings settings = IvrSettings.from(env::get);

        assertEquals(new IvrSettings("0.0.0.0", 4574, Set.of("10.0.0.5", "10.0.0.6"), 80, Duration.ofSeconds(5),
                Duration.ofSeconds(90), Duration.ofSeconds(8), 2, 10, Duration.ofMinutes(60), 500, 20, 5), settings);
    }

    @Test
    void unusableValuesStopStartUpNamingTheKey() {
        CtiConfigurationException notANumber = assertThrows(CtiConfigurationException.class,
                () -> IvrSettings.from(Map.of("ACIKKAPI_IVR_PORT", "dört bin")::get));
        assertEquals("IVR setting ACIKKAPI_IVR_PORT='dört bin' is wrong: it must be a whole number.", notANumber.getMessage());

        CtiConfigurationException outOfRange = assertThrows(CtiConfigurationException.class,
                () -> IvrSettings.from(Map.of("ACIKKAPI_IVR_MAX_TRIES", "0")::get));
        assertTrue(outOfRange.getMessage().contains("ACIKKAPI_IVR_MAX_TRIES"), outOfRange.getMessage());
        assertTrue(outOfRange.getMessage().contains("must be between 1 and 10"), outOfRange.getMessage());
    }
}
