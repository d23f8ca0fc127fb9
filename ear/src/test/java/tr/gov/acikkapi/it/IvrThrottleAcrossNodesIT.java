package tr.gov.acikkapi.it;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.application.AttemptLedger;
import tr.gov.acikkapi.cti.ivr.CallerThrottle;
import tr.gov.acikkapi.cti.ivr.IvrSettings;
import tr.gov.acikkapi.cti.ivr.casecore.LedgerCallerThrottle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, point 4: the IVR throttle counts across nodes. Two throttles built as two nodes build them, sharing the
 * deployed server's MariaDB, take turns counting one caller's failures: together they must refuse the caller once the
 * failures of both exceed the limit, and each node must see it. Before the fix each node counted in its own memory and
 * neither refused the caller.
 *
 * <p>A throttle holds no counts of its own (they are rows of {@code attempt_counter}), so two instances over the one
 * database are what two nodes over one (Galera) database are. The overall cap is tried under scopes of its own, so
 * that this test does not throttle the deployed IVR that other tests dial.
 */
@ExtendWith(ArquillianExtension.class)
class IvrThrottleAcrossNodesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IvrThrottleAcrossNodesIT.class);
    }

    @EJB
    AttemptLedger ledger;

    private static String newCaller() {
        return "0532" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** Two nodes' throttles over counters of their own, apart from the deployed IVR's and other tests'. */
    private List<CallerThrottle> twoNodesWithScopesOfTheirOwn(int maxFailures) {
        String scopes = "ivrtest" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return List.of(new LedgerCallerThrottle(ledger, scopes, maxFailures, Duration.ofMinutes(15)),
                new LedgerCallerThrottle(ledger, scopes, maxFailures, Duration.ofMinutes(15)));
    }

    @Test
    void twoNodesCountOneCallersFailuresTogetherAndBothRefuseItBeyondTheLimit() {
        IvrSettings settings = IvrSettings.defaults();
        CallerThrottle node1 = new LedgerCallerThrottle(ledger, settings.throttleFailures(), settings.throttleWindow());
        CallerThrottle node2 = new LedgerCallerThrottle(ledger, settings.throttleFailures(), settings.throttleWindow());
        String caller = newCaller();
        for (int i = 1; i <= settings.throttleFailures(); i++) {
            (i % 2 == 1 ? node1 : node2).recordFailure(caller);
            assertFalse(node1.isThrottled(caller), "node 1 after " + i + " failures");
            assertFalse(node2.isThrottled(caller), "node 2 after " + i + " failures");
        }
        node2.recordFailure(caller);
        assertTrue(node1.isThrottled(caller), "node 1 refuses the caller whose last failure node 2 counted");
        assertTrue(node2.isThrottled(caller), "node 2 refuses the caller too");
        assertFalse(node1.isThrottled(newCaller()), "another caller is not refused");
    }

    @Test
    void rotatingNumbersSpreadOverTwoNodesMeetTheOverallCapOnBoth() {
        List<CallerThrottle> nodes = twoNodesWithScopesOfTheirOwn(1);
        for (int i = 0; i < 40; i++) {
            String caller = newCaller();
            nodes.get(i % 2).recordFailure(caller);
            assertFalse(nodes.get((i + 1) % 2).isThrottled(caller), "one failure of a number is within its allowance");
        }
        String fresh = newCaller();
        assertFalse(nodes.get(0).isThrottled(fresh), "40 failures of all callers together: within the overall cap of 40");
        nodes.get(1).recordFailure(newCaller());
        assertTrue(nodes.get(0).isThrottled(fresh), "the 41st failure, counted by node 2, throttles every caller on node 1");
        assertTrue(nodes.get(1).isThrottled(fresh), "and on node 2");
    }

    @Test
    void callersWithoutANumberShareOneCounterWithFourTimesTheAllowanceAcrossNodes() {
        List<CallerThrottle> nodes = twoNodesWithScopesOfTheirOwn(2);
        String withheld = CallerThrottle.WITHHELD_KEY;
        for (int i = 0; i < 8; i++) {
            nodes.get(i % 2).recordFailure(withheld);
        }
        assertFalse(nodes.get(0).isThrottled(withheld), "8 failures: within four times the allowance of 2");
        nodes.get(0).recordFailure(withheld);
        assertTrue(nodes.get(1).isThrottled(withheld), "the 9th, counted by node 1, throttles them on node 2");
        assertFalse(nodes.get(1).isThrottled(newCaller()), "a caller with a number is not throttled");
    }
}
