package tr.gov.acikkapi.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster command's settings, and a wrong member list stopping a node's start with one line. */
class ClusterSettingsTest {

    private static final Path HOME = Path.of("/tmp/acikkapi-cluster-settings-test");

    @Test
    void twoNodesOnGaleraByDefault() throws LaunchFailure {
        ClusterSettings cluster = ClusterSettings.from(Map.of());
        assertEquals(2, cluster.nodes());
        assertEquals(ClusterSettings.Database.GALERA, cluster.database());
        assertEquals("127.0.0.1[7600],127.0.0.1[7700]", cluster.members());
    }

    @Test
    void threeNodesOnTheEmbeddedDatabaseWithTheirOwnPorts() throws LaunchFailure {
        ClusterSettings cluster = ClusterSettings.from(Map.of("ACIKKAPI_CLUSTER_NODES", "3",
                "ACIKKAPI_CLUSTER_DB", "embedded", "ACIKKAPI_CLUSTER_PORT", "17600"));
        assertEquals(3, cluster.nodes());
        assertEquals(ClusterSettings.Database.EMBEDDED, cluster.database());
        assertEquals("127.0.0.1[17600],127.0.0.1[17700],127.0.0.1[17800]", cluster.members());
        assertEquals(200, cluster.portOffset(3));
        assertEquals("node3", cluster.nodeName(3));
    }

    @Test
    void aNodeCountOutsideOneToNineStopsWithTheVariablesName() {
        for (String wrong : new String[] {"0", "10", "two", "-1"}) {
            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> ClusterSettings.from(Map.of("ACIKKAPI_CLUSTER_NODES", wrong)), wrong);
            assertTrue(failure.getMessage().startsWith("ACIKKAPI_CLUSTER_NODES=" + wrong + " "), failure.getMessage());
        }
        LaunchFailure database = assertThrows(LaunchFailure.class,
                () -> ClusterSettings.from(Map.of("ACIKKAPI_CLUSTER_DB", "postgres")));
        assertTrue(database.getMessage().startsWith("ACIKKAPI_CLUSTER_DB=postgres "), database.getMessage());
    }

    @Test
    void aWellFormedMemberListIsTaken() throws LaunchFailure {
        Settings.from(Map.of("ACIKKAPI_CLUSTER_MEMBERS", "10.0.0.1[7600],10.0.0.2[7600],db-3.example[7700]"), HOME);
        Settings.from(Map.of("ACIKKAPI_CLUSTER_MEMBERS", " 127.0.0.1[7600] "), HOME);
    }

    @Test
    void aMalformedMemberListStopsTheStartWithOneLine() {
        for (String wrong : new String[] {"127.0.0.1:7600", "127.0.0.1[76OO]", "127.0.0.1[7600],", "[7600]",
                "127.0.0.1[7600];127.0.0.1[7700]", "127.0.0.1[70000]"}) {
            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> Settings.from(Map.of("ACIKKAPI_CLUSTER_MEMBERS", wrong), HOME), wrong);
            assertTrue(failure.getMessage().startsWith("ACIKKAPI_CLUSTER_MEMBERS=" + wrong + " is not a member list"),
                    failure.getMessage());
            assertTrue(failure.getMessage().contains("10.0.0.1[7600],10.0.0.2[7600]"), failure.getMessage());
            assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
        }
    }
}
