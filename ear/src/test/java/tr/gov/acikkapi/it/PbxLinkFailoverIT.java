package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PBX link of a two-node cluster (docs/src/cluster.md): the Arquillian container (node1) and a {@link SecondNode}
 * (node2), both configured for the same PBX (the tests' AMI simulator). The link is a cluster singleton: exactly one
 * node holds it, as each node's {@code /health/ready} tells; when that node dies ({@code kill -9}) or stops, the other
 * takes the link over and every call of the simulator's traffic still gets exactly one call record. A node with a
 * wrong cluster setting fails to deploy with one line. One node2 serves the tests in turn (they run in order).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PbxLinkFailoverIT {

    private static final Logger LOG = Logger.getLogger(PbxLinkFailoverIT.class.getName());
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int CALLS = 100;
    private static final int AGENTS = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void exactlyOneOfTwoNodesHoldsThePbxLink() throws Exception {
        SecondNode node2 = SecondNode.running();
        awaitBothInCluster(node2);
        Waiting.until(WAIT, () -> holders(node2).isEmpty() ? null : "");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            seen.add(String.join("+", holders(node2)));
            Thread.sleep(100);
        }
        LOG.info(() -> "Holders of the PBX link, sampled 20 times: " + seen);
        assertEquals(List.of(SecondNode.NAME), seen.stream().distinct().toList(),
                "one node holds the link (the youngest, as the tests elect), the other does not");
        assertTrue(readiness(base).contains("\"pbx\":\"held by node2\""), "node1 names the holder");
    }

    @Test
    @Order(2)
    void killOfTheHoldingNodeDuring100CallsMovesTheLinkWithoutLosingOrDoublingARecord() throws Exception {
        SecondNode node2 = SecondNode.running();
        List<String> calls = callsInTheMiddleOfWhichNode2Holds(node2);
        node2.kill();
        long killed = System.nanoTime();
        awaitHolder(node2, SecondNode.FIRST_NODE);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
        LOG.info(() -> "kill -9 of the holder: the PBX link UP on node1 after " + tookMillis + " ms");
        assertRecordsOncePerCall(TestEnvironment.simulator(), calls, "kill -9 (link UP on node1 after " + tookMillis + " ms)");
    }

    @Test
    @Order(3)
    void gracefulStopOfTheHoldingNodeMovesTheLinkWithoutAGapInRecords() throws Exception {
        SecondNode node2 = SecondNode.running();
        List<String> calls = callsInTheMiddleOfWhichNode2Holds(node2);
        long stopping = System.nanoTime();
        node2.terminate();
        awaitHolder(node2, SecondNode.FIRST_NODE);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping);
        node2.awaitExit();
        long exitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping);
        LOG.info(() -> "graceful stop of the holder: the PBX link UP on node1 after " + tookMillis + " ms, node2's JVM gone after "
                + exitMillis + " ms");
        assertRecordsOncePerCall(TestEnvironment.simulator(), calls, "graceful stop (link UP on node1 after " + tookMillis + " ms)");
    }

    /** Once node2 holds the link: {@value #CALLS} calls placed at once, 5 s of them (answered, talking, waiting). */
    private List<String> callsInTheMiddleOfWhichNode2Holds(SecondNode node2) throws Exception {
        awaitHolder(node2, SecondNode.NAME);
        List<String> calls = TestEnvironment.simulator().placeCalls(CALLS, AGENTS, Duration.ofMillis(300),
                Duration.ofSeconds(4), Duration.ofSeconds(8));
        Thread.sleep(5_000);
        return calls;
    }

    @Test
    @Order(4)
    void aNodeWithAWrongQuorumFailsWithOneLine() throws Exception {
        SecondNode node2 = SecondNode.start(Map.of("acikkapi.cluster.quorum", "zwei"));
        try {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> node2.awaitReady(WAIT.multipliedBy(4)));
            assertTrue(failure.getMessage().contains("ACIKKAPI_CLUSTER_QUORUM=zwei is not a quorum for the 2 node(s)"),
                    failure.getMessage());
            assertTrue(Files.readString(node2.log()).contains("ERROR [tr.gov.acikkapi.casecore.infrastructure.cluster"
                    + ".ClusterMembership] (ServerService Thread Pool"), "the line is in node2's log");
        } finally {
            node2.kill();
        }
    }

    /**
     * Waits until the PBX has ended every call, then until each has its call record, and checks that none is missing
     * or written twice; logs the figures.
     */
    private static void assertRecordsOncePerCall(AmiSimulator pbx, List<String> calls, String fault) throws Exception {
        Waiting.until(Duration.ofSeconds(120), () -> pbx.liveCalls().stream().noneMatch(calls::contains) ? "" : null);
        Map<String, Long> perCall = new TreeMap<>();
        try {
            Waiting.until(Duration.ofSeconds(30), () -> {
                perCall.clear();
                perCall.putAll(records(calls));
                return perCall.size() == calls.size() ? "" : null;
            });
        } catch (AssertionError e) {
            LOG.warning(() -> fault + ": only " + perCall.size() + " of " + calls.size() + " calls have a record");
        }
        long lost = calls.size() - perCall.size();
        long doubled = perCall.values().stream().filter(n -> n > 1).count();
        long unseen = TestDatabase.rows("SELECT linkedid FROM call_record WHERE ended_while_link_down AND linkedid IN ("
                + String.join(",", calls.stream().map(c -> "'" + c + "'").toList()) + ")").size();
        LOG.info(() -> fault + ": calls placed " + calls.size() + ", records " + perCall.size() + ", lost " + lost
                + ", doubled " + doubled + ", ended while no node held the link " + unseen);
        assertEquals(0, lost, fault + ": calls without a record: "
                + calls.stream().filter(c -> !perCall.containsKey(c)).toList());
        assertEquals(0, doubled, fault + ": calls with two records");
    }

    private static Map<String, Long> records(List<String> linkedids) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        List<List<String>> rows = TestDatabase.rows("SELECT linkedid, COUNT(*) FROM call_record WHERE linkedid IN ("
                + String.join(",", linkedids.stream().map(c -> "'" + c + "'").toList()) + ") GROUP BY linkedid");
        rows.forEach(row -> counts.put(row.get(0), Long.parseLong(row.get(1))));
        return counts;
    }

    /** Waits until {@code node} and no other holds the PBX link and has it UP. */
    private void awaitHolder(SecondNode node2, String node) throws Exception {
        Waiting.until(WAIT, () -> holders(node2).equals(List.of(node)) ? "" : null);
    }

    /**
     * The nodes whose readiness says they hold the PBX link {@code pbx} now (node1 first). A node that does not answer
     * (stopping) is not counted: its own log says when it closed the link.
     */
    private List<String> holders(SecondNode node2) throws Exception {
        List<String> holders = new ArrayList<>();
        if (holdsLink(readiness(base))) {
            holders.add(SecondNode.FIRST_NODE);
        }
        if (node2.isAlive() && holdsLink(answerOf(node2))) {
            holders.add(SecondNode.NAME);
        }
        return holders;
    }

    /** Node2's readiness, empty while it does not answer (stopping: WildFly suspended, its sockets closing). */
    private static String answerOf(SecondNode node2) throws InterruptedException {
        try {
            return node2.readiness();
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean holdsLink(String readiness) {
        return readiness.contains("\"pbx\":\"UP\"");
    }

    private void awaitBothInCluster(SecondNode node2) throws Exception {
        Waiting.until(WAIT, () -> readiness(base).contains("node1,node2") && node2.readiness().contains("node1,node2") ? "" : null);
    }

    private static String readiness(URL node) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(TestEnvironment.readinessWithDetails(node),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
