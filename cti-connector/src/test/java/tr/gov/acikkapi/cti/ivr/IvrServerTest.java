package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IvrServerTest {

    private static final String KNOWN_CALLER = "05321234567";

    @Test
    void requestIsTheOneAsterisk22Sent() {
        List<String> request = AsteriskAgiPeer.recordedRequest();

        assertEquals(22, request.size());
        assertEquals("agi_network: yes", request.get(0));
        assertEquals("agi_version: 22.10.1", request.get(7));
        assertTrue(request.get(21).startsWith("agi_threadid: "));
    }

    @Test
    void garbageInsteadOfARequestIsTurnedAwayAndTheServerGoesOn() throws Exception {
        try (RunningIvr ivr = new RunningIvr()) {
            byte[] answer = exchange(ivr.port(), "GET / HTTP/1.1\r\nHost: ivr\r\n\r\n");

            assertEquals(0, answer.length, "not a word to a peer that is not Asterisk");
            assertEquals(0, ivr.cases.calls.get());
            assertServes(ivr);
        }
    }

    @Test
    void peerThatClosesAtOnceOrSendsAnEndlessLineIsTurnedAway() throws Exception {
        try (RunningIvr ivr = new RunningIvr()) {
            new Socket(InetAddress.getLoopbackAddress(), ivr.port()).close();
            byte[] answer = exchange(ivr.port(), "agi_network: yes".repeat(600));

            assertEquals(0, answer.length);
            assertServes(ivr);
        }
    }

    @Test
    void hangUpMidScriptEndsOnlyThatSession() throws Exception {
        try (RunningIvr ivr = new RunningIvr()) {
            var broken = ivr.dial(AsteriskAgiPeer.call("status").from(KNOWN_CALLER).dropsConnectionAtCommand(2));
            assertTrue(broken.dropped);

            awaitNoOpenSessions(ivr);
            assertServes(ivr);
        }
    }

    @Test
    void garbageReplyEndsOnlyThatSession() throws Exception {
        try (RunningIvr ivr = new RunningIvr()) {
            var confused = ivr.dial(AsteriskAgiPeer.call("status").from(KNOWN_CALLER).answersGarbageAtCommand(2)
                    .presses(DammCheck.trackingNumber("100000123") + "#"));

            assertEquals(0, confused.questions, "the script stops at the reply it did not understand");
            assertServes(ivr);
        }
    }

    @Test
    void unknownScriptDoesNothingAndTheDialplanGoesOn() throws Exception {
        try (RunningIvr ivr = new RunningIvr()) {
            var call = ivr.dial(AsteriskAgiPeer.call("unknown-script").from(KNOWN_CALLER));

            assertEquals(List.of("SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\""), call.commands);
            assertServes(ivr);
        }
    }

    @Test
    void stopEndsOpenSessionsAndTheServerStartsAgain() throws Exception {
        try (RunningIvr ivr = new RunningIvr()) {
            AsteriskAgiPeer stalled = AsteriskAgiPeer.call("priority").from(KNOWN_CALLER).stallsAtCommand(1);
            int port = ivr.port();
            CompletableFuture<AsteriskAgiPeer.Transcript> session = CompletableFuture.supplyAsync(() -> dial(stalled, port));
            stalled.awaitFirstCommand();

            ivr.server.stop();

            assertEquals(1, session.get(10, TimeUnit.SECONDS).commands.size());
            assertFalse(ivr.server.isRunning());
            assertTrue(ivr.server.port().isEmpty());

            ivr.server.start();
            assertTrue(ivr.server.isRunning());
            assertServes(ivr);
        }
    }

    @Test
    void sessionsBeyondTheLimitAreClosedAtOnce() throws Exception {
        try (RunningIvr ivr = new RunningIvr(IvrSettings.defaults().withAdmission(Set.of(), 1))) {
            AsteriskAgiPeer stalled = AsteriskAgiPeer.call("priority").from(KNOWN_CALLER).stallsAtCommand(1);
            int port = ivr.port();
            CompletableFuture<AsteriskAgiPeer.Transcript> first = CompletableFuture.supplyAsync(() -> dial(stalled, port));
            stalled.awaitFirstCommand();

            var second = ivr.dial(AsteriskAgiPeer.call("priority").from(KNOWN_CALLER));

            assertTrue(second.commands.isEmpty(), "the second session got no command: " + second.commands);
            ivr.server.stop();
            first.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void peersOffTheAllowListAreTurnedAway() throws Exception {
        try (RunningIvr ivr = new RunningIvr(IvrSettings.defaults().withAdmission(Set.of("192.0.2.10"), 50))) {
            byte[] answer = exchange(ivr.port(), String.join("\n", AsteriskAgiPeer.recordedRequest()) + "\n\n");

            assertEquals(0, answer.length);
            assertEquals(0, ivr.cases.calls.get());
        }
    }

    @Test
    void portInUseIsReportedInEnglishWithTheSettingToChange() throws Exception {
        ExecutorService sessions = Executors.newCachedThreadPool();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IvrSettings settings = IvrSettings.defaults().withListener("127.0.0.1", taken.getLocalPort());
            IvrServer server = new IvrServer(settings, IvrScripts.create(settings, new InMemoryIvrCases(),
                    new DammCheck(), new RecordingAudit(), Clock.systemUTC()), sessions, Thread::new);

            CtiConfigurationException refused = assertThrows(CtiConfigurationException.class, server::start);

            assertTrue(refused.getMessage().contains("cannot listen on"), refused.getMessage());
            assertTrue(refused.getMessage().contains(IvrSettings.PORT), refused.getMessage());
            assertFalse(server.isRunning());
        } finally {
            sessions.shutdownNow();
        }
    }

    /** A priority call from a known caller gets its variables: the server is serving. */
    private static void assertServes(RunningIvr ivr) throws IOException {
        ivr.cases.profile(KNOWN_CALLER, new CallerProfile(Set.of(EscortFlag.ELDERLY), 1, 0));
        var call = ivr.dial(AsteriskAgiPeer.call("priority").from(KNOWN_CALLER));
        assertEquals("10", call.variables.get(QueuePriority.PRIORITY_VARIABLE), call.commands.toString());
    }

    private static AsteriskAgiPeer.Transcript dial(AsteriskAgiPeer peer, int port) {
        try {
            return peer.dial(port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes and returns what came back before the server closed (a reset counts as closed). */
    private static byte[] exchange(int port, String text) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(15_000);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[1024];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // the server closed while we were still sending: turned away, as expected
            }
            return received.toByteArray();
        }
    }

    private static void awaitNoOpenSessions(RunningIvr ivr) throws InterruptedException {
        for (int i = 0; i < 500 && ivr.server.openSessions() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, ivr.server.openSessions());
    }
}
