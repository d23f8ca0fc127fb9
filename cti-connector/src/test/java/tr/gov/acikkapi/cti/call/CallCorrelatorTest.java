package tr.gov.acikkapi.cti.call;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentSegment;
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
import tr.gov.acikkapi.cti.testsupport.RecordingListener;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The correlator fed with the recorded events directly (no socket), plus hand-written cases. */
class CallCorrelatorTest {

    @Test
    void answeredCallTellsTheWholeStoryOnce() {
        CorrelatorHarness h = new CorrelatorHarness().feed(FixtureTranscripts.events("answered-call"));

        List<CtiEvent> story = h.events.callEvents();
        assertEquals(4, story.size(), story::toString);
        CallOffered offered = assertInstanceOf(CallOffered.class, story.get(0));
        assertEquals(new CallOffered("1795896568.86", "05321234567", "acikkapi", offered.at()), offered);
        AgentRinging ringing = assertInstanceOf(AgentRinging.class, story.get(1));
        assertEquals("temsilci1", ringing.agent());
        CallAnswered answered = assertInstanceOf(CallAnswered.class, story.get(2));
        assertEquals("temsilci1", answered.agent());
        assertEquals(2, answered.holdSeconds());
        CallSummary summary = assertInstanceOf(CallEnded.class, story.get(3)).summary();
        assertEquals(CallOutcome.ANSWERED, summary.outcome());
        assertEquals(Optional.of("temsilci1"), summary.agent());
        assertEquals(6, summary.talkSeconds());
        assertEquals(2, summary.waitSeconds());
        assertEquals(Optional.of(Instant.parse("2026-11-28T20:09:30.761825Z")), summary.answered());
        assertEquals(Instant.parse("2026-11-28T20:09:36.266538Z"), summary.ended());
        assertFalse(summary.endedWhileLinkDown());
        assertEquals(0, h.correlator.liveCallCount());
    }

    @Test
    void answeredCallMovesTheAgentFromRingingToBusyToReady() {
        CorrelatorHarness h = new CorrelatorHarness().feed(FixtureTranscripts.events("answered-call"));
        List<AgentState> states = h.events.ofType(AgentStateChanged.class).stream()
                .filter(s -> s.agent().equals("temsilci1")).map(AgentStateChanged::state).toList();
        assertEquals(List.of(AgentState.RINGING, AgentState.BUSY, AgentState.READY), states);
    }

    @Test
    void abandonedCallGivesAbandonThenEnd() {
        CorrelatorHarness h = new CorrelatorHarness().feed(FixtureTranscripts.events("abandoned-call"));
        List<CtiEvent> story = h.events.callEvents();
        assertEquals(3, story.size(), story::toString);
        assertInstanceOf(CallOffered.class, story.get(0));
        CallAbandoned abandoned = assertInstanceOf(CallAbandoned.class, story.get(1));
        assertEquals(new CallAbandoned("1795896579.90", "05329876543", "acikkapi", 1, 4, abandoned.at()), abandoned);
        CallSummary summary = assertInstanceOf(CallEnded.class, story.get(2)).summary();
        assertEquals(CallOutcome.ABANDONED, summary.outcome());
        assertEquals(Optional.empty(), summary.agent());
        assertEquals(4, summary.waitSeconds());
    }

    @Test
    void ringNoAnswerMovesOnToTheNextAgent() {
        CorrelatorHarness h = new CorrelatorHarness().feed(FixtureTranscripts.events("ring-no-answer"));
        List<CtiEvent> story = h.events.callEvents();
        assertEquals(6, story.size(), story::toString);
        assertEquals("acikkapi-rna", assertInstanceOf(CallOffered.class, story.get(0)).queue());
        assertEquals("temsilci1", assertInstanceOf(AgentRinging.class, story.get(1)).agent());
        assertEquals(new AgentRingStopped("temsilci1", "1795896586.92", RingStopReason.NO_ANSWER), story.get(2));
        assertEquals("temsilci2", assertInstanceOf(AgentRinging.class, story.get(3)).agent());
        CallAnswered answered = assertInstanceOf(CallAnswered.class, story.get(4));
        assertEquals("temsilci2", answered.agent());
        assertEquals(5, answered.holdSeconds());
        CallSummary summary = assertInstanceOf(CallEnded.class, story.get(5)).summary();
        assertEquals(Optional.of("temsilci2"), summary.agent());
        assertEquals(5, summary.talkSeconds());
    }

