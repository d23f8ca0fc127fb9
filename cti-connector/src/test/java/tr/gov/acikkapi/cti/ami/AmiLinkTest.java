package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;
import tr.gov.acikkapi.cti.simulator.Traffic;
import tr.gov.acikkapi.cti.testsupport.RawAmiClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AMI link against the simulator over TCP: connect, resync, watchdog, reconnect, refused logins. */
class AmiLinkTest {

    private static final Duration BOUND = LinkHarness.BOUND;
    private static final Pattern TURKISH_LETTERS = Pattern.compile("[çğıöşüÇĞİÖŞÜ]");

    @Test
    void startReturnsAtOnceAndTheFirstResyncShowsWhatIsAlreadyThere() throws Exception {
        try (LinkHarness h = new LinkHarness(); RawAmiClient observer = new RawAmiClient(h.sim.port())) {
            observer.login("cti", "cti-secret");
            ScenarioRun talking = h.sim.play(Scenario.answered("05321110001", "Local/1001@agents")
                    .withTalk(Duration.ofSeconds(30)));
            ScenarioRun waiting = h.sim.play(Scenario.abandoned("05321110002").withPatience(Duration.ofSeconds(30)));
            observer.await(m -> m.isEvent("AgentConnect"), BOUND);
            observer.await(m -> m.isEvent("QueueCallerJoin") && m.text("CallerIDNum").equals("05321110002"), BOUND);

            h.sim.refuseConnections(true);
            h.link.start();
            assertNotEquals(LinkState.UP, h.link.state(), "start() does not wait for the PBX");
            h.awaitLink(LinkState.DOWN, 1);
            h.sim.refuseConnections(false);
            h.awaitLink(LinkState.UP, 1);

            CallAnswered answered = h.events.await(CallAnswered.class, a -> a.linkedid().equals(talking.linkedid()), BOUND);
            assertEquals("temsilci1", answered.agent());
            CallOffered offered = h.events.await(CallOffered.class, o -> o.linkedid().equals(waiting.linkedid()), BOUND);
            assertEquals("05321110002", offered.callerNumber());
            QueueSnapshot snapshot = h.events.await(QueueSnapshot.class, q -> !q.waiting().isEmpty(), BOUND);
            assertEquals(waiting.linkedid(), snapshot.waiting().get(0).linkedid());
            String callerChannel = h.correlator.callerChannel(talking.linkedid()).orElseThrow();
            assertTrue(callerChannel.startsWith("Local/s@inbound-") && callerChannel.endsWith(";2"), callerChannel);
            assertTrue(h.correlator.agentChannel(talking.linkedid()).orElseThrow().startsWith("Local/1001@agents-"));
            assertEquals(0, h.link.consecutiveFailures());
        }
    }

    @Test
    void aReconnectInTheMiddleOfCallsClosesTheCallsThatEndedWhileDown() throws Exception {
        try (LinkHarness h = new LinkHarness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            ScenarioRun a = h.sim.play(Scenario.answered("05321110001", "Local/1001@agents").withTalk(Duration.ofSeconds(30)));
            ScenarioRun b = h.sim.play(Scenario.answered("05321110002", "Local/1002@agents").withTalk(Duration.ofSeconds(30)));
            h.events.await(CallAnswered.class, x -> x.linkedid().equals(a.linkedid()), BOUND);
            h.events.await(CallAnswered.class, x -> x.linkedid().equals(b.linkedid()), BOUND);

            h.sim.refuseConnections(true);
            h.sim.dropConnections();
            h.awaitLink(LinkState.DOWN, 1);
            assertTrue(h.sim.hangupCall(a.linkedid()), "call A ends while nobody listens");
            ScenarioRun c = h.sim.play(Scenario.abandoned("05321110003").withPatience(Duration.ofSeconds(30)));
            h.sim.refuseConnections(false);
            h.awaitLink(LinkState.UP, 2);

            CallEnded endedA = h.events.await(CallEnded.class, e -> e.linkedid().equals(a.linkedid()), BOUND);
            assertTrue(endedA.summary().endedWhileLinkDown());
            assertEquals(CallOutcome.ANSWERED, endedA.summary().outcome());
            assertEquals(Optional.of("temsilci1"), endedA.summary().agent());
            h.events.await(CallOffered.class, o -> o.linkedid().equals(c.linkedid()), BOUND);
            assertTrue(h.events.ofType(CallEnded.class).stream().noneMatch(e -> e.linkedid().equals(b.linkedid())),
                    "call B is still going on");

            assertTrue(h.sim.hangupCall(b.linkedid()));
            CallEnded endedB = h.events.await(CallEnded.class, e -> e.linkedid().equals(b.linkedid()), BOUND);
            assertFalse(endedB.summary().endedWhileLinkDown());
            assertEquals(1, h.events.ofType(CallEnded.class).stream().filter(e -> e.linkedid().equals(a.linkedid())).count());
            h.sim.hangupCall(c.linkedid());
        }
    }

