package tr.gov.acikkapi.cti.wrapup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.ami.AmiLink;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;
import tr.gov.acikkapi.cti.ami.AmiTelephony;
import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.WrapUpEnded;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;
import tr.gov.acikkapi.cti.testsupport.CorrelatedConnection;
import tr.gov.acikkapi.cti.testsupport.RecordingListener;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wrap-up against the simulated Asterisk, over real TCP as production runs it: our link and correlator feed the
 * {@link WrapUpPeriods}, which pauses and unpauses through {@link AmiTelephony}. The simulated queue has a
 * {@code wrapuptime} of 1 s, which (as on the real PBX) keeps the member from the next call until the pause is in.
 */
class WrapUpPeriodsTest {

    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final Duration PBX_WRAPUPTIME = Duration.ofSeconds(1);
    private static final String AGENT = "temsilci1";
    private static final String PHONE = "Local/1001@agents";

    private final AmiSimulator sim = AmiSimulator.start(new SimulatorConfig(0, "cti", "cti-secret"));
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final ExecutorService lanes = Executors.newCachedThreadPool();
    private final List<String> defaultsWritten = new CopyOnWriteArrayList<>();
    private final List<Server> servers = new ArrayList<>();

    /** One CTI server's part: link, correlator and wrap-up periods, with everything they said recorded. */
    private final class Server implements AutoCloseable {
        final RecordingListener events = new RecordingListener();
        final AmiLink link;
        final WrapUpPeriods periods;

        Server(WrapUpPolicy policy) {
            AmiLinkConfig config = AmiLinkConfig.of("ankara", "127.0.0.1", sim.port(), "cti", "cti-secret")
                    .withPing(Duration.ofMillis(500), Duration.ofSeconds(2))
                    .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
            WrapUpPeriods[] holder = new WrapUpPeriods[1];
            CallCorrelator correlator = new CallCorrelator("ankara", CorrelatedConnection.DIRECTORY, Clock.systemUTC(),
                    event -> deliver(event, holder[0]));
            link = new AmiLink(config, correlator, event -> deliver(event, holder[0]), scheduler, lanes);
            periods = new WrapUpPeriods(new AmiTelephony(link, "outbound", Duration.ofSeconds(30)), queue -> policy,
                    (server, linkedid, code) -> defaultsWritten.add(server + "/" + linkedid + "=" + code),
                    (delay, task) -> {
                        ScheduledFuture<?> timer = scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                        return () -> timer.cancel(false);
                    }, scheduler, events::onCtiEvent, Clock.systemUTC());
            holder[0] = periods;
            link.start();
            events.await(PbxLinkChanged.class, e -> e.state() == LinkState.UP, BOUND);
        }

        private void deliver(CtiEvent event, WrapUpPeriods to) {
            events.onCtiEvent(event);
            if (to != null) {
                to.onEvent(event);
            }
        }

        AgentStateChanged awaitState(AgentState state, Optional<String> reason, int afterIndex) {
            return events.await(AgentStateChanged.class, e -> e.agent().equals(AGENT) && e.state() == state
                    && e.pauseReason().equals(reason) && events.all().indexOf(e) > afterIndex, BOUND);
        }

        @Override
        public void close() {
            link.close();
        }
    }

    @BeforeEach
    void queueWithWrapUpTime() {
        sim.setWrapUpTime("acikkapi", PBX_WRAPUPTIME);
    }

    @AfterEach
    void stop() {
        servers.forEach(Server::close);
        sim.close();
        scheduler.shutdownNow();
        lanes.shutdownNow();
    }

    private Server server(WrapUpPolicy policy) {
        Server server = new Server(policy);
        servers.add(server);
        return server;
    }

    private ScenarioRun call(String number) {
        return sim.play(Scenario.answered(number, PHONE).withRing(Duration.ofMillis(100))
                .withTalk(Duration.ofMillis(300)));
    }