    @Test
    void pauseAndUnpauseChangeTheAgentState() {
        CorrelatorHarness h = new CorrelatorHarness().feed(FixtureTranscripts.events("pause-unpause"));
        List<AgentStateChanged> states = h.events.ofType(AgentStateChanged.class);
        assertEquals(2, states.size(), states::toString);
        assertEquals(new AgentStateChanged("temsilci2", "Local/1002@agents", "acikkapi", AgentState.PAUSED,
                Optional.of("Mola"), states.get(0).at()), states.get(0));
        assertEquals(AgentState.READY, states.get(1).state());
        assertEquals(Optional.empty(), states.get(1).pauseReason());
        assertTrue(h.events.callEvents().isEmpty());
    }

    @Test
    void callsThatNeverQueueAreNotReported() {
        CorrelatorHarness h = new CorrelatorHarness()
                .feed(FixtureTranscripts.events("originate-callback"))
                .feed(FixtureTranscripts.events("ivr-status"));
        assertTrue(h.events.callEvents().isEmpty(), () -> h.events.callEvents().toString());
        List<AgentState> states = h.events.ofType(AgentStateChanged.class).stream()
                .map(AgentStateChanged::state).toList();
        assertEquals(List.of(AgentState.BUSY, AgentState.READY), states);
        assertEquals(0, h.correlator.liveCallCount());
    }

    @Test
    void queueStatusTranscriptEndsThreeAnsweredCalls() {
        CorrelatorHarness h = new CorrelatorHarness().feed(FixtureTranscripts.events("queue-status"));
        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(3, ended.size());
        assertEquals(List.of("temsilci1", "temsilci2", "temsilci3"),
                ended.stream().map(e -> e.summary().agent().orElseThrow()).toList());
        assertTrue(ended.stream().allMatch(e -> e.summary().outcome() == CallOutcome.ANSWERED
                && e.summary().talkSeconds() == 10));
    }

    @Test
    void resyncFromTheRecordedQueueStatusRebuildsTheQueue() {
        List<AmiMessage> all = FixtureTranscripts.messages("queue-status");
        int qstatus = indexOfResponse(all, "qstatus");
        List<AmiMessage> before = all.subList(0, qstatus).stream().filter(m -> m.eventName().isPresent()).toList();
        List<AmiMessage> statusItems = all.stream()
                .filter(m -> m.text("ActionID").equals("qstatus") && m.eventName().isPresent()
                        && !m.isEvent("QueueStatusComplete")).toList();
        assertEquals(6, statusItems.size());

        CorrelatorHarness h = new CorrelatorHarness();
        h.correlator.onLinkUp();
        h.correlator.onResync(new PbxSnapshot(statusItems, TranscriptChannels.liveAfter(before)));

        QueueSnapshot snapshot = h.events.ofType(QueueSnapshot.class).get(h.events.ofType(QueueSnapshot.class).size() - 1);
        assertEquals("acikkapi", snapshot.queue());
        assertEquals(List.of("05321110002", "05321110003"),
                snapshot.waiting().stream().map(QueueSnapshot.WaitingCaller::callerNumber).toList());
        assertEquals(List.of(1, 2), snapshot.waiting().stream().map(QueueSnapshot.WaitingCaller::position).toList());
        assertEquals(List.of(
                new QueueSnapshot.Member("temsilci1", "Local/1001@agents", AgentState.BUSY, Optional.empty()),
                new QueueSnapshot.Member("temsilci2", "Local/1002@agents", AgentState.PAUSED, Optional.of("Mola")),
                new QueueSnapshot.Member("temsilci3", "Local/1003@agents", AgentState.PAUSED, Optional.of("Mola"))),
                snapshot.members());
        assertEquals(3, h.correlator.liveCallCount());
        assertEquals(3, h.events.ofType(CallOffered.class).size());
        CallAnswered first = h.events.ofType(CallAnswered.class).get(0);
        assertEquals("1795896607.98", first.linkedid());
        assertEquals("temsilci1", first.agent());
        assertEquals("05321110001", first.callerNumber());

        // The rest of the recording continues the rebuilt calls: each ends once, answered.
        List<AmiMessage> after = all.subList(qstatus, all.size()).stream()
                .filter(m -> m.eventName().isPresent() && !m.text("ActionID").startsWith("q")).toList();
        h.feed(after);
        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(3, ended.size(), ended::toString);
        assertTrue(ended.stream().allMatch(e -> e.summary().outcome() == CallOutcome.ANSWERED
                && !e.summary().endedWhileLinkDown()));
        assertEquals(0, h.correlator.liveCallCount());
    }

