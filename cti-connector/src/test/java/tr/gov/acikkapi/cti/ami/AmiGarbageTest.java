package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What a broken or hostile PBX (or something in between) can put on the AMI socket: lines without a
 * colon, fields without an {@code Event}, unknown events, stray responses, control bytes, a 1 MB field,
 * a frame of 10,000 fields, a frame missing its blank line. After each, a real call must still be seen
 * from offer to end exactly once, a call in progress across all of them must end once and in view, and
 * the link must not have dropped.
 */
class AmiGarbageTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void garbageUnknownEventsAndOversizedFramesDoNotStopTheStream() throws Exception {
        Map<String, String> faults = new LinkedHashMap<>();
        faults.put("lines without a colon", "Event QueueCallerJoin without colon\r\n::::\r\nPrivilege\r\n\r\n");
        faults.put("fields without an Event line", "Privilege: call,all\r\nUniqueid: 1.2\r\nLinkedid: 1.2\r\n\r\n");
        faults.put("an unknown event", "Event: AcikKapiFutureEvent\r\nPrivilege: call,all\r\n"
                + "Linkedid: 1796000000.1\r\nSomething: new\r\n\r\n");
        faults.put("an empty event name", "Event: \r\nPrivilege: call,all\r\n\r\n");
        faults.put("a stray response", "Response: Success\r\nActionID: nobody-asked_99#\r\nMessage: stray\r\n\r\n");
        faults.put("control bytes", "Event: Newexten\r\nPrivilege: dialplan,all\r\nAppData: \u0000\u0001\u0007\u001b[2J\r\n\r\n");
        faults.put("a 1 MB field", "Event: VarSet\r\nPrivilege: dialplan,all\r\nChannel: Local/x@y-1;1\r\n"
                + "Variable: BIG\r\nValue: " + "A".repeat(1_000_000) + "\r\n\r\n");
        faults.put("10,000 fields", IntStream.range(0, 10_000).mapToObj(i -> "X-" + i + ": v\r\n")
                .collect(Collectors.joining("", "Event: VarSet\r\nPrivilege: dialplan,all\r\n", "\r\n")));
        faults.put("a frame without its blank line", "Event: Newexten\r\nPrivilege: dialplan,all\r\n"
                + "Channel: Local/unterminated@y-1;1\r\n");

        try (LinkHarness h = new LinkHarness("cti", Duration.ofSeconds(5))) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            ScenarioRun across = h.sim.play(Scenario.answered("05320000000", "Local/1003@agents")
                    .withTalk(Duration.ofSeconds(60)));
            h.events.await(CallAnswered.class, a -> a.linkedid().equals(across.linkedid()), BOUND);

            int n = 0;
            for (Map.Entry<String, String> fault : faults.entrySet()) {
                h.sim.sendRaw(fault.getValue());
                ScenarioRun call = h.sim.play(Scenario.answered("053200000" + String.format("%02d", ++n),
                        "Local/1001@agents"));
                h.events.await(CallEnded.class, e -> e.linkedid().equals(call.linkedid()), BOUND);
                assertEquals(1, endsOf(h, call.linkedid()), "after " + fault.getKey());
            }
            assertEquals(0, h.linkChanges(LinkState.DOWN), "the link stayed up");

            h.sim.hangupCall(across.linkedid());
            CallEnded acrossEnd = h.events.await(CallEnded.class, e -> e.linkedid().equals(across.linkedid()), BOUND);
            assertFalse(acrossEnd.summary().endedWhileLinkDown(), "seen to its end");
            h.awaitQuiet();
            assertEquals(1, endsOf(h, across.linkedid()));
        }
    }

    @Test
    void anOversizedCallerNumberIsTreatedAsUnknownAndTheCallIsRecordedOnce() throws Exception {
        try (LinkHarness h = new LinkHarness("cti", Duration.ofSeconds(5))) {
            h.link.start();
            h.awaitLink(LinkState.UP, 1);
            ScenarioRun call = h.sim.play(Scenario.answered("9".repeat(65_536), "Local/1002@agents"));

            CallEnded ended = h.events.await(CallEnded.class, e -> e.linkedid().equals(call.linkedid()), BOUND);
            h.awaitQuiet();

            assertEquals("", ended.summary().callerNumber());
            List<AgentRinging> pops = h.events.ofType(AgentRinging.class);
            assertEquals(1, pops.size());
            assertEquals("", pops.get(0).callerNumber());
            assertEquals(1, endsOf(h, call.linkedid()));
            assertEquals(0, h.linkChanges(LinkState.DOWN));
        }
    }

    private static long endsOf(LinkHarness h, String linkedid) {
        return h.events.ofType(CallEnded.class).stream().filter(e -> e.linkedid().equals(linkedid)).count();
    }
}
