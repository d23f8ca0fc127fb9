package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CTI connector inside the deployed EAR, connected over TCP to the AMI simulator: the link comes up and reports
 * in readiness, and the simulator's calls become call records in MariaDB with the agent resolved to a console user
 * (asterisk-java's event classes are found by its classpath scanning inside WildFly, or none of this would arrive).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CtiIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void pbxLinkIsUpInReadiness() throws Exception {
        String body = Waiting.until(WAIT, () -> {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    TestEnvironment.readinessWithDetails(base),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().contains("\"name\":\"pbx\",\"status\":\"UP\"") ? response.body() : null;
        });
        assertTrue(body.contains("\"pbx\":\"UP\""), body);
    }

    @Test
    void answeredCallBecomesOneCallRecordWithTheAgentsUser() throws Exception {
        AmiSimulator pbx = TestEnvironment.simulator();
        ScenarioRun run = pbx.play(Scenario.answered("05321234567", "Local/1001@agents"));
        assertTrue(run.await(WAIT), "the simulated call ends");

        List<String> record = Waiting.until(WAIT, () -> TestDatabase.rows(
                "SELECT agent, outcome, caller_raw, queue, answered_at, ended_at, talk_seconds, ended_while_link_down "
                        + "FROM call_record WHERE linkedid = ?", run.linkedid()).stream().findFirst().orElse(null));
        assertEquals("temsilci1", record.get(0));
        assertEquals("ANSWERED", record.get(1));
        assertEquals("05321234567", record.get(2));
        assertEquals("acikkapi", record.get(3));
        assertNotNull(record.get(4), "answer time");
        assertNotNull(record.get(5), "end time");
        assertEquals("0", record.get(7), "not ended while the link was down");
        assertEquals(1, TestDatabase.rows("SELECT id FROM call_record WHERE linkedid = ?", run.linkedid()).size());
    }

    /**
     * An attended transfer completed by hanging up (as the real PBX sends it when the first agent leaves before the
     * bridges merge): the record names the last agent, and both agents' parts are stored through the deployed EAR.
     */
    @Test
    void anAttendedTransferStoresBothAgentsPartsAndNamesTheLastAgent() throws Exception {
        ScenarioRun run = TestEnvironment.simulator().play(Scenario.attendedTransfer("02242502032", "Local/1001@agents",
                "Local/1003@agents", false));
        assertTrue(run.await(WAIT), "the simulated call ends");

        List<List<String>> path = Waiting.until(WAIT, () -> {
            List<List<String>> rows = TestDatabase.rows("SELECT agent, ended_how, transferred_to FROM call_segment "
                    + "WHERE linkedid = ? ORDER BY position", run.linkedid());
            return rows.size() == 2 ? rows : null;
        });
        assertEquals(List.of(Arrays.asList("temsilci1", "TRANSFERRED", "temsilci3"),
                Arrays.asList("temsilci3", "COMPLETED", null)), path);
        assertEquals(List.of(List.of("temsilci3", "ANSWERED")), TestDatabase.rows(
                "SELECT agent, outcome FROM call_record WHERE linkedid = ?", run.linkedid()));
    }

    @Test
    void abandonedCallIsRecordedAsAbandonedWithoutAgent() throws Exception {
        ScenarioRun run = TestEnvironment.simulator().play(Scenario.abandoned("05329876543"));
        assertTrue(run.await(WAIT), "the simulated caller hangs up");

        List<String> record = Waiting.until(WAIT, () -> TestDatabase.rows(
                "SELECT outcome, agent, answered_at FROM call_record WHERE linkedid = ?", run.linkedid())
                .stream().findFirst().orElse(null));
        assertEquals("ABANDONED", record.get(0));
        assertEquals(null, record.get(1));
        assertEquals(null, record.get(2));
    }
}
