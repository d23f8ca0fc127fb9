package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node's metrics as Prometheus scrapes them: WildFly's micrometer subsystem serves them in Prometheus's text format
 * on the management interface ({@code /metrics}, docs/src/operations.md), and the application's figures are among
 * them and follow what happens: a simulated call is counted in progress while it lasts and its pop is counted pushed,
 * with its latency; an open FastAGI connection is an IVR session; the outbox's backlog grows while the database is
 * down and drains after. The scrape taken during the call is kept in
 * {@code target/metrics/} (the example in operations.md comes from it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + System.getProperty("it.management.port") + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label} (may be empty). */
    private static OptionalDouble sample(String scrape, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(scrape);
        while (line.find()) {
            String labels = line.group(1) == null ? "" : line.group(1);
            if (labels.contains(label)) {
                return OptionalDouble.of(Double.parseDouble(line.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    private static double value(String scrape, String name, String label) {
        OptionalDouble value = sample(scrape, name, label);
        assertTrue(value.isPresent(), name + " " + label + " is not in the scrape:\n" + scrape);
        return value.getAsDouble();
    }

    @Test
    void theNodesFiguresAreScrapedInPrometheusFormatWithTheLinkUpAndOneClusterMember() throws Exception {
        String scrape = Waiting.until(WAIT, () -> {
            String body = scrape();
            return sample(body, "acikkapi_pbx_link_up", "pbx=\"pbx\"").orElse(0) == 1 ? body : null;
        });
        assertTrue(scrape.contains("# TYPE acikkapi_pbx_link_up gauge"), scrape);
        assertEquals(1, value(scrape, "acikkapi_cluster_members", ""));
        assertTrue(value(scrape, "acikkapi_outbox_backlog", "") >= 0);
        assertTrue(value(scrape, "acikkapi_calls_in_progress", "pbx=\"pbx\"") >= 0);
        assertTrue(value(scrape, "acikkapi_ivr_sessions", "") >= 0);
        // WildFly's own figures come with them, e.g. the data source's pool.
        assertTrue(scrape.contains("datasources_pool_"), "the data source's pool statistics");
    }

    @Test
    void aCallIsCountedInProgressWhileItLastsAndItsPopIsCountedPushedWithItsLatency() throws Exception {
        double pushedBefore = sample(scrape(), "acikkapi_pops_pushed_seconds_count", "").orElse(0);

        ScenarioRun run = TestEnvironment.simulator().play(Scenario.answered("05321234567", "Local/1001@agents")
                .withTalk(Duration.ofSeconds(4)));
        String during = Waiting.until(WAIT, () -> {
            String body = scrape();
            return sample(body, "acikkapi_calls_in_progress", "pbx=\"pbx\"").orElse(0) >= 1
                    && sample(body, "acikkapi_pops_pushed_seconds_count", "").orElse(0) >= pushedBefore + 1 ? body : null;
        });
        Files.writeString(Files.createDirectories(Path.of("target", "metrics")).resolve("scrape-during-a-call.txt"), during);
        assertTrue(value(during, "acikkapi_pops_pushed_seconds_sum", "") > 0, "the pops' latency is summed");
        assertTrue(value(during, "acikkapi_pops_pushed_seconds_max", "") > 0, "the longest pop's latency");

        assertTrue(run.await(WAIT), "the simulated call ends");
        assertEquals(0.0, Waiting.until(WAIT, () -> {
            double inProgress = value(scrape(), "acikkapi_calls_in_progress", "pbx=\"pbx\"");
            return inProgress == 0 ? inProgress : null;
        }).doubleValue());
    }

    @Test
    void anOpenFastAgiConnectionIsAnIvrSession() throws Exception {
        double before = value(scrape(), "acikkapi_ivr_sessions", "");
        try (Socket asterisk = new Socket()) {
            asterisk.connect(new InetSocketAddress("127.0.0.1", Integer.getInteger("it.ivr.port")), 5_000);
            Waiting.until(WAIT, () -> value(scrape(), "acikkapi_ivr_sessions", "") >= before + 1 ? Boolean.TRUE : null);
        }
        assertEquals(before, Waiting.until(WAIT, () -> {
            double open = value(scrape(), "acikkapi_ivr_sessions", "");
            return open == before ? open : null;
        }).doubleValue());
    }

    /** While the database is down, the outbox's backlog counts the writes waiting; after it is back, they drain to 0. */
    @Test
    void theOutboxBacklogGrowsWhileTheDatabaseIsDownAndDrainsAfter() throws Exception {
        Assumptions.assumeTrue(TestEnvironment.databaseIsEmbedded(), "needs the embedded database, which it stops");
        TestEnvironment.stopDatabase();
        try {
            ScenarioRun run = TestEnvironment.simulator().play(Scenario.abandoned("05327200001")
                    .withPatience(Duration.ofMillis(300)));
            assertTrue(run.await(WAIT), "the simulated caller hangs up");
            Waiting.until(Duration.ofSeconds(60), () -> value(scrape(), "acikkapi_outbox_backlog", "") >= 1 ? true : null);
        } finally {
            TestEnvironment.restartDatabase();
        }
        assertEquals(0.0, Waiting.until(Duration.ofSeconds(60), () -> {
            double backlog = value(scrape(), "acikkapi_outbox_backlog", "");
            return backlog == 0 ? backlog : null;
        }).doubleValue());
    }
}
