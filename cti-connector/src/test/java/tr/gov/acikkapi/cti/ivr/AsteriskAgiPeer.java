package tr.gov.acikkapi.cti.ivr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Plays Asterisk 22's side of a FastAGI session over real TCP: it sends the 22 {@code agi_*} lines of the
 * recorded session (ivr-status.fastagi.txt, values substituted), a blank line, then reads commands and
 * answers them the way Asterisk does (LF line endings): GET DATA with the keys the simulated caller presses,
 * {@code 200 result= (timeout)} when they press none; STREAM FILE {@code 200 result=0 endpos=...};
 * SET VARIABLE {@code 200 result=1}; CHANNEL STATUS {@code 200 result=6} (up); after a hang-up
 * {@code 200 result=-1}, {@code HANGUP}, then {@code 511} for every command. The session ends when the server
 * closes the connection.
 *
 * <p>A sound file that is not installed ({@link #withoutSoundFiles()}, a fresh Asterisk) is answered as
 * res_agi.c does on a live channel: STREAM FILE {@code 200 result=-1 endpos=0}, GET DATA {@code 200 result=-1}
 * before any key is read (ast_app_getdata_full returns when its prompt cannot be streamed); a GET DATA with an
 * empty prompt only collects keys.
 *
 * <p>Public, and published in this module's test jar, so that the integration tests of the deployed EAR dial
 * the IVR inside WildFly with the same peer.
 */
public final class AsteriskAgiPeer {

    private static final List<String> RECORDED_REQUEST = loadRecordedRequest();

    private final String script;
    private String callerId = "05321234567";
    private String callerName = "Citizen";
    private int callingPres;
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> channelVariables = new LinkedHashMap<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private int dropAtCommand = -1;
    private int garbageAtCommand = -1;
    private int stallAtCommand = -1;
    private boolean soundFilesInstalled = true;
    private final CountDownLatch firstCommand = new CountDownLatch(1);

    private AsteriskAgiPeer(String script) {
        this.script = script;
    }

    /** A call whose dialplan runs {@code AGI(agi://127.0.0.1:port/script)}. */
    public static AsteriskAgiPeer call(String script) {
        return new AsteriskAgiPeer(script);
    }

    /** The 22 request lines Asterisk 22.10.1 sent in the recorded session, in order. */
    public static List<String> recordedRequest() {
        return RECORDED_REQUEST;
    }

    private static List<String> loadRecordedRequest() {
        try (InputStream in = AsteriskAgiPeer.class.getResourceAsStream("ivr-status.fastagi.txt")) {
            Objects.requireNonNull(in, "ivr-status.fastagi.txt missing from the test resources");
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("<< agi_")) {
                    lines.add(line.substring(3));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AsteriskAgiPeer from(String number) {
        this.callerId = number;
        return this;
    }

    /** Caller ID withheld (presentation restricted), as Asterisk reports it. */
    public AsteriskAgiPeer withheld() {
        this.callingPres = 32;
        return this;
    }

    public AsteriskAgiPeer argument(String value) {
        arguments.add(value);
        return this;
    }

    public AsteriskAgiPeer variable(String name, String value) {
        channelVariables.put(name, value);
        return this;
    }

    /**
     * What the caller presses for the next questions (GET DATA), one string per question, e.g.
     * {@code "1234567890#"}; {@code ""} presses nothing (timeout). Questions beyond these get silence.
     */
    public AsteriskAgiPeer presses(String... keysPerQuestion) {
        answers.addAll(List.of(keysPerQuestion));
        return this;
    }

    /** The caller hangs up at the next question not covered by {@link #presses(String...)}. */
    public AsteriskAgiPeer hangsUpAtNextQuestion() {
        answers.add(HANG_UP);
        return this;
    }

    /** The connection breaks (socket closed, no reply) when the n-th command (1-based) arrives. */
    public AsteriskAgiPeer dropsConnectionAtCommand(int n) {
        this.dropAtCommand = n;
        return this;
    }

    /** The n-th command (1-based) is answered with a line that is not AGI. */
    public AsteriskAgiPeer answersGarbageAtCommand(int n) {
        this.garbageAtCommand = n;
        return this;
    }

    /** The n-th command (1-based) gets no answer at all: the peer waits until the server closes. */
    public AsteriskAgiPeer stallsAtCommand(int n) {
        this.stallAtCommand = n;
        return this;
    }

    /** No sound file is installed: every STREAM FILE and every GET DATA prompt fails to open, as on a fresh PBX. */
    public AsteriskAgiPeer withoutSoundFiles() {
        this.soundFilesInstalled = false;
        return this;
    }

    /** Waits until the server sent its first command. */
    public void awaitFirstCommand() throws InterruptedException {
        firstCommand.await();
    }

    private static final String HANG_UP = "\u0000hangup";

    /** Connects, runs the session, and returns what the server did in it. */
    public Transcript dial(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write(request(port).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return converse(in, out);
        }
    }

    private String request(int port) {
        StringBuilder sb = new StringBuilder();
        for (String line : RECORDED_REQUEST) {
            String key = line.substring(0, line.indexOf(':'));
            String value = switch (key) {
                case "agi_network_script" -> script;
                case "agi_request" -> "agi://127.0.0.1:" + port + "/" + script;
                case "agi_callerid" -> callerId;
                case "agi_calleridname" -> callerName;
                case "agi_callingpres" -> Integer.toString(callingPres);
                default -> line.substring(line.indexOf(':') + 2);
            };
            sb.append(key).append(": ").append(value).append('\n');
        }
        for (int i = 0; i < arguments.size(); i++) {
            sb.append("agi_arg_").append(i + 1).append(": ").append(arguments.get(i)).append('\n');
        }
        return sb.append('\n').toString();
    }

    private Transcript converse(BufferedReader in, OutputStream out) throws IOException {
        Transcript transcript = new Transcript();
        boolean hungUp = false;
        String line;
        while ((line = in.readLine()) != null) {
            transcript.commandNanos.add(System.nanoTime());
            transcript.commands.add(line);
            firstCommand.countDown();
            int n = transcript.commands.size();
            if (n == dropAtCommand) {
                transcript.dropped = true;
                return transcript;
            }
            if (n == stallAtCommand) {
                while (in.readLine() != null) {
                    // wait for the server to close the connection
                }
                return transcript;
            }
            String reply;
            if (n == garbageAtCommand) {
                reply = "garbage from a confused peer\n";
            } else if (hungUp) {
                reply = "511 Command Not Permitted on a dead channel or intercept routine\n";
            } else {
                List<String> args = tokens(line);
                reply = answer(args, transcript);
                hungUp = reply.startsWith("200 result=-1\nHANGUP");
            }
            out.write(reply.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        return transcript;
    }

    private String answer(List<String> args, Transcript transcript) {
        String verb = args.isEmpty() ? "" : args.get(0);
        String second = args.size() > 1 ? args.get(1) : "";
        switch (verb + " " + second) {
            case "STREAM FILE":
                if (!soundFilesInstalled) {
                    transcript.missing.add(args.get(2));
                    return "200 result=-1 endpos=0\n";
                }
                transcript.played.add(args.get(2));
                return "200 result=0 endpos=16000\n";
            case "GET DATA":
                if (!args.get(2).isEmpty()) {
                    if (!soundFilesInstalled) {
                        transcript.missing.add(args.get(2));
                        return "200 result=-1\n";
                    }
                    transcript.played.add(args.get(2));
                }
                transcript.questions++;
                return getData(args.size() > 4 ? Integer.parseInt(args.get(4)) : 1024);
            case "CHANNEL STATUS":
                return "200 result=6\n";
            case "SAY DATETIME":
                ZoneId zone = ZoneId.of(args.size() > 5 ? args.get(5) : "UTC");
                transcript.saidDates.add(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(args.get(2))), zone));
                return "200 result=0\n";
            case "SET VARIABLE":
                transcript.variables.put(args.get(2), args.size() > 3 ? args.get(3) : "");
                return "200 result=1\n";
            case "GET VARIABLE": {
                String value = channelVariables.get(args.get(2));
                return value == null ? "200 result=0\n" : "200 result=1 (" + value + ")\n";
            }
            default:
                break;
        }
        if (verb.equals("ANSWER")) {
            transcript.answered = true;
            return "200 result=0\n";
        }
        if (verb.equals("VERBOSE")) {
            return "200 result=1\n";
        }
        return "510 Invalid or unknown command\n";
    }

    /** GET DATA as Asterisk computes it from the keys pressed: '#' ends, max digits ends, else timeout. */
    private String getData(int maxDigits) {
        String keys = answers.isEmpty() ? "" : answers.pollFirst();
        if (keys.equals(HANG_UP)) {
            return "200 result=-1\nHANGUP\n";
        }
        StringBuilder got = new StringBuilder();
        for (char c : keys.toCharArray()) {
            if (c == '#') {
                return "200 result=" + got + "\n";
            }
            got.append(c);
            if (got.length() == maxDigits) {
                return "200 result=" + got + "\n";
            }
        }
        return "200 result=" + got + " (timeout)\n";
    }

    /** Splits a command as Asterisk's parse_args does: blanks separate, double quotes group, backslash escapes. */
    static List<String> tokens(String command) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean inToken = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && i + 1 < command.length()) {
                current.append(command.charAt(++i));
                inToken = true;
            } else if (c == '"') {
                quoted = !quoted;
                inToken = true;
            } else if (c == ' ' && !quoted) {
                if (inToken) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (inToken) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** What the server did during one session. */
    public static final class Transcript {
        final List<String> commands = new ArrayList<>();
        /** {@link System#nanoTime()} at which each command's line was read, in order. */
        final List<Long> commandNanos = new ArrayList<>();
        /** Sound files in the order played (STREAM FILE, and the prompt of each GET DATA). */
        final List<String> played = new ArrayList<>();
        /** Sound files the server asked for that were not installed, in order. */
        final List<String> missing = new ArrayList<>();
        final Map<String, String> variables = new LinkedHashMap<>();
        final List<LocalDate> saidDates = new ArrayList<>();
        int questions;
        boolean answered;
        boolean dropped;

        public long timesPlayed(IvrPrompt prompt) {
            return played.stream().filter(prompt.file()::equals).count();
        }

        public boolean heard(IvrPrompt prompt) {
            return played.contains(prompt.file());
        }

        /** Every command line the server sent, in order. */
        public List<String> commands() {
            return List.copyOf(commands);
        }

        /** {@link System#nanoTime()} at which each command arrived, in order (for timing a session's steps). */
        public List<Long> commandNanos() {
            return List.copyOf(commandNanos);
        }

        /** Sound files in the order played (STREAM FILE, and the prompt of each GET DATA). */
        public List<String> played() {
            return List.copyOf(played);
        }

        /** Sound files asked for but not installed (STREAM FILE and GET DATA prompts), in order. */
        public List<String> missing() {
            return List.copyOf(missing);
        }

        /** Channel variables the server set (SET VARIABLE), the last value of each. */
        public Map<String, String> variables() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }

        /** The prompts played ({@link IvrPrompt} files), in order, without the number and month words. */
        public List<String> prompts() {
            Set<String> words = Arrays.stream(IvrWord.values()).map(IvrWord::file).collect(Collectors.toSet());
            return played.stream().filter(file -> !words.contains(file)).toList();
        }

        /**
         * The Turkish words of the number and month files played ({@link IvrWord}), in order, blank-separated:
         * what the caller heard of numbers and dates, e.g. {@code "beş Aralık iki bin yirmi altı"}.
         */
        public String words() {
            Map<String, String> texts = new LinkedHashMap<>();
            for (IvrWord word : IvrWord.values()) {
                texts.put(word.file(), word.text());
            }
            return played.stream().filter(texts::containsKey).map(texts::get).collect(Collectors.joining(" "));
        }

        /** Dates told with SAY DATETIME, in the time zone the server asked for. */
        public List<LocalDate> saidDates() {
            return List.copyOf(saidDates);
        }

        /** How many GET DATA questions were asked. */
        public int questions() {
            return questions;
        }

        /** Whether the server answered the channel. */
        public boolean answered() {
            return answered;
        }
    }
}
