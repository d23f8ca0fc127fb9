package tr.gov.acikkapi.casecore.infrastructure.cluster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The singleton quorum against the member list, and the one line for a quorum no node could ever reach. */
class ClusterQuorumTest {

    private static final ClusterMemberList THREE = ClusterMemberList.parse("10.0.0.1[7600],10.0.0.2[7600],10.0.0.3[7600]");

    @Test
    void oneUnlessSet() {
        assertEquals(1, ClusterQuorum.parse(null, THREE).nodes());
        assertEquals(1, ClusterQuorum.parse(" ", ClusterMemberList.parse("")).nodes());
    }

    @Test
    void aMajorityOfThree() {
        assertEquals(2, ClusterQuorum.parse(" 2 ", THREE).nodes());
        assertEquals(3, ClusterQuorum.parse("3", THREE).nodes());
    }

    @Test
    void noNumberOrMoreThanTheListedNodesIsRefusedWithOneLine() {
        for (String wrong : new String[] {"zwei", "0", "-1", "4", "2.5", "1,5"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterQuorum.parse(wrong, THREE),
                    wrong);
            assertTrue(e.getMessage().startsWith("ACIKKAPI_CLUSTER_QUORUM=" + wrong + " is not a quorum for the 3 node(s)"),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> ClusterQuorum.parse("2", ClusterMemberList.parse("")));
        assertTrue(alone.getMessage().contains("from 1 to 1"), alone.getMessage());
    }
}