    @Test
    void resyncClosesCallsThatEndedWhileTheLinkWasDown() {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        int connect = indexOfEvent(events, "BridgeEnter") + 2;
        CorrelatorHarness h = new CorrelatorHarness().feed(events.subList(0, connect));
        assertEquals(1, h.correlator.liveCallCount());
        h.correlator.onLinkDown();
        h.correlator.onLinkUp();
        h.correlator.onResync(new PbxSnapshot(List.of(), List.of()));

        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        assertTrue(ended.get(0).summary().endedWhileLinkDown());
        assertEquals(CallOutcome.ANSWERED, ended.get(0).summary().outcome());
        assertEquals(Optional.of("temsilci1"), ended.get(0).summary().agent());
        // What the PBX sends later about that call changes nothing.
        h.feed(events.subList(connect, events.size()));
        assertEquals(1, h.events.ofType(CallEnded.class).size());
    }

    @Test
    void aCallSeenBeforeTheLinkWentDownThatJoinedAndWasAnsweredUnseenIsTakenUpByTheResync() {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        int join = indexOfEvent(events, "QueueCallerJoin");
        int connect = indexOfEvent(events, "BridgeEnter") + 2;
        CorrelatorHarness h = new CorrelatorHarness().feed(events.subList(0, join));
        assertTrue(h.events.ofType(CallOffered.class).isEmpty(), "not yet in a queue when the link went down");
        h.correlator.onLinkDown();
        h.correlator.onLinkUp();
        h.correlator.onResync(new PbxSnapshot(List.of(), TranscriptChannels.liveAfter(events.subList(0, connect))));

        assertEquals(1, h.events.ofType(CallOffered.class).size());
        CallAnswered answered = h.events.ofType(CallAnswered.class).get(0);
        assertEquals("temsilci1", answered.agent());
        assertEquals("acikkapi", answered.queue());
        h.feed(events.subList(connect, events.size()));
        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        assertEquals(CallOutcome.ANSWERED, ended.get(0).summary().outcome());
        assertEquals(1, h.events.ofType(CallAnswered.class).size());
    }

    @Test
    void aCallTakenUpFromAnotherNodeThatEndedMeanwhileGetsItsRecordAtTheFirstResync() {
        CorrelatorHarness h = new CorrelatorHarness();
        Instant entered = CorrelatorHarness.NOW.minusSeconds(60);
        Instant answeredAt = CorrelatorHarness.NOW.minusSeconds(40);
        h.correlator.adopt("1764360000.17", "05321234567", "acikkapi", entered, Optional.of("Local/1001@agents"),
                Optional.of(answeredAt));
        h.correlator.onLinkUp();
        h.correlator.onResync(new PbxSnapshot(List.of(), List.of()));

        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        CallSummary summary = ended.get(0).summary();
        assertTrue(summary.endedWhileLinkDown());
        assertEquals(CallOutcome.ANSWERED, summary.outcome());
        assertEquals(Optional.of("temsilci1"), summary.agent());
        assertEquals(entered, summary.enteredQueue());
        assertEquals(Optional.of(answeredAt), summary.answered());
        assertEquals("05321234567", summary.callerNumber());
        assertTrue(h.events.ofType(CallOffered.class).isEmpty(), "the other node announced it already");
    }

