package tr.gov.acikkapi.cti.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.testsupport.FixtureTranscripts;
import tr.gov.acikkapi.cti.testsupport.RawAmiClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the simulator writes is compared with what Asterisk 22.10.1 wrote in the recordings: for every
 * event (and response) type, the field names in order must be one of the recorded shapes. Types that
 * the recordings do not contain are compared with the shapes Asterisk documents for them.
 */
class SimulatorShapeTest {

    private static final List<String> SNAPSHOT = List.of("Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum",
            "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context", "Exten",
            "Priority", "Uniqueid", "Linkedid");
    private static final List<String> BRIDGE = List.of("BridgeUniqueid", "BridgeType", "BridgeTechnology",
            "BridgeCreator", "BridgeName", "BridgeNumChannels", "BridgeVideoSourceMode");

    private AmiSimulator sim;

    @BeforeEach
    void start() {
        sim = AmiSimulator.start(new SimulatorConfig(0, "cti", "cti-secret"));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyScenarioUsesTheRecordedEventShapes() throws Exception {
        try (RawAmiClient client = new RawAmiClient(sim.port())) {
            assertEquals("Success", client.login("cti", "cti-secret").responseStatus().orElseThrow());
            assertEquals(FixtureTranscripts.banner("answered-call"), client.banner());

            List<ScenarioRun> runs = new ArrayList<>();
            runs.add(sim.play(Scenario.answered("05321234567", "Local/1001@agents")));
            runs.add(sim.play(Scenario.abandoned("05329876543")));
            runs.add(sim.play(Scenario.ringNoAnswer("05324445566", "Local/1002@agents", "Local/1003@agents")));
            for (ScenarioRun run : runs) {
                assertTrue(run.await(Duration.ofSeconds(10)));
            }
            ScenarioRun transfer = sim.play(Scenario.transfer("05321110001", "Local/1001@agents", "Local/1002@agents"));
            ScenarioRun attended = sim.play(Scenario.attendedTransfer("05321110004", "Local/1002@agents",
                    "Local/1003@agents", false));
            ScenarioRun waiting = sim.play(Scenario.answered("05321110002", "Local/1001@agents"));
            ScenarioRun queued = sim.play(Scenario.abandoned("05321110003").withPatience(Duration.ofSeconds(1)));
            client.await(m -> m.isEvent("QueueCallerJoin") && m.text("CallerIDNum").equals("05321110003"),
                    Duration.ofSeconds(5));
            client.request(AmiMessage.action("QueueStatus").add("ActionID", "qstatus").add("Queue", "acikkapi").build());
            client.request(AmiMessage.action("QueueSummary").add("ActionID", "qsummary").add("Queue", "acikkapi").build());
            client.request(AmiMessage.action("CoreShowChannels").add("ActionID", "channels").build());
            client.await(m -> m.isEvent("CoreShowChannelsComplete"), Duration.ofSeconds(5));
            assertTrue(transfer.await(Duration.ofSeconds(10)));
            assertTrue(attended.await(Duration.ofSeconds(10)));
            assertTrue(sim.play(Scenario.attendedTransfer("05321110005", "Local/1001@agents", "Local/1003@agents", true))
                    .await(Duration.ofSeconds(10)));
            assertTrue(waiting.await(Duration.ofSeconds(10)));
            assertTrue(queued.await(Duration.ofSeconds(10)));
            assertTrue(sim.play(Scenario.pauseUnpause("Local/1002@agents", "Mola")).await(Duration.ofSeconds(5)));
            assertTrue(sim.play(Scenario.agentLogin("Local/1004@agents")).await(Duration.ofSeconds(5)));
            assertTrue(sim.play(Scenario.agentLogout("Local/1004@agents")).await(Duration.ofSeconds(5)));
            client.request(AmiMessage.action("Originate").add("ActionID", "originate-callback-05551112233")
                    .add("Channel", "Local/1003@agents").add("Context", "outbound").add("Exten", "05551112233")
                    .add("Priority", "1").add("CallerID", "\"Citizen\" <05551112233>").add("Timeout", "30000")
                    .add("Async", "true").build());
            client.await(m -> m.isEvent("OriginateResponse"), Duration.ofSeconds(5));
            client.request(AmiMessage.action("Ping").add("ActionID", "ping").build());
            client.request(AmiMessage.action("CoreSettings").add("ActionID", "settings").build());
            client.request(AmiMessage.action("Hangup").add("ActionID", "hangup-nobody").add("Channel", "Local/x-1;1").build());
            client.request(AmiMessage.action("Logoff").add("ActionID", "logoff").build());
            client.awaitClosed(Duration.ofSeconds(5));

            Map<String, Set<List<String>>> recorded = recordedShapes();
            Map<String, Set<List<String>>> documented = documentedShapes();
            Set<String> seenTypes = new TreeSet<>();
            for (AmiMessage frame : client.frames()) {
                String type = type(frame);
                seenTypes.add(type);
                List<String> shape = frame.fieldNames().subList(1, frame.fields().size());
                if (recorded.containsKey(type) && !documented.containsKey(type)) {
                    assertTrue(recorded.get(type).contains(shape),
                            () -> type + " has shape " + shape + "; recorded: " + recorded.get(type));
                } else {
                    assertTrue(recorded.getOrDefault(type, Set.of()).contains(shape)
                                    || documented.getOrDefault(type, Set.of()).contains(shape),
                            () -> type + " has shape " + shape + ", neither recorded nor documented");
                }
            }
            for (String expected : List.of("Event:QueueCallerJoin", "Event:AgentCalled", "Event:AgentConnect",
                    "Event:AgentComplete", "Event:AgentRingNoAnswer", "Event:QueueCallerAbandon",
                    "Event:QueueMemberStatus", "Event:QueueMemberPause", "Event:BlindTransfer", "Event:QueueEntry",
                    "Event:QueueMember", "Event:QueueParams", "Event:CoreShowChannel", "Event:OriginateResponse",
                    "Event:QueueMemberAdded", "Event:QueueMemberRemoved", "Event:Hangup", "Event:BridgeEnter",
                    "Event:AttendedTransfer", "Event:BridgeMerge", "Event:Hold",
                    "Response:Goodbye", "Response:Error")) {
                assertTrue(seenTypes.contains(expected), () -> "never saw " + expected + " in " + seenTypes);
            }
        }
    }

    /**
     * The simulator's attended transfer completes in the order of each recording: from the target's answer to the
     * first agent's AgentComplete, the same events for the same channels (the first agent's leave and hang-up before
     * the merge in attended-transfer.txt, after it in attended-transfer-merge-first.txt), and AttendedTransfer names
     * the target only where the recording does.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theAttendedTransferCompletesInTheRecordedOrder(boolean mergeFirst) throws Exception {
        String fixture = mergeFirst ? "attended-transfer-merge-first" : "attended-transfer";
        List<String> recorded = completion(FixtureTranscripts.messages(fixture), "Local/1001@agents", "Local/1003@agents");
        try (RawAmiClient client = new RawAmiClient(sim.port())) {
            client.login("cti", "cti-secret");
            assertTrue(sim.play(Scenario.attendedTransfer("02242502032", "Local/1001@agents", "Local/1003@agents",
                    mergeFirst)).await(Duration.ofSeconds(10)));
            client.await(m -> m.isEvent("Hangup") && m.text("Channel").contains("@inbound"), Duration.ofSeconds(5));
            List<String> simulated = completion(client.frames(), "Local/1001@agents", "Local/1003@agents");
            assertEquals(recorded, simulated);
        }
    }

    /**
     * From the target's DialEnd to the first agent's AgentComplete: each event with the role of its channel, and
     * whether AttendedTransfer names a target.
     */
    private static List<String> completion(List<AmiMessage> frames, String agent, String target) {
        List<String> steps = new ArrayList<>();
        boolean started = false;
        for (AmiMessage m : frames) {
            String name = m.eventName().orElse("");
            if (!started && name.equals("DialEnd") && m.text("DestChannel").startsWith(target)) {
                started = true;
            }
            if (!started || List.of("VarSet", "Newexten", "DeviceStateChange", "NewCallerid", "NewConnectedLine",
                    "DTMFBegin", "DTMFEnd", "QueueMemberStatus", "").contains(name)) {
                continue;
            }
            String channel = m.text("Channel").isEmpty() ? m.text("DestChannel") : m.text("Channel");
            String role = channel.startsWith(agent) ? "agent" : channel.startsWith(target) ? "target"
                    : channel.contains("@inbound") ? "caller" : "";
            String half = channel.endsWith(";2") ? ";2" : channel.isEmpty() ? "" : ";1";
            steps.add(name + " " + role + half + (name.equals("AttendedTransfer")
                    ? " target=" + !m.text("TransferTargetChannel").isEmpty() : ""));
            if (name.equals("AgentComplete")) {
                break;
            }
        }
        return steps;
    }

    @Test
    void restartSendsShutdownAndComesBackWithNewUniqueids() throws Exception {
        String before;
        try (RawAmiClient client = new RawAmiClient(sim.port())) {
            client.login("cti", "cti-secret");
            ScenarioRun call = sim.play(Scenario.answered("05321234567", "Local/1001@agents").withTalk(Duration.ofSeconds(30)));
            before = call.linkedid();
            client.await(m -> m.isEvent("AgentConnect"), Duration.ofSeconds(5));
            ScenarioRun restart = sim.play(Scenario.pbxRestart());
            AmiMessage shutdown = client.await(m -> m.isEvent("Shutdown"), Duration.ofSeconds(5));
            assertEquals(List.of("Event", "Privilege", "Timestamp", "Shutdown", "Restart"), shutdown.fieldNames());
            assertEquals("Uncleanly", shutdown.text("Shutdown"));
            client.awaitClosed(Duration.ofSeconds(5));
            assertTrue(restart.await(Duration.ofSeconds(5)));
        }
        try (RawAmiClient client = new RawAmiClient(sim.port())) {
            client.login("cti", "cti-secret");
            ScenarioRun call = sim.play(Scenario.answered("05321234567", "Local/1001@agents"));
            assertTrue(Double.parseDouble(call.linkedid()) > Double.parseDouble(before) || !call.linkedid().equals(before));
            assertTrue(Long.parseLong(call.linkedid().split("\\.")[0]) > Long.parseLong(before.split("\\.")[0]),
                    "a restarted PBX starts Uniqueids from a new second");
            assertTrue(call.await(Duration.ofSeconds(5)));
        }
    }

    @Test
    void wrongCredentialsGiveTheRecordedBytesAndAClosedSocket() throws Exception {
        byte[] expected = FixtureTranscripts.bytes("login-failure");
        byte[] sent = Files.readAllBytes(FixtureTranscripts.dir().resolve("login-failure.sent"));
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(sent);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            socket.setSoTimeout(5_000);
            in.transferTo(received);
            assertArrayEquals(expected, received.toByteArray(), () -> received.toString());
        }
    }

