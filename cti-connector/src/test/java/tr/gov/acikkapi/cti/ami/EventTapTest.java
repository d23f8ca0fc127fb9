package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The tap between the AMI socket and asterisk-java's reader: which frames it takes, and what it leaves, line by line. */
class EventTapTest {

    private static final List<String> BANNER_AND_LOGIN = List.of("Asterisk Call Manager/11.0.0",
            "Response: Success", "ActionID: 1_0#", "Message: Authentication accepted", "");

    @Test
    void thePbxsOwnEventsGoToTheSinkAsWrittenAndNotToTheReader() throws Exception {
        List<String> lines = new ArrayList<>(BANNER_AND_LOGIN);
        lines.addAll(List.of("Event: FullyBooted", "Privilege: system,all", "Status: Fully Booted", ""));
        lines.addAll(List.of("Event: Newchannel", "Privilege: call,all", "Timestamp: 1795896568.257681",
                "Channel: Local/s@inbound-00000001;1", "CallerIDNum: <unknown>", "Exten: ", "Context:inbound",
                "no colon here", ""));

        Tapped t = tap(lines);

        assertEquals(BANNER_AND_LOGIN, t.read);
        assertEquals(2, t.taken.size());
        assertEquals(List.of(new AmiMessage.Field("Event", "FullyBooted"), new AmiMessage.Field("Privilege", "system,all"),
                new AmiMessage.Field("Status", "Fully Booted")), t.taken.get(0).fields());
        assertEquals(List.of(new AmiMessage.Field("Event", "Newchannel"), new AmiMessage.Field("Privilege", "call,all"),
                new AmiMessage.Field("Timestamp", "1795896568.257681"),
                new AmiMessage.Field("Channel", "Local/s@inbound-00000001;1"),
                new AmiMessage.Field("CallerIDNum", "<unknown>"), new AmiMessage.Field("Exten", ""),
                new AmiMessage.Field("Context", "inbound"), new AmiMessage.Field("", "no colon here")),
                t.taken.get(1).fields());
    }

    @Test
    void eventsThatAnswerAnActionReachTheReaderLineForLineInTheirPlace() throws Exception {
        List<String> own1 = List.of("Event: QueueMemberStatus", "Privilege: agent,all", "Interface: Local/1001@agents", "");
        List<String> answer = List.of("Event: QueueMember", "Queue: acikkapi", "actionid: 2095303566_3#", "Paused: 0", "");
        List<String> own2 = List.of("Event: Hangup", "Privilege: call,all", "Linkedid: 1.1", "");
        List<String> complete = List.of("Event: QueueStatusComplete", "ActionID: 2095303566_3#", "ListItems: 1", "");
        List<String> lines = new ArrayList<>(BANNER_AND_LOGIN);
        lines.addAll(List.of("Response: Success", "ActionID: 2095303566_3#", "EventList: start", "Message: Queue status will follow", ""));
        lines.addAll(own1);
        lines.addAll(answer);
        lines.addAll(own2);
        lines.addAll(complete);

        Tapped t = tap(lines);

        List<String> expectedRead = new ArrayList<>(BANNER_AND_LOGIN);
        expectedRead.addAll(List.of("Response: Success", "ActionID: 2095303566_3#", "EventList: start",
                "Message: Queue status will follow", ""));
        expectedRead.addAll(answer);
        expectedRead.addAll(complete);
        assertEquals(expectedRead, t.read);
        assertEquals(List.of("QueueMemberStatus", "Hangup"), t.taken.stream().map(m -> m.eventName().orElseThrow()).toList());
    }

    @Test
    void anEventLineInsideACommandsOutputIsNotAFrameOfItsOwn() throws Exception {
        List<String> lines = List.of("Response: Follows", "Privilege: Command", "ActionID: 1_4#",
                "Event: this is output of the command", "--END COMMAND--", "");
        Tapped t = tap(lines);
        assertEquals(lines, t.read);
        assertEquals(List.of(), t.taken);
    }

    @Test
    void withoutASinkEverythingReachesTheReader() throws Exception {
        List<String> lines = new ArrayList<>(BANNER_AND_LOGIN);
        lines.addAll(List.of("Event: Newchannel", "Channel: Local/x@y-1;1", ""));
        EventTap tap = new EventTap(new ScriptedSocket(lines), null, "test");
        assertEquals(lines, readAll(tap));
    }

    @Test
    void aFrameCutOffByTheEndOfTheStreamIsDropped() throws Exception {
        List<String> lines = new ArrayList<>(BANNER_AND_LOGIN);
        lines.addAll(List.of("Event: Hangup", "Linkedid: 1.1", ""));
        lines.addAll(List.of("Event: Hangup", "Linkedid: 1.2"));
        Tapped t = tap(lines);
        assertEquals(BANNER_AND_LOGIN, t.read);
        assertEquals(List.of("1.1"), t.taken.stream().map(m -> m.text("Linkedid")).toList());
    }

    @Test
    void aSinkThatFailsLosesThatEventOnlyAndTheReaderGoesOn() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Event: Hangup", "Linkedid: 1.1", ""));
        lines.addAll(List.of("Event: Hangup", "Linkedid: 1.2", ""));
        lines.addAll(List.of("Response: Success", "ActionID: 1_1#", "Ping: Pong", ""));
        List<AmiMessage> taken = new ArrayList<>();
        Consumer<AmiMessage> sink = m -> {
            if (m.text("Linkedid").equals("1.1")) {
                throw new IllegalStateException("lane shut down");
            }
            taken.add(m);
        };
        EventTap tap = new EventTap(new ScriptedSocket(lines), sink, "test");
        assertEquals(List.of("Response: Success", "ActionID: 1_1#", "Ping: Pong", ""), readAll(tap));
        assertEquals(List.of("1.2"), taken.stream().map(m -> m.text("Linkedid")).toList());
        assertNull(tap.readLine());
    }

    private record Tapped(List<String> read, List<AmiMessage> taken) {
    }

    private static Tapped tap(List<String> lines) throws Exception {
        List<AmiMessage> taken = new ArrayList<>();
        EventTap tap = new EventTap(new ScriptedSocket(lines), taken::add, "test");
        return new Tapped(readAll(tap), taken);
    }

    private static List<String> readAll(EventTap tap) throws Exception {
        List<String> read = new ArrayList<>();
        String line;
        while ((line = tap.readLine()) != null) {
            read.add(line);
        }
        return read;
    }
}
