package tr.gov.acikkapi.cti.call;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.ManagerEventTranslator;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentSegment;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.event.RingStopReason;
import tr.gov.acikkapi.cti.event.SegmentEnd;
import tr.gov.acikkapi.cti.testsupport.FixtureTranscripts;
import tr.gov.acikkapi.cti.testsupport.ReplayServer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each recorded transcript, sent byte for byte over TCP, read by a real asterisk-java
 * {@link ManagerConnection}, translated and correlated on a single-thread lane, as in production.
 */
class FixtureReplayTest {

    @Test
    void answeredCall() throws Exception {
        Replay r = replay("answered-call");
        List<CallEnded> ended = r.harness.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        CallSummary summary = ended.get(0).summary();
        assertEquals(CallOutcome.ANSWERED, summary.outcome());
        assertEquals(Optional.of("temsilci1"), summary.agent());
        assertEquals("05321234567", summary.callerNumber());
        assertEquals(Optional.of(Instant.parse("2026-11-28T20:09:30.761825Z")), summary.answered());
        assertEquals(Instant.parse("2026-11-28T20:09:36.266538Z"), summary.ended());
        assertEquals(6, summary.talkSeconds(), "AgentComplete TalkTime");
        assertEquals(1, summary.segments().size());
        AgentSegment only = summary.segments().get(0);
        assertEquals("temsilci1", only.agent());
        assertEquals(summary.answered().orElseThrow(), only.from());
        assertEquals(SegmentEnd.COMPLETED, only.end(), "the agent hung up");
        assertEquals(6, only.talkSeconds());
        r.assertSameStoryAsDirectFeed();
    }

    @Test
    void abandonedCall() throws Exception {
        Replay r = replay("abandoned-call");
        assertEquals(1, r.harness.events.ofType(CallAbandoned.class).size());
        List<CallEnded> ended = r.harness.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        assertEquals(CallOutcome.ABANDONED, ended.get(0).summary().outcome());
        r.assertSameStoryAsDirectFeed();
    }

    @Test
    void ringNoAnswer() throws Exception {
        Replay r = replay("ring-no-answer");
        List<CtiEvent> story = r.harness.events.callEvents();
        assertEquals("temsilci1", assertInstanceOf(AgentRinging.class, story.get(1)).agent());
        assertEquals(new AgentRingStopped("temsilci1", "1795896586.92", RingStopReason.NO_ANSWER), story.get(2));
        assertEquals("temsilci2", assertInstanceOf(AgentRinging.class, story.get(3)).agent());
        assertEquals("temsilci2", assertInstanceOf(CallAnswered.class, story.get(4)).agent());
        assertInstanceOf(CallEnded.class, story.get(5));
        r.assertSameStoryAsDirectFeed();
    }

