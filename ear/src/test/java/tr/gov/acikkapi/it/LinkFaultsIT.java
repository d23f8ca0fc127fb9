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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The AMI link cut in the middle of calls, inside the deployed EAR: the calls that ended while nobody listened and
 * those that ended in view each become exactly one call record, and readiness shows the link up again. Uses only
 * the simulator's three default agents, which the other ITs share.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LinkFaultsIT {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCutInTheMiddleOfCallsLeavesExactlyOneCallRecordPerCall() throws Exception {
        awaitPbxUp();
        AmiSimulator pbx = TestEnvironment.simulator();
        List<ScenarioRun> talking = new ArrayList<>();
        for (String agent : List.of("Local/1001@agents", "Local/1002@agents", "Local/1003@agents")) {
            talking.add(pbx.play(Scenario.answered("0532555000" + agent.charAt(9), agent).withTalk(Duration.ofSeconds(4))));
        }
        List<ScenarioRun> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(pbx.play(Scenario.abandoned("053255510" + i + "0").withPatience(Duration.ofSeconds(3))));
        }
        List<String> linkedids = new ArrayList<>();
        talking.forEach(r -> linkedids.add(r.linkedid()));
        waiting.forEach(r -> linkedids.add(r.linkedid()));
        Waiting.until(WAIT, () -> records(linkedids).isEmpty() && pbx.liveCalls().containsAll(linkedids) ? "" : null);
        Thread.sleep(1_000);

        pbx.refuseConnections(true);
        try {
            pbx.dropConnections();
            pbx.hangupCall(talking.get(0).linkedid());
            pbx.hangupCall(waiting.get(0).linkedid());
            Thread.sleep(1_500);
        } finally {
            pbx.refuseConnections(false);
        }
        awaitPbxUp();
        Waiting.until(WAIT, () -> pbx.liveCalls().stream().noneMatch(linkedids::contains) ? "" : null);

        Map<String, Long> perCall = Waiting.until(WAIT, () -> {
            Map<String, Long> found = records(linkedids);
            return found.size() == linkedids.size() ? found : null;
        });
        assertEquals(linkedids.size(), perCall.size());
        assertEquals(List.of(1L), perCall.values().stream().distinct().toList(), perCall::toString);
        List<List<String>> unseen = TestDatabase.rows("SELECT linkedid FROM call_record WHERE ended_while_link_down "
                + "AND linkedid IN (?, ?)", talking.get(0).linkedid(), waiting.get(0).linkedid());
        assertEquals(2, unseen.size(), "the two calls that ended during the cut are marked");
        assertEquals(List.of(List.of("ANSWERED")), TestDatabase.rows("SELECT outcome FROM call_record WHERE linkedid = ?",
                talking.get(0).linkedid()), "seen answered before the cut: stays answered");
        assertEquals(List.of(List.of("NOT_OBSERVED")), TestDatabase.rows(
                "SELECT outcome FROM call_record WHERE linkedid = ?", waiting.get(0).linkedid()),
                "waiting at the cut and gone after it: not observed, not abandoned");
    }

    private static Map<String, Long> records(List<String> linkedids) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String linkedid : linkedids) {
            long n = TestDatabase.rows("SELECT id FROM call_record WHERE linkedid = ?", linkedid).size();
            if (n > 0) {
                counts.put(linkedid, n);
            }
        }
        return counts;
    }

    private void awaitPbxUp() throws Exception {
        Waiting.until(WAIT, () -> {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    TestEnvironment.readinessWithDetails(base),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().contains("\"pbx\":\"UP\"") ? response.body() : null;
        });
    }
}
