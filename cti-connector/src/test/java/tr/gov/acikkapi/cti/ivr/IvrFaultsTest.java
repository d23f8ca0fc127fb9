package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * FastAGI peers that misbehave in ways a network peer can: stop half-way through the request and stay
 * silent, stop answering in the middle of a script, send a request block far larger than Asterisk's.
 * The server must close them on its own timeouts or limits and give the session slot back: with one
 * slot only, the next proper call is served.
 */
class IvrFaultsTest {

    private static final String KNOWN_CALLER = "05321234567";

    /** One session slot, short handshake and reply timeouts. */
    private static IvrSettings oneSlotShortTimeouts() {
        IvrSettings d = IvrSettings.defaults();
        return new IvrSettings(d.bindAddress(), d.port(), Set.of(), 1, Duration.ofMillis(300), Duration.ofMillis(300),
                d.digitTimeout(), d.maxTries(), d.throttleFailures(), d.throttleWindow(), d.throttleCallers(),
                d.escortPriority(), d.overduePriority());
    }

    @Test
    void aPeerThatStopsInTheMiddleOfTheRequestIsClosedAtTheHandshakeTimeout() throws Exception {
        try (RunningIvr ivr = new RunningIvr(oneSlotShortTimeouts())) {
            String half = String.join("\n", AsteriskAgiPeer.recordedRequest().subList(0, 5)) + "\n";

            byte[] answer = exchangeAndStaySilent(ivr.port(), half);

            assertEquals(0, answer.length, "closed without a word");
            awaitNoOpenSessions(ivr);
            assertServes(ivr);
        }
    }

    @Test
    void aPeerThatStopsAnsweringMidScriptIsClosedAtTheReplyTimeout() throws Exception {
        try (RunningIvr ivr = new RunningIvr(oneSlotShortTimeouts())) {
            AsteriskAgiPeer stalled = AsteriskAgiPeer.call("priority").from(KNOWN_CALLER).stallsAtCommand(1);

            AsteriskAgiPeer.Transcript transcript = ivr.dial(stalled);

            assertEquals(1, transcript.commands().size(), "the server gave up after the unanswered command");
            awaitNoOpenSessions(ivr);
            assertServes(ivr);
        }
    }

    @Test
    void anOversizedRequestBlockIsTurnedAway() throws Exception {
        try (RunningIvr ivr = new RunningIvr(oneSlotShortTimeouts())) {
            String manyLines = IntStream.range(0, FastAgiSocket.MAX_REQUEST_LINES + 50)
                    .mapToObj(i -> "agi_arg_" + i + ": x").collect(Collectors.joining("\n", "", "\n\n"));
            String hugeValue = "agi_network: yes\nagi_calleridname: " + "A".repeat(1_000_000) + "\n\n";

            assertEquals(0, exchangeAndStaySilent(ivr.port(), manyLines).length);
            assertEquals(0, exchangeAndStaySilent(ivr.port(), hugeValue).length);
            awaitNoOpenSessions(ivr);
            assertServes(ivr);
        }
    }

    /** A priority call from a known caller gets its variables: the server is serving. */
    private static void assertServes(RunningIvr ivr) throws IOException {
        ivr.cases.profile(KNOWN_CALLER, new CallerProfile(Set.of(EscortFlag.ELDERLY), 1, 0));
        AsteriskAgiPeer.Transcript call = ivr.dial(AsteriskAgiPeer.call("priority").from(KNOWN_CALLER));
        assertEquals("10", call.variables().get(QueuePriority.PRIORITY_VARIABLE), call.commands().toString());
    }

    /**
     * Sends the text, then says nothing more but keeps the socket open; returns what came back before
     * the server closed it (a reset counts as closed). Fails if the server never closes.
     */
    private static byte[] exchangeAndStaySilent(int port, String text) throws IOException {
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
                // the server closed while we were still sending: turned away
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
