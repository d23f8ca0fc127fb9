package tr.gov.acikkapi.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command's settings: the buffer pool (the operator's size when it is one, else a quarter of the memory) and
 * demo mode (by default only with the embedded database), and whether the AMI simulator is started.
 */
class SettingsTest {

    private static final Path HOME = Path.of("/tmp/acikkapi-settings-test");

    @Test
    void anOperatorsBufferPoolSizeIsTaken() throws LaunchFailure {
        assertEquals("4G", Settings.from(Map.of("ACIKKAPI_DB_BUFFER_POOL", "4G"), HOME).dbBufferPool());
        assertEquals("512M", Settings.from(Map.of("ACIKKAPI_DB_BUFFER_POOL", " 512M "), HOME).dbBufferPool());
    }

    @Test
    void withoutOneTheDefaultIsAQuarterOfTheMemoryInWholeChunks() throws LaunchFailure {
        String size = Settings.from(Map.of(), HOME).dbBufferPool();
        assertEquals(EmbeddedMariaDb.defaultBufferPool(), size);
        assertTrue(size.endsWith("M"), size);
        long megabytes = Long.parseLong(size.substring(0, size.length() - 1));
        assertTrue(megabytes >= 256, size);
        assertEquals(0, megabytes % 128, size);
    }

    @Test
    void somethingThatIsNotASizeStopsTheStartWithTheVariablesName() {
        for (String wrong : new String[] {"lots", "4", "4GB", "-1G", "64M", "0G", "4T"}) {
            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> Settings.from(Map.of("ACIKKAPI_DB_BUFFER_POOL", wrong), HOME), wrong);
            assertTrue(failure.getMessage().startsWith("ACIKKAPI_DB_BUFFER_POOL=" + wrong), failure.getMessage());
            assertFalse(EmbeddedMariaDb.validBufferPool(wrong), wrong);
        }
    }

    /**
     * Security issue, point 1: the README's command for a real database ({@code MARIADB_HOST=… mvn -Prun verify}) used to
     * run in demo mode, which creates the administrator {@code yonetici} with the published password in that database.
     */
    @Test
    void demoModeIsTheDefaultOnlyWithTheEmbeddedDatabase() throws LaunchFailure {
        assertTrue(Settings.from(Map.of(), HOME).demo(), "a plain run command starts the demo");
        assertFalse(Settings.from(Map.of("MARIADB_HOST", "db.example.org"), HOME).demo(), "a real database is not a demo");
        assertTrue(Settings.from(Map.of("MARIADB_HOST", "db.example.org", "ACIKKAPI_DEMO", "true"), HOME).demo(),
                "unless demo mode is asked for explicitly");
        assertFalse(Settings.from(Map.of("ACIKKAPI_DEMO", "false"), HOME).demo());
        assertFalse(Settings.from(Map.of("ACIKKAPI_DEMO", "yes please"), HOME).demo(), "only an explicit true turns it on");
    }

    @Test
    void withThePbxLinkOffNoSimulatorIsStarted() throws LaunchFailure {
        assertFalse(Settings.from(Map.of("AMI_ENABLED", "false"), HOME).simulatedPbx());
        assertFalse(Settings.from(Map.of("AMI_ENABLED", " FALSE "), HOME).simulatedPbx());
        assertTrue(Settings.from(Map.of(), HOME).simulatedPbx());
        assertTrue(Settings.from(Map.of("AMI_ENABLED", "true"), HOME).simulatedPbx());
        assertFalse(Settings.from(Map.of("AMI_HOST", "pbx.example"), HOME).simulatedPbx());
    }
}