    @Test
    void aCallTakenUpFromAnotherNodeThatGoesOnIsFollowedToItsEndWithoutBeingAnnouncedAgain() {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        int connect = indexOfEvent(events, "BridgeEnter") + 2;
        CorrelatorHarness before = new CorrelatorHarness().feed(events.subList(0, connect));
        CallOffered offered = before.events.ofType(CallOffered.class).get(0);
        CallAnswered answered = before.events.ofType(CallAnswered.class).get(0);
        String agentInterface = AgentDirectory.interfaceOf(before.correlator.agentChannel(offered.linkedid()).orElseThrow());

        CorrelatorHarness after = new CorrelatorHarness();
        after.correlator.adopt(offered.linkedid(), offered.callerNumber(), offered.queue(), offered.at(),
                Optional.of(agentInterface), Optional.of(answered.at()));
        after.correlator.onLinkUp();
        after.correlator.onResync(new PbxSnapshot(List.of(), TranscriptChannels.liveAfter(events.subList(0, connect))));
        after.feed(events.subList(connect, events.size()));

        assertTrue(after.events.ofType(CallOffered.class).isEmpty());
        assertTrue(after.events.ofType(CallAnswered.class).isEmpty());
        List<CallEnded> ended = after.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        assertFalse(ended.get(0).summary().endedWhileLinkDown(), "its end was seen");
        assertEquals(CallOutcome.ANSWERED, ended.get(0).summary().outcome());
        assertEquals(Optional.of("temsilci1"), ended.get(0).summary().agent());
        assertEquals(1, ended.get(0).summary().segments().size(), "no transfer: the same agent");
    }

    @Test
    void aCallClosedByTheResyncKeepsItsTimesInOrderWhenThePbxClockRunsAhead() {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        int connect = indexOfEvent(events, "BridgeEnter") + 2;
        Instant pbxTime = events.get(connect - 1).timestamp().orElseThrow();
        RecordingListener recorded = new RecordingListener();
        CallCorrelator ours = new CallCorrelator("ankara", CorrelatorHarness.DIRECTORY,
                Clock.fixed(pbxTime.minusSeconds(90), ZoneOffset.UTC), recorded);
        events.subList(0, connect).forEach(ours::onEvent);
        ours.onLinkDown();
        ours.onLinkUp();
        ours.onResync(new PbxSnapshot(List.of(), List.of()));

        CallSummary summary = recorded.ofType(CallEnded.class).get(0).summary();
        Instant answered = summary.answered().orElseThrow();
        assertFalse(answered.isBefore(summary.enteredQueue()), summary::toString);
        assertFalse(summary.ended().isBefore(answered), summary::toString);
        assertTrue(summary.endedWhileLinkDown());
    }

    @Test
    void shutdownClosesEveryLiveCall() {
        List<AmiMessage> events = FixtureTranscripts.events("queue-status");
        int qstatusJoin = indexOfEvent(events, "QueueParams");
        CorrelatorHarness h = new CorrelatorHarness().feed(events.subList(0, qstatusJoin));
        assertEquals(3, h.correlator.liveCallCount());
        h.correlator.onEvent(AmiMessage.event("Shutdown").add("Privilege", "system,all")
                .add("Shutdown", "Uncleanly").add("Restart", "True").build());

        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(3, ended.size());
        assertTrue(ended.stream().allMatch(e -> e.summary().endedWhileLinkDown()));
        assertEquals(List.of(CallOutcome.ANSWERED, CallOutcome.LOST, CallOutcome.LOST),
                ended.stream().map(e -> e.summary().outcome()).sorted().toList());
        assertEquals(0, h.correlator.liveCallCount());
        QueueSnapshot last = h.events.ofType(QueueSnapshot.class).get(h.events.ofType(QueueSnapshot.class).size() - 1);
        assertTrue(last.waiting().isEmpty());
    }