    @Test
    void thePingWatchdogNoticesADeadLinkWhoseSocketStaysOpen() throws Exception {
        try (LinkHarness h = new LinkHarness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            h.sim.stopAnsweringPings(true);
            PbxLinkChanged down = h.awaitLink(LinkState.DOWN, 1);
            assertTrue(down.detail().contains("Ping"), down.detail());
            h.sim.stopAnsweringPings(false);
            h.awaitLink(LinkState.UP, 2);
            ScenarioRun run = h.sim.play(Scenario.answered("05321234567", "Local/1003@agents"));
            h.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);
        }
    }

    @Test
    void aPbxRestartEndsLiveCallsAndTheLinkComesBack() throws Exception {
        try (LinkHarness h = new LinkHarness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            ScenarioRun before = h.sim.play(Scenario.answered("05321234567", "Local/1001@agents")
                    .withTalk(Duration.ofSeconds(30)));
            h.events.await(CallAnswered.class, x -> x.linkedid().equals(before.linkedid()), BOUND);
            h.sim.play(Scenario.pbxRestart());
            CallEnded ended = h.events.await(CallEnded.class, e -> e.linkedid().equals(before.linkedid()), BOUND);
            assertTrue(ended.summary().endedWhileLinkDown());
            h.awaitLink(LinkState.DOWN, 1);
            h.awaitLink(LinkState.UP, 2);
            ScenarioRun after = h.sim.play(Scenario.answered("05321234567", "Local/1001@agents"));
            CallEnded again = h.events.await(CallEnded.class, e -> e.linkedid().equals(after.linkedid()), BOUND);
            assertFalse(again.summary().endedWhileLinkDown());
        }
    }

    @Test
    void refusedCredentialsAreAuthFailedWithOneLogLinePerAttempt() throws Exception {
        int attempts;
        List<LogRecord> warnings;
        try (LogCapture log = LogCapture.of(AmiLink.class.getName()); LinkHarness h = new LinkHarness("intruder")) {
            h.link.start();
            PbxLinkChanged refused = h.awaitLink(LinkState.AUTH_FAILED, 1);
            assertTrue(refused.detail().contains("reddedildi"), refused.detail());
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (h.link.consecutiveFailures() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            h.close();
            attempts = h.link.consecutiveFailures();
            assertEquals(1, h.events.ofType(PbxLinkChanged.class).stream()
                    .filter(e -> e.state() == LinkState.AUTH_FAILED).count(), "reported once, not per attempt");
            warnings = log.warnings();
        }
        assertTrue(attempts >= 3);
        assertEquals(attempts, warnings.size(), () -> warnings.stream().map(LogRecord::getMessage).toList().toString());
        assertTrue(warnings.stream().allMatch(r -> r.getThrown() == null), "no stack traces");
    }

    @Test
    void theLinksLogLinesAreEnglishWhileTheStateShownInTheConsoleIsTurkish() throws Exception {
        List<String> logged;
        PbxLinkChanged lost;
        try (LogCapture log = LogCapture.of(AmiLink.class.getName()); LinkHarness h = new LinkHarness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            h.sim.refuseConnections(true);
            h.sim.dropConnections();
            lost = h.awaitLink(LinkState.DOWN, 1);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (h.link.consecutiveFailures() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            h.sim.refuseConnections(false);
            h.awaitLink(LinkState.UP, 2);
            logged = log.messages();
        }
        assertTrue(logged.stream().anyMatch(m -> m.contains("link lost (disconnected)")), logged.toString());
        assertTrue(logged.stream().anyMatch(m -> m.contains("cannot connect")), logged.toString());
        assertEquals(List.of(), logged.stream().filter(m -> TURKISH_LETTERS.matcher(m).find()).toList(),
                "the server log is English for operators");
        assertEquals("Bağlantı koptu", lost.detail(), "the console shows the state in Turkish");
    }

    @Test
    void closingTheLinkAfterTheContainerStoppedItsExecutorsIsACleanShutdown() throws Exception {
        List<LogRecord> warnings;
        try (LogCapture log = LogCapture.of("tr.gov.acikkapi"); LinkHarness h = new LinkHarness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            h.laneThreads.shutdown();

            assertDoesNotThrow(h.link::close, "WildFly logs what a @PreDestroy throws as a WARN with a stack trace");
            assertEquals(LinkState.DOWN, h.link.state());
            warnings = log.warnings();
        }
        assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList(), "a clean stop logs no warning");
    }

    @Test
    void theReaderHandsEventsOffSoASlowConsumerLosesNothing() throws Exception {
        try (LinkHarness h = new LinkHarness()) {
            List<CtiEvent> slow = new ArrayList<>();
            AmiLink slowLink = new AmiLink(
                    AmiLinkConfig.of("yavas", "127.0.0.1", h.sim.port(), "cti", "cti-secret"),
                    new tr.gov.acikkapi.cti.call.CallCorrelator("yavas", tr.gov.acikkapi.cti.testsupport.CorrelatedConnection.DIRECTORY,
                            java.time.Clock.systemUTC(), e -> {
                                slowDown();
                                synchronized (slow) {
                                    slow.add(e);
                                }
                            }),
                    e -> { }, h.scheduler, h.laneThreads);
            slowLink.start();
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (slowLink.state() != LinkState.UP && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            try (Traffic load = h.sim.startLoad(150, 30, Duration.ofMillis(100))) {
                Thread.sleep(1_000);
                load.stop();
            }
            while ((!h.sim.liveCalls().isEmpty() || slowLink.laneBacklog() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            slowLink.close();
            List<String> offered;
            List<String> ended;
            synchronized (slow) {
                offered = slow.stream().filter(CallOffered.class::isInstance).map(e -> ((CallOffered) e).linkedid()).toList();
                ended = slow.stream().filter(CallEnded.class::isInstance).map(e -> ((CallEnded) e).linkedid()).toList();
            }
            assertTrue(offered.size() > 50, "calls offered: " + offered.size());
            assertEquals(offered.size(), ended.size());
            assertEquals(ended.size(), ended.stream().distinct().count());
        }
    }

    private static void slowDown() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void closeStopsReconnecting() throws Exception {
        try (LinkHarness h = new LinkHarness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            h.link.close();
            assertEquals(LinkState.DOWN, h.link.state());
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (h.sim.connectedClients() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, h.sim.connectedClients());
        }
    }
}