    /**
     * An attended transfer completed by the first agent hanging up, in both orders the real PBX sent its events
     * (the first agent's BridgeLeave and HangupRequest before or after BridgeMerge): the same story either way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"attended-transfer", "attended-transfer-merge-first"})
    void attendedTransferCompletedByHangingUp(String fixture) throws Exception {
        Replay r = replay(fixture);
        String linkedid = r.harness.events.ofType(CallOffered.class).get(0).linkedid();
        String caller = r.harness.events.ofType(CallOffered.class).get(0).callerNumber();
        List<AgentRinging> target = r.harness.events.ofType(AgentRinging.class).stream()
                .filter(ring -> ring.agent().equals("temsilci3")).toList();
        assertEquals(1, target.size(), "the target's desk pops once, when its leg rings");
        assertEquals(linkedid, target.get(0).linkedid());
        assertEquals(caller, target.get(0).callerNumber(), "the pop shows the caller, not the consulting agent");
        assertEquals(List.of("temsilci1 > temsilci3"), r.harness.events.ofType(CallTransferred.class).stream()
                .map(t -> t.fromAgent() + " > " + t.toAgent()).toList(), "one transfer, from the first agent");
        assertTrue(r.harness.events.ofType(AgentRingStopped.class).stream()
                .noneMatch(stop -> stop.agent().equals("temsilci3")), "the target took the call");
        List<CallEnded> ended = r.harness.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        CallSummary summary = ended.get(0).summary();
        assertEquals(CallOutcome.ANSWERED, summary.outcome());
        assertEquals(Optional.of("temsilci3"), summary.agent(), "the record names the agent who had the call last");
        List<AgentSegment> path = summary.segments();
        assertEquals(List.of("temsilci1 TRANSFERRED Optional[temsilci3]", "temsilci3 COMPLETED Optional.empty"),
                path.stream().map(s -> s.agent() + " " + s.end() + " " + s.transferredTo()).toList());
        assertEquals(7, path.get(0).talkSeconds(), "the first agent's TalkTime from AgentComplete");
        assertEquals(summary.answered().orElseThrow(), path.get(0).from());
        assertEquals(path.get(0).to(), path.get(1).from(), "the target has the caller from the transfer on");
        assertTrue(path.get(1).to().isBefore(summary.ended()), "1003 hung up first, then the citizen's legs went");
        assertTrue(path.get(1).talkSeconds() >= 5, "1003 talked about 5 s after the transfer");
        r.assertSameStoryAsDirectFeed();
    }

    @Test
    void pauseUnpause() throws Exception {
        Replay r = replay("pause-unpause");
        List<AgentStateChanged> states = r.harness.events.ofType(AgentStateChanged.class);
        assertEquals(List.of(AgentState.PAUSED, AgentState.READY), states.stream().map(AgentStateChanged::state).toList());
        assertEquals(Optional.of("Mola"), states.get(0).pauseReason());
        assertEquals("temsilci2", states.get(0).agent());
        r.assertSameStoryAsDirectFeed();
    }

    @Test
    void queueStatusListItemsServeAsResyncInput() throws Exception {
        Replay r = replay("queue-status");
        assertEquals(3, r.harness.events.ofType(CallEnded.class).size());
        r.assertSameStoryAsDirectFeed();

        List<AmiMessage> items = r.received.stream().filter(m -> m.isEvent("QueueParams") || m.isEvent("QueueMember")
                || m.isEvent("QueueEntry")).toList();
        assertEquals(6, items.size());
        List<AmiMessage> all = FixtureTranscripts.messages("queue-status");
        List<AmiMessage> before = all.subList(0, CallCorrelatorTest.indexOfResponse(all, "qstatus")).stream()
                .filter(m -> m.eventName().isPresent()).toList();
        CorrelatorHarness fresh = new CorrelatorHarness();
        fresh.correlator.onLinkUp();
        fresh.correlator.onResync(new PbxSnapshot(items, TranscriptChannels.liveAfter(before)));
        QueueSnapshot q = fresh.correlator.queueSnapshots().get(0);
        assertEquals(2, q.waiting().size());
        assertEquals(List.of(AgentState.BUSY, AgentState.PAUSED, AgentState.PAUSED),
                q.members().stream().map(QueueSnapshot.Member::state).toList());
        assertEquals(Optional.of("Mola"), q.members().get(1).pauseReason());
    }

    @Test
    void callsWithoutQueueGiveNoCallEvents() throws Exception {
        assertTrue(replay("originate-callback").harness.events.callEvents().isEmpty());
        assertTrue(replay("ivr-status").harness.events.callEvents().isEmpty());
    }

    /** One replay: what asterisk-java delivered and what the correlator made of it. */
    private record Replay(String fixture, List<AmiMessage> received, CorrelatorHarness harness) {

        void assertSameStoryAsDirectFeed() {
            CorrelatorHarness direct = new CorrelatorHarness().feed(FixtureTranscripts.events(fixture));
            assertEquals(direct.events.callEvents(), harness.events.callEvents(), fixture);
            assertEquals(direct.events.ofType(AgentStateChanged.class), harness.events.ofType(AgentStateChanged.class),
                    fixture);
        }
    }

    private static Replay replay(String fixture) throws Exception {
        List<AmiMessage> events = FixtureTranscripts.events(fixture);
        AmiMessage last = events.get(events.size() - 1);
        CorrelatorHarness harness = new CorrelatorHarness();
        List<AmiMessage> received = new ArrayList<>();
        ExecutorService lane = Executors.newSingleThreadExecutor();
        Object done = new Object();
        boolean[] finished = {false};
        try (ReplayServer server = new ReplayServer(fixture)) {
            ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", server.port(), "cti", "cti-secret")
                    .createManagerConnection();
            connection.addEventListener(event -> lane.execute(() -> {
                AmiMessage message = ManagerEventTranslator.translate(event);
                received.add(message);
                harness.correlator.onEvent(message);
                if (message.isEvent(last.eventName().orElseThrow())
                        && message.timestamp().equals(last.timestamp())) {
                    synchronized (done) {
                        finished[0] = true;
                        done.notifyAll();
                    }
                }
            }));
            connection.login();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            synchronized (done) {
                while (!finished[0] && System.nanoTime() < deadline) {
                    done.wait(100);
                }
            }
            connection.logoff();
        } finally {
            lane.shutdown();
            lane.awaitTermination(5, TimeUnit.SECONDS);
        }
        assertTrue(finished[0], fixture + ": the last recorded event never arrived");
        return new Replay(fixture, received, harness);
    }
}