    @Test
    void duplicatedEventsChangeNothingTwice() {
        for (String fixture : FixtureTranscripts.callTranscripts()) {
            List<AmiMessage> events = FixtureTranscripts.events(fixture);
            List<AmiMessage> doubled = new ArrayList<>();
            events.forEach(e -> {
                doubled.add(e);
                doubled.add(e);
            });
            CorrelatorHarness once = new CorrelatorHarness().feed(events);
            CorrelatorHarness twice = new CorrelatorHarness().feed(doubled);
            assertEquals(once.events.callEvents(), twice.events.callEvents(), fixture);
            assertEquals(once.events.ofType(AgentStateChanged.class), twice.events.ofType(AgentStateChanged.class),
                    fixture);
        }
    }

    @Test
    void anAnswerSeenBeforeTheRingStillGivesOneAnsweredCall() {
        List<AmiMessage> events = new ArrayList<>(FixtureTranscripts.events("answered-call"));
        AmiMessage connect = events.remove(indexOfEvent(events, "AgentConnect"));
        events.add(indexOfEvent(events, "AgentCalled"), connect);
        CorrelatorHarness h = new CorrelatorHarness().feed(events);
        assertEquals(1, h.events.ofType(CallAnswered.class).size());
        assertTrue(h.events.ofType(AgentRinging.class).isEmpty(), "a ring announced after the answer would never be retracted");
        CallSummary summary = h.events.ofType(CallEnded.class).get(0).summary();
        assertEquals(CallOutcome.ANSWERED, summary.outcome());
        assertEquals(Optional.of("temsilci1"), summary.agent());
    }

    @Test
    void anAgentCompleteAfterTheLastHangupIsIgnored() {
        List<AmiMessage> events = new ArrayList<>(FixtureTranscripts.events("answered-call"));
        AmiMessage complete = events.remove(indexOfEvent(events, "AgentComplete"));
        events.add(complete);
        CorrelatorHarness h = new CorrelatorHarness().feed(events);
        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        assertEquals(Optional.of("temsilci1"), ended.get(0).summary().agent());
        assertEquals(6, ended.get(0).summary().talkSeconds());
    }

    @Test
    void aNoAnswerSeenBeforeItsRingAnnouncesNothingForThatAgent() {
        List<AmiMessage> events = new ArrayList<>(FixtureTranscripts.events("ring-no-answer"));
        AmiMessage rna = events.remove(indexOfEvent(events, "AgentRingNoAnswer"));
        events.add(indexOfEvent(events, "AgentCalled"), rna);
        CorrelatorHarness h = new CorrelatorHarness().feed(events);
        List<AgentRinging> rings = h.events.ofType(AgentRinging.class);
        assertEquals(List.of("temsilci2"), rings.stream().map(AgentRinging::agent).toList());
        assertEquals("temsilci2", h.events.ofType(CallAnswered.class).get(0).agent());
        assertEquals(1, h.events.ofType(CallEnded.class).size());
    }

    @Test
    void abandonAfterTheLastHangupStillCountsAsAbandoned() {
        List<AmiMessage> events = new ArrayList<>(FixtureTranscripts.events("abandoned-call"));
        AmiMessage abandon = events.remove(indexOfEvent(events, "QueueCallerAbandon"));
        AmiMessage leave = events.remove(indexOfEvent(events, "QueueCallerLeave"));
        events.add(abandon);
        events.add(leave);
        CorrelatorHarness h = new CorrelatorHarness().feed(events);
        assertEquals(1, h.events.ofType(CallAbandoned.class).size());
        List<CallEnded> ended = h.events.ofType(CallEnded.class);
        assertEquals(1, ended.size());
        assertEquals(CallOutcome.ABANDONED, ended.get(0).summary().outcome());
    }

