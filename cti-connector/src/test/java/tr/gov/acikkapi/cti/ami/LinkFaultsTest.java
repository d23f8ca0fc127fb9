package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.testsupport.RawAmiClient;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Link faults in the middle of many calls, with the real simulator over TCP, a real {@link AmiLink}
 * and the call correlator: the socket cut under 100 concurrent calls, a PBX restart announced with
 * {@code Shutdown}, a PBX that dies without a word. Every call placed must end in exactly one
 * {@link CallEnded} (one call record), no ring may pop twice, and the agents' states must equal the
 * PBX's once things settle. The times to notice and to recover are printed for docs/reliability.
 */
class LinkFaultsTest {

    private static final Logger LOG = Logger.getLogger(LinkFaultsTest.class.getName());
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String QUEUE = "acikkapi";

    @Test
    void aCutInTheMiddleOfAHundredCallsLosesNoCallAndRepeatsNothing() throws Exception {
        try (LinkHarness h = harness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            List<String> placed = h.sim.placeCalls(100, 40, Duration.ofMillis(300), Duration.ofMillis(500),
                    Duration.ofSeconds(4));
            h.awaitCount(CallOffered.class, 100);
            h.awaitCount(CallAnswered.class, 1);

            int downs = h.linkChanges(LinkState.DOWN);
            int ups = h.linkChanges(LinkState.UP);
            int liveAtCut = h.sim.liveCalls().size();
            h.sim.refuseConnections(true);
            long cut = System.nanoTime();
            h.sim.dropConnections();
            long detected = h.awaitState(LinkState.DOWN);
            h.arrivalOf(LinkState.DOWN, downs + 1);
            // While nobody listens: an agent takes a break, ten citizens hang up, the rest goes on.
            h.sim.play(new Scenario.Pause("Local/2001@agents", QUEUE, "Mola", Duration.ofMinutes(10)));
            h.sim.liveCalls().stream().limit(10).forEach(h.sim::hangupCall);
            Thread.sleep(1_500);
            long reopened = System.nanoTime();
            h.sim.refuseConnections(false);
            long up = h.arrivalOf(LinkState.UP, ups + 1);
            h.awaitQuiet();

            Map<String, Long> ends = countBy(h.events.ofType(CallEnded.class), CallEnded::linkedid);
            assertEquals(new TreeSet<>(placed), ends.keySet(), "every call placed, and only those, has a record");
            assertTrue(ends.values().stream().allMatch(n -> n == 1), () -> "records per call: " + ends);
            assertNoRepeats(h);
            long unseen = h.events.ofType(CallEnded.class).stream().filter(e -> e.summary().endedWhileLinkDown()).count();
            assertTrue(unseen > 0 && unseen < 100, "some calls ended unseen, some in view: " + unseen);

            Map<String, AgentState> desk = deskStates(h);
            assertEquals(pbxStates(h.sim), desk);
            assertEquals(AgentState.PAUSED, desk.get("Local/2001@agents"), "the break taken while the link was down");

            LOG.info(() -> String.format("FAULT-FIGURES ami-cut calls=%d liveAtCut=%d records=%d lost=%d duplicates=0 "
                            + "endedUnseen=%d detectMs=%.1f recoverMs=%.1f outageMs=%.1f",
                    placed.size(), liveAtCut, ends.size(), placed.size() - ends.size(), unseen, ms(detected - cut),
                    ms(up - reopened), ms(up - cut)));
        }
    }

    @Test
    void aPbxRestartClosesEveryCallOfTheOldRunOnceAndNewCallsCorrelate() throws Exception {
        try (LinkHarness h = harness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            List<String> oldRun = h.sim.placeCalls(100, 40, Duration.ofMillis(200), Duration.ofSeconds(60),
                    Duration.ofSeconds(90));
            h.awaitCount(CallAnswered.class, 40);

            int downs = h.linkChanges(LinkState.DOWN);
            int ups = h.linkChanges(LinkState.UP);
            long restart = System.nanoTime();
            h.sim.play(Scenario.pbxRestart());
            long down = h.awaitState(LinkState.DOWN);
            h.arrivalOf(LinkState.DOWN, downs + 1);
            long up = h.arrivalOf(LinkState.UP, ups + 1);
            h.awaitCount(CallEnded.class, 100);
            List<CallEnded> oldEnds = h.events.ofType(CallEnded.class);
            assertEquals(new TreeSet<>(oldRun), countBy(oldEnds, CallEnded::linkedid).keySet());
            assertTrue(oldEnds.stream().allMatch(e -> e.summary().endedWhileLinkDown()), "closed by the restart");
            Map<CallOutcome, Long> outcomes = countBy(oldEnds, e -> e.summary().outcome());
            assertEquals(Map.of(CallOutcome.ANSWERED, 40L, CallOutcome.LOST, 60L), outcomes);

            List<String> newRun = h.sim.placeCalls(20, 5, Duration.ofMillis(100), Duration.ofMillis(100),
                    Duration.ofMillis(400));
            Set<String> overlap = new HashSet<>(newRun);
            overlap.retainAll(oldRun);
            assertEquals(Set.of(), overlap, "the restarted PBX hands out new Linkedids");
            h.awaitQuiet();

            Map<String, Long> ends = countBy(h.events.ofType(CallEnded.class), CallEnded::linkedid);
            assertEquals(120, ends.size());
            assertTrue(ends.values().stream().allMatch(n -> n == 1), () -> "records per call: " + ends);
            assertTrue(h.events.ofType(CallEnded.class).stream().filter(e -> newRun.contains(e.linkedid()))
                    .allMatch(e -> !e.summary().endedWhileLinkDown() && e.summary().outcome() == CallOutcome.ANSWERED));
            assertNoRepeats(h);
            assertEquals(pbxStates(h.sim), deskStates(h));

            LOG.info(() -> String.format("FAULT-FIGURES pbx-restart calls=%d records=%d lost=0 duplicates=0 detectMs=%.1f "
                    + "recoverMs=%.1f", oldRun.size(), oldEnds.size(), ms(down - restart), ms(up - restart)));
        }
    }

