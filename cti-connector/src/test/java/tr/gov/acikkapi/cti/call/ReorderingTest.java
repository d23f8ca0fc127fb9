package tr.gov.acikkapi.cti.call;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.testsupport.FixtureTranscripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Feeds each recorded call transcript many times with events of different channels re-ordered at
 * random (each channel's, member's and bridge's own events keep their order, as Asterisk publishes
 * them per topic) and checks what must not depend on the order: each call's outcome, last agent and path (agent
 * segments), the agents' final states, one end per offer, every pop retracted or taken.
 */
class ReorderingTest {

    private static final int RUNS_PER_TRANSCRIPT = 40;

    @Test
    void outcomesDoNotDependOnTheOrderAcrossChannels() {
        for (String fixture : List.of("answered-call", "abandoned-call", "ring-no-answer", "queue-status",
                "attended-transfer", "attended-transfer-merge-first")) {
            List<AmiMessage> inOrder = FixtureTranscripts.events(fixture);
            CorrelatorHarness reference = new CorrelatorHarness().feed(inOrder);
            Map<String, String> expectedOutcomes = outcomes(reference.events.all());
            Map<String, AgentState> expectedStates = finalStates(reference.events.all());
            for (int run = 0; run < RUNS_PER_TRANSCRIPT; run++) {
                List<AmiMessage> shuffled = shuffleAcrossChannels(inOrder, new Random(31L * run + fixture.hashCode()));
                CorrelatorHarness h = new CorrelatorHarness().feed(shuffled);
                List<CtiEvent> events = h.events.all();
                String where = fixture + " run " + run;
                assertEquals(expectedOutcomes, outcomes(events), where);
                assertEquals(expectedStates, finalStates(events), where);
                checkEveryOfferEndsOnce(events, where);
                checkNoRingIsLeftOpen(events, where);
                assertEquals(0, h.correlator.liveCallCount(), where);
            }
        }
    }

    private static List<AmiMessage> shuffleAcrossChannels(List<AmiMessage> events, Random random) {
        List<AmiMessage> list = new ArrayList<>(events);
        for (int i = 0; i < list.size() * 4; i++) {
            int a = random.nextInt(list.size() - 1);
            if (!topic(list.get(a)).equals(topic(list.get(a + 1)))) {
                AmiMessage tmp = list.get(a);
                list.set(a, list.get(a + 1));
                list.set(a + 1, tmp);
            }
        }
        return list;
    }

    private static String topic(AmiMessage e) {
        if (!e.text("Uniqueid").isEmpty()) {
            return e.text("Uniqueid");
        }
        if (!e.text("Interface").isEmpty()) {
            return "member:" + e.text("Interface");
        }
        if (!e.text("BridgeUniqueid").isEmpty()) {
            return "bridge:" + e.text("BridgeUniqueid");
        }
        if (!e.text("DestUniqueid").isEmpty()) {
            return e.text("DestUniqueid");
        }
        return "system";
    }

    /** linkedid to "OUTCOME agent" for every ended call. */
    private static Map<String, String> outcomes(List<CtiEvent> events) {
        Map<String, String> result = new TreeMap<>();
        for (CtiEvent e : events) {
            if (e instanceof CallEnded ended) {
                result.put(ended.linkedid(), ended.summary().outcome() + " " + ended.summary().agent().orElse("-") + " "
                        + ended.summary().segments().stream()
                        .map(s -> s.agent() + ">" + s.end() + ">" + s.transferredTo().orElse("")).toList());
            }
        }
        return result;
    }

    private static Map<String, AgentState> finalStates(List<CtiEvent> events) {
        Map<String, AgentState> result = new TreeMap<>();
        for (CtiEvent e : events) {
            if (e instanceof AgentStateChanged s) {
                result.put(s.agent() + "@" + s.queue(), s.state());
            }
        }
        return result;
    }

    private static void checkEveryOfferEndsOnce(List<CtiEvent> events, String where) {
        Map<String, Integer> offered = new HashMap<>();
        Map<String, Integer> ended = new HashMap<>();
        for (CtiEvent e : events) {
            if (e instanceof CallOffered o) {
                offered.merge(o.linkedid(), 1, Integer::sum);
                assertEquals(null, ended.get(o.linkedid()), where + ": offered after its end");
            } else if (e instanceof CallEnded c) {
                ended.merge(c.linkedid(), 1, Integer::sum);
                assertNotEquals(null, offered.get(c.linkedid()), where + ": ended without an offer");
            }
        }
        assertEquals(offered.keySet(), ended.keySet(), where);
        ended.values().forEach(n -> assertEquals(1, n, where));
    }

    private static void checkNoRingIsLeftOpen(List<CtiEvent> events, String where) {
        Map<String, Boolean> ringing = new HashMap<>();
        for (CtiEvent e : events) {
            if (e instanceof AgentRinging r) {
                ringing.put(r.agent() + "|" + r.linkedid(), true);
            } else if (e instanceof AgentRingStopped s) {
                ringing.put(s.agent() + "|" + s.linkedid(), false);
            } else if (e instanceof CallAnswered a) {
                ringing.put(a.agent() + "|" + a.linkedid(), false);
            } else if (e instanceof CallTransferred t) {
                ringing.put(t.toAgent() + "|" + t.linkedid(), false);
            }
        }
        ringing.forEach((k, v) -> assertEquals(false, v, where + ": screen pop never retracted for " + k));
    }
}