    @Test
    void aWaitingCallerIsNotOfferedToTheAgentUntilTheWrapUpIsSaved() throws Exception {
        Server server = server(new WrapUpPolicy(Duration.ofSeconds(60), "SURE_DOLDU"));
        ScenarioRun first = call("05320000001");
        ScenarioRun second = call("05320000002");
        server.events.await(CallEnded.class, e -> e.linkedid().equals(first.linkedid()), BOUND);
        server.awaitState(AgentState.PAUSED, Optional.of(WrapUpPeriods.PAUSE_REASON), -1);
        assertTrue(server.periods.deadline(AGENT, first.linkedid()).isPresent(), "the wrap-up has its deadline");

        // Longer than the PBX's own wrapuptime: without the pause the second caller would ring by now.
        Thread.sleep(PBX_WRAPUPTIME.plusMillis(700).toMillis());
        assertFalse(server.events.ofType(AgentRinging.class).stream().anyMatch(r -> r.linkedid().equals(second.linkedid())),
                "no call rings for the agent during the wrap-up");

        int savedAt = server.events.all().size();
        assertTrue(server.periods.finish(AGENT, first.linkedid()), "the agent saves the wrap-up");
        AgentRinging next = server.events.await(AgentRinging.class, r -> r.linkedid().equals(second.linkedid()), BOUND);
        assertTrue(server.events.all().indexOf(next) >= savedAt, "the next call rings only after the wrap-up");
        assertFalse(server.periods.finish(AGENT, first.linkedid()), "a wrap-up is saved once");
        assertTrue(second.await(BOUND));
        assertEquals(List.of(), defaultsWritten, "no default where the agent saved");
    }

    @Test
    void aWrapUpThatRunsOutWritesTheDefaultDispositionAndTheAgentIsOfferedCallsAgain() throws Exception {
        Server server = server(new WrapUpPolicy(Duration.ofSeconds(2), "SURE_DOLDU"));
        ScenarioRun first = call("05320000003");
        ScenarioRun second = call("05320000004");
        int paused = server.events.all().indexOf(
                server.awaitState(AgentState.PAUSED, Optional.of(WrapUpPeriods.PAUSE_REASON), -1));

        WrapUpEnded ended = server.events.await(WrapUpEnded.class, e -> e.linkedid().equals(first.linkedid()), BOUND);
        assertEquals(AGENT, ended.agent());
        assertEquals("SURE_DOLDU", ended.disposition());
        assertEquals(List.of("ankara/" + first.linkedid() + "=SURE_DOLDU"), defaultsWritten);
        server.events.await(AgentRinging.class, r -> r.linkedid().equals(second.linkedid()), BOUND);
        assertTrue(second.await(BOUND));
        assertTrue(server.events.all().indexOf(ended) > paused);
        assertFalse(server.periods.finish(AGENT, first.linkedid()), "a wrap-up that ran out is not pending any more");
    }

    @Test
    void aQueueWithoutWrapUpOffersTheNextCallOnceThePbxWrapUpTimeIsOver() throws Exception {
        Server server = server(WrapUpPolicy.NONE);
        ScenarioRun first = call("05320000005");
        ScenarioRun second = call("05320000006");
        server.events.await(AgentRinging.class, r -> r.linkedid().equals(second.linkedid()), BOUND);
        assertTrue(first.await(BOUND) && second.await(BOUND));
        assertFalse(server.events.ofType(AgentStateChanged.class).stream().anyMatch(e -> e.state() == AgentState.PAUSED),
                "no pause");
    }

    @Test
    void aPhoneLeftPausedForAWrapUpByAServerThatStoppedIsUnpausedByTheNextOne() throws Exception {
        Server before = server(new WrapUpPolicy(Duration.ofSeconds(60), "SURE_DOLDU"));
        ScenarioRun call = call("05320000007");
        assertTrue(call.await(BOUND));
        before.awaitState(AgentState.PAUSED, Optional.of(WrapUpPeriods.PAUSE_REASON), -1);
        before.close();

        Server after = server(new WrapUpPolicy(Duration.ofSeconds(60), "SURE_DOLDU"));
        after.awaitState(AgentState.READY, Optional.empty(), -1);
        assertEquals(List.of(), defaultsWritten, "the stopped server's wrap-up is not this server's to close");
    }

    @Test
    void aWrapUpThatRunsOutWhileThePbxIsUnreachableIsUnpausedWhenTheLinkIsBack() throws Exception {
        Server server = server(new WrapUpPolicy(Duration.ofSeconds(2), "SURE_DOLDU"));
        ScenarioRun call = call("05320000008");
        assertTrue(call.await(BOUND));
        server.awaitState(AgentState.PAUSED, Optional.of(WrapUpPeriods.PAUSE_REASON), -1);

        sim.refuseConnections(true);
        sim.dropConnections();
        server.events.await(PbxLinkChanged.class, e -> e.state() != LinkState.UP && e.state() != LinkState.CONNECTING,
                BOUND);
        WrapUpEnded ended = server.events.await(WrapUpEnded.class, e -> e.linkedid().equals(call.linkedid()), BOUND);
        assertEquals(List.of("ankara/" + call.linkedid() + "=SURE_DOLDU"), defaultsWritten,
                "the default is written (through the outbox) whether the PBX answers or not");

        int back = server.events.all().indexOf(ended);
        sim.refuseConnections(false);
        server.awaitState(AgentState.READY, Optional.empty(), back);
    }
}