    @Test
    void aPbxThatDiesWithoutShutdownHasItsCallsClosedByTheResync() throws Exception {
        try (LinkHarness h = harness()) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            List<String> oldRun = h.sim.placeCalls(30, 10, Duration.ofMillis(200), Duration.ofSeconds(60),
                    Duration.ofSeconds(90));
            h.awaitCount(CallAnswered.class, 10);

            int downs = h.linkChanges(LinkState.DOWN);
            int ups = h.linkChanges(LinkState.UP);
            long crash = System.nanoTime();
            h.sim.crashAndRestart(Duration.ofMillis(500));
            long down = h.arrivalOf(LinkState.DOWN, downs + 1);
            long up = h.arrivalOf(LinkState.UP, ups + 1);
            h.awaitQuiet();

            List<CallEnded> ends = h.events.ofType(CallEnded.class);
            assertEquals(new TreeSet<>(oldRun), countBy(ends, CallEnded::linkedid).keySet());
            assertEquals(oldRun.size(), ends.size());
            assertTrue(ends.stream().allMatch(e -> e.summary().endedWhileLinkDown()));
            assertNoRepeats(h);
            assertEquals(pbxStates(h.sim), deskStates(h));

            LOG.info(() -> String.format("FAULT-FIGURES pbx-crash calls=%d records=%d lost=0 duplicates=0 detectMs=%.1f "
                    + "recoverMs=%.1f", oldRun.size(), ends.size(), ms(down - crash), ms(up - crash)));
        }
    }

    private static LinkHarness harness() {
        return new LinkHarness("cti", Duration.ofSeconds(5));
    }

    /** No call offered or answered twice, no ring popped twice for the same agent. */
    private static void assertNoRepeats(LinkHarness h) {
        Map<String, Long> offers = countBy(h.events.ofType(CallOffered.class), CallOffered::linkedid);
        assertTrue(offers.values().stream().allMatch(n -> n == 1), () -> "offers: " + offers);
        Map<String, Long> answers = countBy(h.events.ofType(CallAnswered.class), CallAnswered::linkedid);
        assertTrue(answers.values().stream().allMatch(n -> n == 1), () -> "answers: " + answers);
        Map<String, Long> pops = countBy(h.events.ofType(AgentRinging.class), r -> r.linkedid() + "|" + r.agent());
        assertTrue(pops.values().stream().allMatch(n -> n == 1), () -> "pops: " + pops);
    }

    /** What the desks show now: the members of the last queue snapshot. */
    static Map<String, AgentState> deskStates(LinkHarness h) {
        List<QueueSnapshot> snapshots = h.events.ofType(QueueSnapshot.class).stream()
                .filter(q -> q.queue().equals(QUEUE)).toList();
        Map<String, AgentState> states = new TreeMap<>();
        for (QueueSnapshot.Member m : snapshots.get(snapshots.size() - 1).members()) {
            states.put(m.iface(), m.state());
        }
        return states;
    }

    /** What the PBX says about the queue's members now ({@code QueueStatus}), in our states. */
    static Map<String, AgentState> pbxStates(AmiSimulator sim) throws IOException {
        try (RawAmiClient client = new RawAmiClient(sim.port())) {
            client.login("cti", "cti-secret");
            client.send(AmiMessage.action("QueueStatus").add("ActionID", "faults-qs").add("Queue", QUEUE).build());
            client.await(m -> m.isEvent("QueueStatusComplete"), BOUND);
            Map<String, AgentState> states = new TreeMap<>();
            for (AmiMessage m : client.frames()) {
                if (m.isEvent("QueueMember") && m.text("ActionID").equals("faults-qs")) {
                    states.put(m.text("Location"), stateOf(m));
                }
            }
            return states;
        }
    }

    private static AgentState stateOf(AmiMessage member) {
        long status = member.number("Status").orElse(1L);
        if (status == 4 || status == 5) {
            return AgentState.LOGGED_OUT;
        }
        if (status == 6 || status == 7) {
            return AgentState.RINGING;
        }
        if (status == 2 || status == 3 || status == 8 || member.flag("InCall")) {
            return AgentState.BUSY;
        }
        return member.flag("Paused") ? AgentState.PAUSED : AgentState.READY;
    }

    static <T, K> Map<K, Long> countBy(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
