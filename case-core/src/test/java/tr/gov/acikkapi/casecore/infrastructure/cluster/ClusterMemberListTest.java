package tr.gov.acikkapi.casecore.infrastructure.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The member list as JGroups' TCPPING reads it, and the one line for a list it would only warn about. */
class ClusterMemberListTest {

    @Test
    void hostsWithTheirPortsInBrackets() {
        assertEquals(List.of("10.0.0.1[7600]", "db-2.example[7700]"),
                ClusterMemberList.parse(" 10.0.0.1[7600], db-2.example[7700] ").members());
    }

    @Test
    void noListMeansNoOtherMembers() {
        assertEquals(List.of(), ClusterMemberList.parse(null).members());
        assertEquals(List.of(), ClusterMemberList.parse("  ").members());
    }

    @Test
    void whatJGroupsWouldTakeForAnUnresolvableHostIsRefusedWithOneLine() {
        for (String wrong : new String[] {"127.0.0.1:7600", "127.0.0.1[76OO]", "127.0.0.1[7600],", "[7600]",
                "127.0.0.1[7600];127.0.0.1[7700]", "127.0.0.1[70000]", "127.0.0.1[0]"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterMemberList.parse(wrong),
                    wrong);
            assertTrue(e.getMessage().startsWith("ACIKKAPI_CLUSTER_MEMBERS=" + wrong + " is not a member list"),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
