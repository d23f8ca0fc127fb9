package tr.gov.acikkapi.cti.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves one recorded transcript to whoever connects: it answers asterisk-java's own login handshake
 * (banner from the file, Challenge, Login, CoreSettings) with the client's ActionIDs, then sends the
 * rest of the file byte for byte, from the message after the recorded login response to the end.
 * Ping and Logoff are answered afterwards.
 */
public final class ReplayServer implements AutoCloseable {

    private final ServerSocket server;
    private final byte[] transcript;
    private final Thread acceptor;

    public ReplayServer(String fixture) throws IOException {
        this.transcript = FixtureTranscripts.bytes(fixture);
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "replay-" + fixture);
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "replay-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            String text = new String(transcript, StandardCharsets.ISO_8859_1);
            int bannerEnd = text.indexOf("\r\n") + 2;
            int loginEnd = text.indexOf("\r\n\r\n", bannerEnd) + 4;
            OutputStream out = socket.getOutputStream();
            out.write(transcript, 0, bannerEnd);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            Map<String, String> action = new LinkedHashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        action.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                                line.substring(colon + 1).trim());
                    }
                    continue;
                }
                String name = action.getOrDefault("action", "").toLowerCase(java.util.Locale.ROOT);
                String id = action.getOrDefault("actionid", "");
                action.clear();
                switch (name) {
                    case "challenge" -> send(out, "Response: Success\r\nActionID: " + id + "\r\nChallenge: 933278643\r\n\r\n");
                    case "login" -> send(out, "Response: Success\r\nActionID: " + id
                            + "\r\nMessage: Authentication accepted\r\n\r\n");
                    case "coresettings" -> {
                        send(out, "Response: Success\r\nActionID: " + id + "\r\nAMIversion: 11.0.0\r\n"
                                + "AsteriskVersion: 22.10.1\r\nSystemName: \r\nCoreMaxCalls: 0\r\n"
                                + "CoreMaxLoadAvg: 0.000000\r\nCoreRunUser: asterisk\r\nCoreRunGroup: asterisk\r\n"
                                + "CoreMaxFilehandles: 0\r\nCoreRealTimeEnabled: No\r\nCoreCDRenabled: No\r\n"
                                + "CoreHTTPenabled: No\r\n\r\n");
                        out.write(transcript, loginEnd, transcript.length - loginEnd);
                        out.flush();
                    }
                    case "ping" -> send(out, "Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\nTimestamp: 0.0\r\n\r\n");
                    case "logoff" -> {
                        send(out, "Response: Goodbye\r\nActionID: " + id + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
                        return;
                    }
                    default -> send(out, "Response: Error\r\nActionID: " + id + "\r\nMessage: Not in this replay\r\n\r\n");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