    @Test
    void md5LoginIsAnsweredAsRecorded() throws Exception {
        byte[] sent = Files.readAllBytes(FixtureTranscripts.dir().resolve("login-md5.sent"));
        List<AmiMessage> recorded = FixtureTranscripts.messages("login-md5");
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.getOutputStream().write(sent);
            socket.setSoTimeout(5_000);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(received);
            String text = received.toString(java.nio.charset.StandardCharsets.UTF_8);
            List<AmiMessage> frames = new ArrayList<>();
            for (String frame : text.substring(text.indexOf("\r\n") + 2).split("\r\n\r\n")) {
                if (!frame.isBlank()) {
                    frames.add(AmiMessage.parse(frame));
                }
            }
            assertEquals(recorded.stream().map(AmiMessage::fieldNames).toList(),
                    frames.stream().map(AmiMessage::fieldNames).toList());
            assertEquals(recorded.stream().map(m -> m.text("ActionID")).toList(),
                    frames.stream().map(m -> m.text("ActionID")).toList());
            assertTrue(frames.get(0).text("Challenge").matches("\\d+"));
        }
    }

    @Test
    void actionIdsAreEchoedExactly() throws IOException {
        try (RawAmiClient client = new RawAmiClient(sim.port())) {
            client.login("cti", "cti-secret");
            for (String id : List.of("2095303566_0#", "a b#c", "ÇİĞ-1")) {
                AmiMessage response = client.request(AmiMessage.action("Ping").add("ActionID", id).build());
                assertEquals(id, response.text("ActionID"));
            }
            AmiMessage unknown = client.request(AmiMessage.action("Frobnicate").add("ActionID", "x1").build());
            assertEquals("Error", unknown.responseStatus().orElseThrow());
        }
    }

    private static String type(AmiMessage frame) {
        return frame.fields().get(0).name() + ":" + frame.fields().get(0).value();
    }

    private static Map<String, Set<List<String>>> recordedShapes() {
        Map<String, Set<List<String>>> shapes = new HashMap<>();
        List<String> all = new ArrayList<>(FixtureTranscripts.callTranscripts());
        all.add("login-md5");
        all.add("login-failure");
        for (String fixture : all) {
            for (AmiMessage m : FixtureTranscripts.messages(fixture)) {
                shapes.computeIfAbsent(type(m), k -> new HashSet<>()).add(m.fieldNames().subList(1, m.fields().size()));
            }
        }
        return shapes;
    }

    private static Map<String, Set<List<String>>> documentedShapes() {
        Map<String, Set<List<String>>> shapes = new HashMap<>();
        List<String> blindTransfer = new ArrayList<>(List.of("Privilege", "Timestamp", "Result"));
        SNAPSHOT.forEach(f -> blindTransfer.add("Transferer" + f));
        SNAPSHOT.forEach(f -> blindTransfer.add("Transferee" + f));
        blindTransfer.addAll(BRIDGE);
        blindTransfer.addAll(List.of("IsExternal", "Context", "Extension"));
        shapes.computeIfAbsent("Event:BlindTransfer", k -> new HashSet<>()).add(blindTransfer);
        List<String> member = List.of("Privilege", "Timestamp", "Queue", "MemberName", "Interface", "StateInterface",
                "Membership", "Penalty", "CallsTaken", "LastCall", "LastPause", "LoginTime", "InCall", "Status", "Paused",
                "PausedReason", "Ringinuse", "Wrapuptime");
        shapes.computeIfAbsent("Event:QueueMemberAdded", k -> new HashSet<>()).add(member);
        shapes.computeIfAbsent("Event:QueueMemberRemoved", k -> new HashSet<>()).add(member);
        List<String> coreShowChannel = new ArrayList<>(List.of("ActionID"));
        coreShowChannel.addAll(SNAPSHOT);
        coreShowChannel.addAll(List.of("BridgeId", "Application", "ApplicationData", "Duration"));
        shapes.computeIfAbsent("Event:CoreShowChannel", k -> new HashSet<>()).add(coreShowChannel);
        shapes.computeIfAbsent("Event:CoreShowChannelsComplete", k -> new HashSet<>()).add(List.of("ActionID", "EventList", "ListItems"));
        shapes.computeIfAbsent("Event:Shutdown", k -> new HashSet<>()).add(List.of("Privilege", "Timestamp", "Shutdown", "Restart"));
        shapes.computeIfAbsent("Response:Success", k -> new HashSet<>()).add(List.of("ActionID", "Ping", "Timestamp"));
        shapes.computeIfAbsent("Response:Success", k -> new HashSet<>()).add(List.of("ActionID", "AMIversion",
                "AsteriskVersion", "SystemName", "CoreMaxCalls", "CoreMaxLoadAvg", "CoreRunUser", "CoreRunGroup",
                "CoreMaxFilehandles", "CoreRealTimeEnabled", "CoreCDRenabled", "CoreHTTPenabled"));
        return shapes;
    }
}