    @Test
    void blindTransferMovesTheCallToTheNewAgent() {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        int bridged = indexOfEvent(events, "BridgeEnter") + 2;
        CorrelatorHarness h = new CorrelatorHarness().feed(events.subList(0, bridged));
        h.correlator.onEvent(AmiMessage.event("BlindTransfer").add("Timestamp", "1795896572.000000")
                .add("Result", "Success").add("TransfererChannel", "Local/1001@agents-0000002c;1")
                .add("TransfererUniqueid", "1795896568.88").add("TransfererLinkedid", "1795896568.86")
                .add("TransfereeChannel", "Local/s@inbound-0000002b;2").add("TransfereeUniqueid", "1795896568.87")
                .add("TransfereeLinkedid", "1795896568.86").add("IsExternal", "No").add("Context", "agents")
                .add("Extension", "1002").build());
        assertEquals(List.of(new CallTransferred("1795896568.86", "temsilci1", "temsilci2",
                Instant.parse("2026-11-28T20:09:32Z"))), h.events.ofType(CallTransferred.class));
        h.feed(events.subList(bridged, events.size()));
        CallSummary summary = h.events.ofType(CallEnded.class).get(0).summary();
        assertEquals(Optional.of("temsilci2"), summary.agent());
        assertEquals(1, h.events.ofType(CallEnded.class).size());
    }

    /**
     * A blind transfer to an extension the directory cannot map (the target is known only when its phone rings): the
     * target's desk pops when its phone rings, not when it answers two seconds later.
     */
    @Test
    void aBlindTransferTargetPopsWhenItsPhoneRings() {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        int bridged = indexOfEvent(events, "BridgeEnter") + 2;
        CorrelatorHarness h = new CorrelatorHarness().feed(events.subList(0, bridged));
        String lid = "1795896568.86";
        h.correlator.onEvent(AmiMessage.event("BlindTransfer").add("Timestamp", "1795896572.000000")
                .add("Result", "Success").add("TransfererChannel", "Local/1001@agents-0000002c;1")
                .add("TransfererUniqueid", "1795896568.88").add("TransfererLinkedid", lid)
                .add("TransfereeChannel", "Local/s@inbound-0000002b;2").add("TransfereeUniqueid", "1795896568.87")
                .add("TransfereeLinkedid", lid).add("IsExternal", "No").add("Context", "transfer")
                .add("Extension", "93").build());
        h.correlator.onEvent(AmiMessage.event("Newchannel").add("Timestamp", "1795896572.100000")
                .add("Channel", "Local/1003@agents-00000030;1").add("Uniqueid", "1795896572.95").add("Linkedid", lid)
                .add("ChannelState", "0").add("ChannelStateDesc", "Down").build());
        h.correlator.onEvent(AmiMessage.event("Newstate").add("Timestamp", "1795896572.200000")
                .add("Channel", "Local/1003@agents-00000030;1").add("Uniqueid", "1795896572.95").add("Linkedid", lid)
                .add("ChannelState", "5").add("ChannelStateDesc", "Ringing").build());
        List<AgentRinging> rings = h.events.ofType(AgentRinging.class).stream()
                .filter(r -> r.agent().equals("temsilci3")).toList();
        assertEquals(1, rings.size(), "the target pops at the ring");
        assertEquals(Instant.parse("2026-11-28T20:09:32.200Z"), rings.get(0).at());
        assertEquals("05321234567", rings.get(0).callerNumber());
        assertTrue(h.events.ofType(CallTransferred.class).isEmpty(), "not transferred before the target answers");

        h.correlator.onEvent(AmiMessage.event("BridgeEnter").add("Timestamp", "1795896574.200000")
                .add("Channel", "Local/1003@agents-00000030;1").add("Uniqueid", "1795896572.95").add("Linkedid", lid)
                .add("BridgeUniqueid", "14a9ad70-52b3-4131-a5e8-60fa8b9e9a91").build());
        assertEquals(List.of(new CallTransferred(lid, "temsilci1", "temsilci3", Instant.parse("2026-11-28T20:09:34.200Z"))),
                h.events.ofType(CallTransferred.class));
    }

