package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.Traffic;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Galera node stopped under call load, not part of the test command (it needs a Galera cluster):
 * {@code .ci/soak-galera}. The server's data source uses the driver's failover URL with node 2 first; the test reads
 * through node 1. Node 2 is stopped 10 s into 20 calls a second and started again 20 s later; every call placed must
 * have exactly one record. Prints its figures as lines starting with {@code SOAK}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "galera.dir", matches = ".+")
class GaleraNodeLossIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(GaleraNodeLossIT.class.getName());
    private static final Duration WAIT = Duration.ofMinutes(3);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void oneGaleraNodeStoppedUnderTwentyCallsASecond() throws Exception {
        AmiSimulator pbx = TestEnvironment.simulator();
        Waiting.until(WAIT, () -> health() == 200 ? true : null);
        long before = count("SELECT COUNT(*) FROM call_record");
        long node2Before = localCommits(2);
        long node3Before = localCommits(3);
        long node2AtStop;
        long placed;
        long failedChecks = 0;
        long checks = 0;
        try (Traffic load = pbx.startLoad(20, 20, Duration.ofSeconds(2))) {
            Thread.sleep(10_000);
            node2AtStop = localCommits(2);
            galera("stop-node", "2");
            long downUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < downUntil) {
                checks++;
                if (health() != 200) {
                    failedChecks++;
                }
                Thread.sleep(500);
            }
            galera("start-node", "2");
            Thread.sleep(10_000);
            load.stop();
            placed = load.callsStarted();
        }
        Waiting.until(WAIT, () -> pbx.liveCalls().isEmpty() ? true : null);
        long finalPlaced = placed;
        try {
            Waiting.until(WAIT, () -> count("SELECT COUNT(DISTINCT server, linkedid) FROM call_record") - before
                    >= finalPlaced ? true : null);
        } catch (AssertionError e) {
            LOG.warning(() -> "Not every record arrived within " + WAIT + ": " + e.getMessage());
        }
        long node3Commits = localCommits(3) - node3Before;
        long written = count("SELECT COUNT(*) FROM call_record") - before;
        long distinct = count("SELECT COUNT(DISTINCT server, linkedid) FROM call_record") - before;
        String figure = String.format(Locale.ROOT, "SOAK galera-node-loss: calls placed %d, call records written %d, "
                        + "lost %d, doubled %d; Galera node 2 (the data source's first) down 20 s; transactions committed "
                        + "through node 2 before its stop %d, through node 3 (the next) meanwhile %d; /health/database "
                        + "checks during the stop %d, failed %d", placed, written, placed - distinct, written - distinct,
                node2AtStop - node2Before, node3Commits, checks, failedChecks);
        LOG.info(figure);
        assertEquals(placed, distinct, "every call placed has its record");
        assertEquals(written, distinct, "no call has two records");
        assertTrue(node2AtStop > node2Before, "the data source wrote through node 2, the first of its URL");
        assertTrue(node3Commits > 0, "while node 2 was down the data source wrote through node 3");
    }

    /** Galera's count of transactions that node {@code n} (1-3) committed for its own clients. */
    private static long localCommits(int n) throws Exception {
        int port = Integer.parseInt(System.getProperty("it.db.port")) + n - 1;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/",
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'wsrep_local_commits'")) {
            return rs.next() ? rs.getLong(2) : 0;
        }
    }

    private static long count(String sql) throws Exception {
        return Long.parseLong(TestDatabase.rows(sql).get(0).get(0));
    }

    private int health() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(base.toURI().resolve("health/database")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException | java.net.URISyntaxException e) {
            return 0;
        }
    }

    private static void galera(String command, String node) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("galera.dir"));
        Process process = new ProcessBuilder(System.getProperty("galera.script"), command, dir.toString(), node)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), ".ci/galera " + command + " " + node + ": " + output);
    }
}
