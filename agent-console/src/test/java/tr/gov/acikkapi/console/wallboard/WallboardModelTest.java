package tr.gov.acikkapi.console.wallboard;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
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
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.event.RingStopReason;
import tr.gov.acikkapi.cti.wrapup.WrapUpPeriods;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WallboardModelTest {

    private static final String Q = "acikkapi";
    /** 10:00 in Istanbul. */
    private static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    private static final String CALLER = "05321234567";

    private final SettableClock clock = new SettableClock(T0);
    private final WallboardModel model = new WallboardModel(clock, ZoneId.of("Europe/Istanbul"), Duration.ofSeconds(20));

    private void apply(CtiEvent... events) {
        for (CtiEvent e : events) {
            model.apply(e);
        }
    }

    private QueueFigures queue() {
        return model.view().queues().stream().filter(q -> q.queue().equals(Q)).findFirst().orElseThrow();
    }

    private AgentFigures agent(String name) {
        return model.view().agents().stream().filter(a -> a.agent().equals(name)).findFirst().orElseThrow();
    }

    private static CallEnded ended(String linkedid, String agent, CallOutcome outcome, long wait, long talk) {
        return new CallEnded(new CallSummary("pbx", linkedid, CALLER, Q, Optional.ofNullable(agent), T0,
                outcome == CallOutcome.ANSWERED ? Optional.of(T0.plusSeconds(wait)) : Optional.empty(),
                T0.plusSeconds(wait + talk), wait, talk, outcome, false));
    }

    private static QueueSnapshot snapshot(List<QueueSnapshot.WaitingCaller> waiting, QueueSnapshot.Member... members) {
        return new QueueSnapshot(Q, waiting, List.of(members));
    }

    private static QueueSnapshot.Member member(String agent, AgentState state) {
        return new QueueSnapshot.Member(agent, "Local/" + agent + "@agents", state, Optional.empty());
    }

    /** A call through all its stages, as the connector announces it. */
    private static List<CtiEvent> answeredCall(String linkedid, String agent, long hold, long talk) {
        return List.of(new CallOffered(linkedid, CALLER, Q, T0),
                new AgentRinging(agent, CALLER, linkedid, Q, T0),
                new AgentStateChanged(agent, "Local/" + agent + "@agents", Q, AgentState.RINGING, Optional.empty(), T0),
                new CallAnswered(linkedid, agent, CALLER, Q, hold, T0.plusSeconds(hold)),
                new AgentStateChanged(agent, "Local/" + agent + "@agents", Q, AgentState.BUSY, Optional.empty(), T0.plusSeconds(hold)),
                ended(linkedid, agent, CallOutcome.ANSWERED, hold, talk),
                new AgentStateChanged(agent, "Local/" + agent + "@agents", Q, AgentState.READY, Optional.empty(), T0.plusSeconds(hold + talk)));
    }

    @Test
    void countsAnsweredAndAbandonedCallsAndTheServiceLevelWithinTheThreshold() {
        apply(snapshot(List.of(), member("temsilci1", AgentState.READY), member("temsilci2", AgentState.READY)));
        answeredCall("1.1", "temsilci1", 5, 60).forEach(model::apply);
        answeredCall("1.2", "temsilci2", 30, 120).forEach(model::apply);
        apply(new CallOffered("1.3", CALLER, Q, T0), new CallAbandoned("1.3", CALLER, Q, 1, 12, T0.plusSeconds(12)),
                ended("1.3", null, CallOutcome.ABANDONED, 12, 0));
        apply(new CallOffered("1.4", CALLER, Q, T0), ended("1.4", null, CallOutcome.UNANSWERED, 300, 0));

        QueueFigures q = queue();
        assertEquals(4, q.offered());
        assertEquals(2, q.answered());
        assertEquals(1, q.answeredWithinThreshold(), "5 s is within 20 s, 30 s is not");
        assertEquals(1, q.abandoned());
        assertEquals(1, q.unanswered());
        assertEquals(0.25, q.serviceLevel().orElseThrow(), 1e-9, "1 of the 4 calls whose wait is over");
        assertEquals((5 + 30 + 12) / 3.0, q.averageWaitSeconds().orElseThrow(), 1e-9);
        assertEquals(90.0, q.averageTalkSeconds().orElseThrow(), 1e-9);
    }

    @Test
    void repeatedAndResyncedEventsAreNotCountedTwice() {
        List<CtiEvent> call = answeredCall("2.1", "temsilci1", 4, 50);
        call.forEach(model::apply);
        apply(new CallAbandoned("2.2", CALLER, Q, 1, 8, T0), ended("2.2", null, CallOutcome.ABANDONED, 8, 0));
        QueueFigures before = queue();

        // The link drops and comes back; the resync announces calls again and the same events arrive twice.
        apply(new PbxLinkChanged("pbx", LinkState.DOWN, "Bağlantı koptu"), new PbxLinkChanged("pbx", LinkState.UP, ""));
        call.forEach(model::apply);
        apply(new CallOffered("2.2", CALLER, Q, T0), new CallAbandoned("2.2", CALLER, Q, 1, 8, T0),
                ended("2.2", null, CallOutcome.ABANDONED, 8, 0));
        assertEquals(before, queue());
        assertEquals(1, before.answered());
        assertEquals(1, before.abandoned());
        assertEquals(2, before.offered());
        assertEquals(1, before.talkCount());
    }

    @Test
    void aCallFirstSeenWhenItEndsIsCountedOnceWithItsSummary() {
        apply(ended("3.1", "temsilci1", CallOutcome.ANSWERED, 15, 40));
        apply(ended("3.2", null, CallOutcome.ABANDONED, 7, 0));
        apply(ended("3.3", null, CallOutcome.LOST, 3, 0));
        QueueFigures q = queue();
        assertEquals(3, q.offered());
        assertEquals(1, q.answered());
        assertEquals(1, q.answeredWithinThreshold());
        assertEquals(1, q.abandoned());
        assertEquals(40, q.talkSecondsTotal());
        assertEquals(0.5, q.serviceLevel().orElseThrow(), 1e-9, "a lost call's wait is unknown: not in the service level");
    }

    @Test
    void aResyncAnnouncingAConnectedCallCountsItOnceWhenItEnds() {
        apply(new CallOffered("4.1", CALLER, Q, T0), new CallAnswered("4.1", "temsilci1", CALLER, Q, 3, T0));
        apply(ended("4.1", "temsilci1", CallOutcome.ANSWERED, 3, 30));
        assertEquals(1, queue().answered());
        assertEquals(1, queue().answeredWithinThreshold());
        assertEquals(1, queue().talkCount());
    }

    @Test
    void waitingCallersComeFromTheLatestSnapshot() {
        apply(new CallOffered("5.1", CALLER, Q, T0.minusSeconds(30)), new CallOffered("5.2", CALLER, Q, T0.minusSeconds(10)));
        apply(snapshot(List.of(new QueueSnapshot.WaitingCaller("5.1", CALLER, 1, T0.minusSeconds(30)),
                new QueueSnapshot.WaitingCaller("5.2", CALLER, 2, T0.minusSeconds(10)))));
        assertEquals(2, queue().waiting());
        assertEquals(Duration.ofSeconds(30), queue().longestWaitAt(clock.instant()));
        // The same snapshot again (a resync) does not add callers.
        apply(snapshot(List.of(new QueueSnapshot.WaitingCaller("5.1", CALLER, 1, T0.minusSeconds(30)),
                new QueueSnapshot.WaitingCaller("5.2", CALLER, 2, T0.minusSeconds(10)))));
        assertEquals(2, queue().waiting());
        apply(snapshot(List.of(new QueueSnapshot.WaitingCaller("5.2", CALLER, 1, T0.minusSeconds(10)))));
        assertEquals(1, queue().waiting());
        assertEquals(Duration.ofSeconds(10), queue().longestWaitAt(clock.instant()));
        apply(snapshot(List.of()));
        assertEquals(0, queue().waiting());
        assertEquals(Duration.ZERO, queue().longestWaitAt(clock.instant()));
        assertEquals(2, queue().offered());
    }

    @Test
    void agentsShowStateSincePauseReasonAndTheCaller() {
        apply(snapshot(List.of(), member("temsilci1", AgentState.READY)));
        assertEquals(AgentState.READY, agent("temsilci1").state());
        assertEquals(T0, agent("temsilci1").since());

        Instant paused = T0.plusSeconds(60);
        apply(new AgentStateChanged("temsilci1", "Local/1001@agents", Q, AgentState.PAUSED, Optional.of("Yemek"), paused));
        assertEquals(AgentState.PAUSED, agent("temsilci1").state());
        assertEquals(Optional.of("Yemek"), agent("temsilci1").pauseReason());
        assertEquals(paused, agent("temsilci1").since());
        clock.advance(Duration.ofMinutes(5));
        apply(snapshot(List.of(), new QueueSnapshot.Member("temsilci1", "Local/1001@agents", AgentState.PAUSED, Optional.of("Yemek"))));
        assertEquals(paused, agent("temsilci1").since(), "an unchanged state keeps its start");

        apply(new AgentStateChanged("temsilci1", "Local/1001@agents", Q, AgentState.READY, Optional.empty(), T0.plusSeconds(400)),
                new AgentRinging("temsilci1", CALLER, "6.1", Q, T0.plusSeconds(401)),
                new AgentStateChanged("temsilci1", "Local/1001@agents", Q, AgentState.RINGING, Optional.empty(), T0.plusSeconds(401)));
        assertEquals(Optional.of(CALLER), agent("temsilci1").callerNumber());
        apply(new AgentRingStopped("temsilci1", "6.1", RingStopReason.NO_ANSWER),
                new AgentStateChanged("temsilci1", "Local/1001@agents", Q, AgentState.READY, Optional.empty(), T0.plusSeconds(410)));
        assertEquals(Optional.empty(), agent("temsilci1").callerNumber());

        apply(new CallAnswered("6.2", "temsilci1", "05559876543", Q, 2, T0.plusSeconds(420)),
                new AgentStateChanged("temsilci1", "Local/1001@agents", Q, AgentState.BUSY, Optional.empty(), T0.plusSeconds(420)));
        assertEquals(Optional.of("05559876543"), agent("temsilci1").callerNumber());
        apply(new CallTransferred("6.2", "temsilci1", "temsilci2", T0.plusSeconds(430)),
                new AgentStateChanged("temsilci2", "Local/1002@agents", Q, AgentState.BUSY, Optional.empty(), T0.plusSeconds(430)),
                new AgentStateChanged("temsilci1", "Local/1001@agents", Q, AgentState.READY, Optional.empty(), T0.plusSeconds(430)));
        assertEquals(Optional.empty(), agent("temsilci1").callerNumber());
        assertEquals(Optional.of("05559876543"), agent("temsilci2").callerNumber(), "the caller moves with the transfer");
        apply(ended("6.2", "temsilci2", CallOutcome.ANSWERED, 2, 30));
        assertEquals(Optional.empty(), agent("temsilci2").callerNumber());
    }

    @Test
    void theWrapUpAfterACallShowsAsSuchFromItsStartUntilTheAgentIsReady() {
        answeredCall("8.1", "temsilci1", 3, 40).forEach(model::apply);
        Instant wrapUp = T0.plusSeconds(43);
        apply(new AgentStateChanged("temsilci1", "Local/temsilci1@agents", Q, AgentState.PAUSED,
                Optional.of(WrapUpPeriods.PAUSE_REASON), wrapUp));
        assertTrue(agent("temsilci1").inWrapUp());
        assertEquals(wrapUp, agent("temsilci1").since());

        Instant onBreak = T0.plusSeconds(60);
        apply(new AgentStateChanged("temsilci1", "Local/temsilci1@agents", Q, AgentState.PAUSED, Optional.of("Mola"),
                onBreak));
        assertTrue(!agent("temsilci1").inWrapUp(), "a break is not a wrap-up");
        assertEquals(onBreak, agent("temsilci1").since());
        apply(new AgentStateChanged("temsilci1", "Local/temsilci1@agents", Q, AgentState.READY, Optional.empty(),
                T0.plusSeconds(90)));
        assertTrue(!agent("temsilci1").inWrapUp());
    }

    @Test
    void aSnapshotThatRepeatsAnAgentsStateStillForgetsARingThatState() {
        apply(snapshot(List.of(), member("temsilci1", AgentState.READY), member("temsilci2", AgentState.READY)));
        apply(new AgentRinging("temsilci1", CALLER, "7.1", Q, T0.plusSeconds(1)));
        clock.advance(Duration.ofSeconds(2));
        // The ring ended unseen; the next picture shows temsilci1 ready, as before, and temsilci2 busy.
        apply(snapshot(List.of(), member("temsilci1", AgentState.READY), member("temsilci2", AgentState.BUSY)));
        assertEquals(T0, agent("temsilci1").since(), "an unchanged state keeps its start");
        assertEquals(AgentState.BUSY, agent("temsilci2").state());

        apply(new AgentStateChanged("temsilci1", "Local/temsilci1@agents", Q, AgentState.RINGING, Optional.empty(),
                T0.plusSeconds(5)));
        assertEquals(Optional.empty(), agent("temsilci1").callerNumber(), "the earlier ring is not shown again");
    }

    @Test
    void anAgentInSeveralQueuesShowsItsMostTellingStateAndLeavesQueuesWithTheSnapshots() {
        apply(new AgentStateChanged("temsilci1", "Local/1001@agents", "diger", AgentState.PAUSED, Optional.of("Toplantı"), T0),
                new AgentStateChanged("temsilci1", "Local/1001@agents", Q, AgentState.READY, Optional.empty(), T0));
        assertEquals(AgentState.READY, agent("temsilci1").state());
        assertEquals(List.of("acikkapi", "diger"), agent("temsilci1").queues());
        apply(snapshot(List.of(), member("temsilci2", AgentState.READY)));
        assertEquals(AgentState.PAUSED, agent("temsilci1").state(), "no longer a member of acikkapi");
        apply(new QueueSnapshot("diger", List.of(), List.of()));
        assertEquals(AgentState.LOGGED_OUT, agent("temsilci1").state());
    }

    @Test
    void aPhoneNamedByItsInterfaceGivesWayToItsUserOnceKnown() {
        apply(snapshot(List.of(), new QueueSnapshot.Member("Local/1001@agents", "Local/1001@agents", AgentState.READY,
                Optional.empty())));
        assertEquals(List.of("Local/1001@agents"), model.view().agents().stream().map(AgentFigures::agent).toList());
        apply(snapshot(List.of(), new QueueSnapshot.Member("temsilci1", "Local/1001@agents", AgentState.READY, Optional.empty())));
        assertEquals(List.of("temsilci1"), model.view().agents().stream().map(AgentFigures::agent).toList());
    }

    @Test
    void anAgentWhoMovesToAnotherPhoneKeepsTheEntryAndTheOldPhoneGoesToItsNewUser() {
        apply(snapshot(List.of(), new QueueSnapshot.Member("temsilci1", "Local/1001@agents", AgentState.READY, Optional.empty())));
        apply(snapshot(List.of(), new QueueSnapshot.Member("temsilci1", "Local/1002@agents", AgentState.READY, Optional.empty()),
                new QueueSnapshot.Member("temsilci2", "Local/1001@agents", AgentState.READY, Optional.empty())));
        assertEquals(List.of("temsilci1", "temsilci2"), model.view().agents().stream().map(AgentFigures::agent).toList());
        apply(snapshot(List.of(), new QueueSnapshot.Member("temsilci3", "Local/1002@agents", AgentState.READY, Optional.empty()),
                new QueueSnapshot.Member("temsilci2", "Local/1001@agents", AgentState.READY, Optional.empty())));
        assertEquals(List.of("temsilci2", "temsilci3"), model.view().agents().stream().map(AgentFigures::agent).toList(),
                "the phone's user changed again: its earlier user's entry goes");
    }

    @Test
    void countersStartAgainAtMidnightInIstanbulAndYesterdaysCallsStayOutOfToday() {
        answeredCall("7.1", "temsilci1", 5, 60).forEach(model::apply);
        apply(new CallOffered("7.2", CALLER, Q, T0), new CallAnswered("7.2", "temsilci1", CALLER, Q, 1, T0));
        assertEquals(2, queue().answered());
        assertEquals(T0, model.view().countingSince(), "since the start when that is after midnight");

        clock.set(Instant.parse("2026-03-02T21:00:30Z"));          // 00:00:30 on 3 March in Istanbul
        assertEquals(0, queue().answered());
        assertEquals(Instant.parse("2026-03-02T21:00:00Z"), model.view().countingSince());
        apply(ended("7.2", "temsilci1", CallOutcome.ANSWERED, 1, 3600));
        assertEquals(0, queue().answered(), "yesterday's call ends today: not counted again");
        assertEquals(0, queue().talkCount());
        apply(new CallOffered("7.3", CALLER, Q, clock.instant()));
        assertEquals(1, queue().offered());
    }

    @Test
    void linksAgentsAndQueuesAreListedInOrder() {
        apply(new PbxLinkChanged("pbx", LinkState.CONNECTING, ""));
        clock.advance(Duration.ofSeconds(5));
        apply(new PbxLinkChanged("pbx", LinkState.UP, ""));
        assertEquals(LinkState.UP, model.view().links().get(0).state());
        assertEquals(clock.instant(), model.view().links().get(0).since());

        List<String> names = List.of("zeynep", "irem", "ıhlamur", "çağrı", "cem");
        List<QueueSnapshot.Member> members = new ArrayList<>();
        names.forEach(n -> members.add(member(n, AgentState.READY)));
        apply(new QueueSnapshot(Q, List.of(), members));
        assertEquals(List.of("cem", "çağrı", "ıhlamur", "irem", "zeynep"),
                model.view().agents().stream().map(AgentFigures::agent).toList(), "Turkish alphabetical order");
        assertTrue(model.view().queues().stream().anyMatch(q -> q.queue().equals(Q)), "a queue shows before its first call");
    }

    @Test
    void theAllQueuesRowAddsUp() {
        QueueFigures a = new QueueFigures("a", 2, Optional.of(T0), 10, 6, 5, 2, 1, 100, 600, 5);
        QueueFigures b = new QueueFigures("b", 1, Optional.of(T0.minusSeconds(9)), 4, 3, 1, 1, 0, 40, 300, 3);
        QueueFigures total = QueueFigures.total(List.of(a, b));
        assertEquals(new QueueFigures(QueueFigures.ALL, 3, Optional.of(T0.minusSeconds(9)), 14, 9, 6, 3, 1, 140, 900, 8), total);
        assertEquals(6.0 / 13, total.serviceLevel().orElseThrow(), 1e-9);
    }
}