    /** The consulted agent answers, then hangs up before any transfer: the pop is retracted, the call stays with 1001. */
    @Test
    void aConsultThatEndsWithoutTheTransferRetractsTheTargetsPop() {
        List<AmiMessage> events = FixtureTranscripts.events("attended-transfer");
        int consulting = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).isEvent("DialEnd") && events.get(i).text("DestChannel").startsWith("Local/1003@agents")) {
                consulting = i + 1;
            }
        }
        CorrelatorHarness h = new CorrelatorHarness().feed(events.subList(0, consulting));
        assertEquals(1, h.events.ofType(AgentRinging.class).stream().filter(r -> r.agent().equals("temsilci3")).count());
        String lid = "1796671957.20";
        String[][] hangups = {{"Local/1003@agents-0000000c;2", "1796671963.25"}, {"Local/1003@agents-0000000c;1", "1796671963.24"},
            {"Local/1001@agents-0000000b;2", "1796671957.23"}, {"Local/1001@agents-0000000b;1", "1796671957.22"},
            {"Local/102@inbound-0000000a;2", "1796671957.21"}, {"Local/102@inbound-0000000a;1", "1796671957.20"}};
        for (int i = 0; i < hangups.length; i++) {
            h.correlator.onEvent(AmiMessage.event("Hangup").add("Timestamp", "179667197" + i + ".000000")
                    .add("Channel", hangups[i][0]).add("Uniqueid", hangups[i][1]).add("Linkedid", lid).add("Cause", "16")
                    .build());
        }
        assertTrue(h.events.ofType(AgentRingStopped.class).stream().anyMatch(s -> s.agent().equals("temsilci3")),
                "the consulted agent's pop is retracted");
        assertTrue(h.events.ofType(CallTransferred.class).isEmpty());
        CallSummary summary = h.events.ofType(CallEnded.class).get(0).summary();
        assertEquals(Optional.of("temsilci1"), summary.agent());
        assertEquals(List.of("temsilci1"), summary.segments().stream().map(AgentSegment::agent).toList());
        assertEquals(SegmentEnd.COMPLETED, summary.segments().get(0).end(), "1001 hung up before the citizen");
    }

    @Test
    void attendedTransferNamesTheTargetPhone() {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        int bridged = indexOfEvent(events, "BridgeEnter") + 2;
        CorrelatorHarness h = new CorrelatorHarness().feed(events.subList(0, bridged));
        AmiMessage transfer = AmiMessage.event("AttendedTransfer").add("Timestamp", "1795896573.000000")
                .add("Result", "Success").add("OrigTransfererChannel", "Local/1001@agents-0000002c;1")
                .add("OrigTransfererUniqueid", "1795896568.88").add("OrigTransfererLinkedid", "1795896568.86")
                .add("SecondTransfererChannel", "Local/1001@agents-0000003a;1").add("DestType", "Bridge")
                .add("TransfereeChannel", "Local/s@inbound-0000002b;2").add("TransfereeLinkedid", "1795896568.86")
                .add("TransferTargetChannel", "PJSIP/1003-0000001a").build();
        h.correlator.onEvent(transfer);
        h.correlator.onEvent(transfer);
        assertEquals(List.of(new CallTransferred("1795896568.86", "temsilci1", "PJSIP/1003",
                Instant.parse("2026-11-28T20:09:33Z"))), h.events.ofType(CallTransferred.class));
    }

    @Test
    void aListenerThatThrowsDoesNotStopCorrelation() {
        List<CtiEvent> seen = new ArrayList<>();
        CallCorrelator correlator = new CallCorrelator("ankara", CorrelatorHarness.DIRECTORY,
                java.time.Clock.systemUTC(), e -> {
                    seen.add(e);
                    throw new IllegalStateException("consumer bug");
                });
        FixtureTranscripts.events("answered-call").forEach(correlator::onEvent);
        assertEquals(1, seen.stream().filter(CallEnded.class::isInstance).count());
    }

    @Test
    void aBurstOfEventsSendsTheQueuePictureOnceTheLaneIsDrainedAndTheCallEventsAtOnce() {
        List<AmiMessage> events = new ArrayList<>(FixtureTranscripts.events("answered-call"));
        events.addAll(FixtureTranscripts.events("ring-no-answer"));
        CorrelatorHarness oneByOne = new CorrelatorHarness().feed(events);
        CorrelatorHarness burst = new CorrelatorHarness();
        for (int i = 0; i < events.size(); i++) {
            boolean moreQueued = i < events.size() - 1;
            burst.correlator.onEvent(events.get(i), moreQueued);
            if (moreQueued) {
                assertEquals(oneByOne.events.callEvents().subList(0, burst.events.callEvents().size()),
                        burst.events.callEvents(), "call events are never held back");
            }
        }
        assertEquals(oneByOne.events.callEvents(), burst.events.callEvents());
        assertEquals(oneByOne.events.ofType(AgentStateChanged.class).stream().map(AgentStateChanged::state).toList(),
                burst.events.ofType(AgentStateChanged.class).stream().map(AgentStateChanged::state).toList());
        List<QueueSnapshot> pictures = burst.events.ofType(QueueSnapshot.class);
        List<QueueSnapshot> every = oneByOne.events.ofType(QueueSnapshot.class);
        assertTrue(pictures.size() < every.size(), () -> pictures.size() + " pictures for a burst, " + every.size() + " one by one");
        assertEquals(lastPerQueue(every), lastPerQueue(pictures), "the last picture of each queue is the same");
    }

    @Test
    void aQueuePictureHeldBackGoesOutWhenTheLinkDrops() {
        assertTheHeldPictureGoesOut(correlator -> correlator.onLinkDown());
    }

    @Test
    void aHeldQueuePictureGoesOutWhenTheLastMessageOfABurstIsNoEvent() {
        assertTheHeldPictureGoesOut(correlator -> correlator.onEvent(AmiMessage.response("Success").build(), false));
    }

    /**
     * Feeds the recorded answered call up to its caller's queue join as a burst (more events queued after each), so
     * that the queue's picture with the waiting caller is held back; then {@code then} must send it.
     */
    private static void assertTheHeldPictureGoesOut(Consumer<CallCorrelator> then) {
        List<AmiMessage> events = FixtureTranscripts.events("answered-call");
        CorrelatorHarness h = new CorrelatorHarness();
        int join = indexOfEvent(events, "QueueCallerJoin");
        for (int i = 0; i <= join; i++) {
            h.correlator.onEvent(events.get(i), true);
        }
        int before = h.events.ofType(QueueSnapshot.class).size();
        then.accept(h.correlator);
        List<QueueSnapshot> after = h.events.ofType(QueueSnapshot.class);
        assertTrue(after.size() > before, "the held picture is sent");
        assertEquals(List.of("05321234567"), after.get(after.size() - 1).waiting().stream()
                .map(QueueSnapshot.WaitingCaller::callerNumber).toList());
    }

    private static Map<String, QueueSnapshot> lastPerQueue(List<QueueSnapshot> pictures) {
        Map<String, QueueSnapshot> last = new TreeMap<>();
        pictures.forEach(p -> last.put(p.queue(), p));
        return last;
    }

    static int indexOfEvent(List<AmiMessage> events, String name) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).isEvent(name)) {
                return i;
            }
        }
        throw new AssertionError("no " + name);
    }

    static int indexOfResponse(List<AmiMessage> messages, String actionId) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).responseStatus().isPresent() && messages.get(i).text("ActionID").equals(actionId)) {
                return i;
            }
        }
        throw new AssertionError("no response " + actionId);
    }
}
