package tr.gov.acikkapi.cti.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asterisk's side of the FastAGI session that {@code AGI(agi://…/survey,${ACIKKAPI_TRACKING})} opens on an answered
 * survey call: the {@code agi_*} lines as in the recorded session (ivr-status.fastagi.txt), then an answer to each
 * command, with the simulated citizen's keys for GET DATA. Runs on a thread of its own (it blocks on the socket);
 * returns the variables the script set when the server closes the connection.
 */
final class SurveyAgiSession {

    private static final Logger LOG = Logger.getLogger(SurveyAgiSession.class.getName());
    private static final int TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int port;
    private final String channel;
    private final String uniqueid;
    private final String callerId;
    private final Map<String, String> channelVariables;
    private final Deque<String> keys;

    SurveyAgiSession(String host, int port, String channel, String uniqueid, String callerId,
            Map<String, String> channelVariables, List<String> keys) {
        this.host = host;
        this.port = port;
        this.channel = channel;
        this.uniqueid = uniqueid;
        this.callerId = callerId;
        this.channelVariables = Map.copyOf(channelVariables);
        this.keys = new ArrayDeque<>(keys);
    }

    /** Runs the session to its end; the variables the script set (empty when the server could not be reached). */
    Map<String, String> run() {
        Map<String, String> set = new LinkedHashMap<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write(request().getBytes(StandardCharsets.UTF_8));
            out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                out.write(answer(split(line), set).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Simulated survey AGI session ended: {0}", e.getMessage());
        }
        return set;
    }

    private String request() {
        String tracking = channelVariables.getOrDefault("ACIKKAPI_TRACKING", "");
        return "agi_network: yes\nagi_network_script: survey\nagi_request: agi://" + host + ":" + port + "/survey\n"
                + "agi_channel: " + channel + "\nagi_language: tr\nagi_type: Local\nagi_uniqueid: " + uniqueid + "\n"
                + "agi_version: 22.10.1\nagi_callerid: " + callerId + "\nagi_calleridname: Acik Kapi\n"
                + "agi_callingpres: 0\nagi_callingani2: 0\nagi_callington: 0\nagi_callingtns: 0\nagi_dnid: unknown\n"
                + "agi_rdnis: unknown\nagi_context: survey\nagi_extension: s\nagi_priority: 4\nagi_enhanced: 0.0\n"
                + "agi_accountcode: \nagi_threadid: " + Thread.currentThread().getId() + "\nagi_arg_1: " + tracking
                + "\n\n";
    }

    private String answer(List<String> args, Map<String, String> set) {
        String verb = args.isEmpty() ? "" : args.get(0);
        String second = args.size() > 1 ? args.get(1) : "";
        switch (verb + " " + second) {
            case "STREAM FILE":
                return "200 result=0 endpos=16000\n";
            case "GET DATA": {
                String pressed = keys.isEmpty() ? "" : keys.pollFirst();
                return pressed.isEmpty() ? "200 result= (timeout)\n" : "200 result=" + pressed + "\n";
            }
            case "CHANNEL STATUS":
                return "200 result=6\n";
            case "SET VARIABLE":
                set.put(args.size() > 2 ? args.get(2) : "", args.size() > 3 ? args.get(3) : "");
                return "200 result=1\n";
            case "GET VARIABLE": {
                String value = channelVariables.get(args.size() > 2 ? args.get(2) : "");
                return value == null ? "200 result=0\n" : "200 result=1 (" + value + ")\n";
            }
            default:
                return verb.equals("ANSWER") ? "200 result=0\n" : "200 result=1\n";
        }
    }

    /** Splits a command as Asterisk does: blanks separate, double quotes group. */
    private static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    args.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(current.toString());
        }
        return args;
    }
}
