package tr.gov.acikkapi.cti.simulator;

import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.ManagerEventTranslator;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;
import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.event.RingStopReason;
import tr.gov.acikkapi.cti.testsupport.CorrelatedConnection;
import tr.gov.acikkapi.cti.testsupport.RecordingListener;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every scenario of the simulator, read by a real asterisk-java ManagerConnection over TCP and correlated. */
class SimulatorScenarioTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private AmiSimulator sim;
    private CorrelatedConnection ami;

    @BeforeEach
    void start() throws Exception {
        sim = AmiSimulator.start(new SimulatorConfig(0, "cti", "cti-secret"));
        ami = new CorrelatedConnection(sim.port(), "cti", "cti-secret").login();
    }

    @AfterEach
    void stop() throws Exception {
        ami.close();
        sim.close();
    }

    @Test
    void answered() throws Exception {
        ScenarioRun run = sim.play(Scenario.answered("05321234567", "Local/1001@agents"));
        CallEnded ended = ami.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);
        assertEquals(CallOutcome.ANSWERED, ended.summary().outcome());
        assertEquals(Optional.of("temsilci1"), ended.summary().agent());
        assertEquals("05321234567", ended.summary().callerNumber());
        List<CtiEvent> story = ami.events.callEvents();
        assertEquals(List.of(CallOffered.class, AgentRinging.class, CallAnswered.class, CallEnded.class),
                story.stream().map(Object::getClass).toList());
        ami.events.await(AgentStateChanged.class, s -> s.agent().equals("temsilci1") && s.state() == AgentState.READY,
                BOUND);
    }

    @Test
    void abandoned() throws Exception {
        ScenarioRun run = sim.play(Scenario.abandoned("05329876543"));
        CallEnded ended = ami.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);
        assertEquals(CallOutcome.ABANDONED, ended.summary().outcome());
        CallAbandoned abandoned = ami.events.ofType(CallAbandoned.class).get(0);
        assertEquals(1, abandoned.position());
        assertEquals("05329876543", abandoned.callerNumber());
    }

    @Test
    void ringNoAnswer() throws Exception {
        ScenarioRun run = sim.play(Scenario.ringNoAnswer("05324445566", "Local/1001@agents", "Local/1002@agents"));
        ami.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);
        List<CtiEvent> story = ami.events.callEvents();
        assertEquals("temsilci1", assertInstanceOf(AgentRinging.class, story.get(1)).agent());
        assertEquals(new AgentRingStopped("temsilci1", run.linkedid(), RingStopReason.NO_ANSWER), story.get(2));
        assertEquals("temsilci2", assertInstanceOf(AgentRinging.class, story.get(3)).agent());
        assertEquals("temsilci2", assertInstanceOf(CallAnswered.class, story.get(4)).agent());
        assertEquals(Optional.of("temsilci2"), assertInstanceOf(CallEnded.class, story.get(5)).summary().agent());
    }

    /** The simulator's attended transfer in both recorded orders: the same story, as for the real PBX's transcripts. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void attendedTransferCompletedByHangingUp(boolean mergeFirst) throws Exception {
        ScenarioRun run = sim.play(Scenario.attendedTransfer("02242502032", "Local/1001@agents", "Local/1003@agents",
                mergeFirst));
        CallEnded ended = ami.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);
        assertEquals(Optional.of("temsilci3"), ended.summary().agent());
        assertEquals(List.of("temsilci1 TRANSFERRED temsilci3", "temsilci3 COMPLETED -"), ended.summary().segments()
                .stream().map(s -> s.agent() + " " + s.end() + " " + s.transferredTo().orElse("-")).toList());
        AgentRinging targetRing = ami.events.await(AgentRinging.class, r -> r.agent().equals("temsilci3"), BOUND);
        CallTransferred transferred = ami.events.await(CallTransferred.class, t -> t.toAgent().equals("temsilci3"), BOUND);
        assertEquals("02242502032", targetRing.callerNumber());
        assertTrue(targetRing.at().isBefore(transferred.at()), "the target popped at the consult's ring");
        assertEquals(1, ami.events.ofType(CallTransferred.class).size());
        assertTrue(run.await(BOUND));
    }

    @Test
    void transfer() throws Exception {
        ScenarioRun run = sim.play(Scenario.transfer("05321110001", "Local/1001@agents", "Local/1002@agents"));
        CallEnded ended = ami.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);
        List<CallTransferred> transfers = ami.events.ofType(CallTransferred.class);
        assertEquals(1, transfers.size());
        assertEquals("temsilci1", transfers.get(0).fromAgent());
        assertEquals("temsilci2", transfers.get(0).toAgent());
        assertEquals(Optional.of("temsilci2"), ended.summary().agent());
        assertEquals(CallOutcome.ANSWERED, ended.summary().outcome());
    }

    @Test
    void pauseAndUnpause() throws Exception {
        assertTrue(sim.play(Scenario.pauseUnpause("Local/1003@agents", "Mola")).await(BOUND));
        AgentStateChanged paused = ami.events.await(AgentStateChanged.class, s -> s.state() == AgentState.PAUSED, BOUND);
        assertEquals("temsilci3", paused.agent());
        assertEquals(Optional.of("Mola"), paused.pauseReason());
        ami.events.await(AgentStateChanged.class, s -> s.agent().equals("temsilci3") && s.state() == AgentState.READY,
                BOUND);
    }

    @Test
    void agentLoginAndLogout() throws Exception {
        assertTrue(sim.play(Scenario.agentLogin("Local/1004@agents")).await(BOUND));
        ami.events.await(AgentStateChanged.class,
                s -> s.iface().equals("Local/1004@agents") && s.state() == AgentState.READY, BOUND);
        assertTrue(sim.play(Scenario.agentLogout("Local/1004@agents")).await(BOUND));
        AgentStateChanged out = ami.events.await(AgentStateChanged.class,
                s -> s.iface().equals("Local/1004@agents") && s.state() == AgentState.LOGGED_OUT, BOUND);
        assertEquals("Local/1004@agents", out.agent(), "an unmapped phone keeps its interface as its name");
        ScenarioRun staticLogout = sim.play(Scenario.agentLogout("Local/1001@agents"));
        assertThrows(IllegalStateException.class, () -> staticLogout.await(BOUND), "static members cannot log out");
    }

    @Test
    void pbxRestartClosesLiveCallsAndTheSocket() throws Exception {
        ScenarioRun run = sim.play(Scenario.answered("05321234567", "Local/1001@agents").withTalk(Duration.ofSeconds(30)));
        ami.events.await(CallAnswered.class, a -> a.linkedid().equals(run.linkedid()), BOUND);
        sim.play(Scenario.pbxRestart());
        CallEnded ended = ami.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);
        assertTrue(ended.summary().endedWhileLinkDown());
        assertEquals(CallOutcome.ANSWERED, ended.summary().outcome());
    }

    @Test
    void actionsAnswerWithListsAndReasons() throws Exception {
        ScenarioRun waiting = sim.play(Scenario.abandoned("05321110002").withPatience(Duration.ofSeconds(5)));
        ScenarioRun talking = sim.play(Scenario.answered("05321110001", "Local/1001@agents").withTalk(Duration.ofSeconds(5)));
        ami.events.await(CallAnswered.class, a -> a.linkedid().equals(talking.linkedid()), BOUND);

        ResponseEvents status = ami.connection.sendEventGeneratingAction(new QueueStatusAction());
        ResponseEvents channels = ami.connection.sendEventGeneratingAction(new CoreShowChannelsAction());
        List<AmiMessage> statusItems = translate(status);
        List<AmiMessage> channelItems = translate(channels);
        assertEquals(List.of("QueueParams", "QueueMember", "QueueMember", "QueueMember", "QueueEntry"),
                statusItems.stream().map(m -> m.eventName().orElseThrow()).toList());
        assertEquals(6, channelItems.size(), "two Local pairs of the talking call, one pair of the waiting one");

        RecordingListener fresh = new RecordingListener();
        CallCorrelator rebuilt = new CallCorrelator("ankara", CorrelatedConnection.DIRECTORY, Clock.systemUTC(), fresh);
        rebuilt.onLinkUp();
        rebuilt.onResync(new PbxSnapshot(statusItems, channelItems));
        QueueSnapshot q = rebuilt.queueSnapshots().get(0);
        assertEquals(List.of(waiting.linkedid()), q.waiting().stream().map(QueueSnapshot.WaitingCaller::linkedid).toList());
        assertEquals(AgentState.BUSY, q.members().get(0).state());
        assertEquals("temsilci1", fresh.ofType(CallAnswered.class).get(0).agent());
        assertEquals(2, rebuilt.liveCallCount());

        ManagerResponse pause = ami.connection.sendAction(new QueuePauseAction("Local/1009@agents", "acikkapi", true));
        assertInstanceOf(ManagerError.class, pause);
        assertEquals("Interface not found", pause.getMessage());

        OriginateAction callback = new OriginateAction();
        callback.setChannel("Local/1003@agents");
        callback.setContext("outbound");
        callback.setExten("05551112233");
        callback.setPriority(1);
        callback.setCallerId("\"Citizen\" <05551112233>");
        callback.setAsync(true);
        assertEquals("Originate successfully queued", ami.connection.sendAction(callback).getMessage());
        ami.events.await(AgentStateChanged.class, s -> s.agent().equals("temsilci3") && s.state() == AgentState.BUSY, BOUND);
        assertTrue(sim.hangupCall(waiting.linkedid()));
    }

    @Test
    void originatedInboundCallsGoThroughTheQueue() throws Exception {
        OriginateAction inbound = new OriginateAction();
        inbound.setChannel("Local/s@inbound");
        inbound.setApplication("Wait");
        inbound.setData("600");
        inbound.setCallerId("\"Citizen\" <05321234567>");
        inbound.setVariable("__AGENT_TALK", "1");
        inbound.setAsync(true);
        assertEquals("Success", ami.connection.sendAction(inbound).getResponse());
        CallAnswered answered = ami.events.await(CallAnswered.class, a -> true, BOUND);
        assertEquals("05321234567", answered.callerNumber());
        ami.events.await(CallEnded.class, e -> e.linkedid().equals(answered.linkedid()), BOUND);
    }

    @Test
    void faultsDropUnansweredPingsAndGarbage() throws Exception {
        sim.sendMalformedFrame();
        ScenarioRun run = sim.play(Scenario.answered("05321234567", "Local/1002@agents"));
        ami.events.await(CallEnded.class, e -> e.linkedid().equals(run.linkedid()), BOUND);

        sim.stopAnsweringPings(true);
        assertThrows(org.asteriskjava.manager.TimeoutException.class,
                () -> ami.connection.sendAction(new PingAction(), 300));
        sim.stopAnsweringPings(false);
        assertEquals("Success", ami.connection.sendAction(new PingAction(), 2000).getResponse());

        assertEquals(1, sim.connectedClients());
        sim.dropConnections();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (sim.connectedClients() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(ami.received().isEmpty());
        assertTrue(sim.connectedClients() <= 1, "asterisk-java may already be reconnecting");
    }

    private List<String> offeredIds() {
        return ami.events.ofType(CallOffered.class).stream().map(CallOffered::linkedid).toList();
    }

    private List<String> endedIds() {
        return ami.events.ofType(CallEnded.class).stream().map(CallEnded::linkedid).toList();
    }

    @Test
    void loadModeEndsEveryCallExactlyOnce() throws Exception {
        try (Traffic load = sim.startLoad(100, 20, Duration.ofMillis(200))) {
            Thread.sleep(1_500);
            load.stop();
            assertTrue(load.callsStarted() > 50, () -> "only " + load.callsStarted() + " calls");
        }
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!sim.liveCalls().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(sim.liveCalls().isEmpty());
        // The PBX is quiet; the correlator's lane may still be working through the last events.
        while (offeredIds().size() != endedIds().size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<String> ended = endedIds();
        assertEquals(offeredIds().stream().sorted().toList(), ended.stream().sorted().toList());
        assertEquals(ended.size(), ended.stream().distinct().count());
        assertTrue(ami.events.ofType(CallEnded.class).stream().allMatch(e -> e.summary().outcome() == CallOutcome.ANSWERED));
    }

    private static List<AmiMessage> translate(ResponseEvents events) {
        List<AmiMessage> result = new ArrayList<>();
        for (ManagerEvent e : events.getEvents()) {
            AmiMessage m = ManagerEventTranslator.translate(e);
            if (!m.eventName().orElse("").endsWith("Complete")) {
                result.add(m);
            }
        }
        return result;
    }
}
