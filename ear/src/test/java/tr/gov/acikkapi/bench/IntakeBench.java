package tr.gov.acikkapi.bench;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 2, AMI intake: one recorded call (answered-call.txt, every event as Asterisk sent it) repeated with fresh
 * Uniqueids and Linkedids until the stream holds the wanted number of events, written at full speed by a server that
 * answers the login as Asterisk does, in turn to two consumers, alternating, the same stream for both in a round:
 * <ul>
 * <li>bare asterisk-java: a {@link ManagerConnection} in this JVM whose listener only counts (the baseline);</li>
 * <li>ours: the deployed EAR in WildFly, whose second PBX link ({@code AMI_SERVERS=pbx,intake}) is connected to this
 * server ({@link WildFlyFeed}), with every listener the EAR registers: the correlator, the screen pop board (each call
 * rings one of the benchmark's agents, from the number of a citizen with open applications, so each pop looks the
 * caller up and audits it), the wallboard, the call records through the outbox, the callback and wrap-up
 * observers.</li>
 * </ul>
 * Events per second of the stream, from the moment the stream starts to be written until the consumer was done:
 * for bare asterisk-java its listener's last event; for ours the later of the round's last call record and its last
 * pop's audit rows, both written by WildFly with its clock (this machine's). asterisk-java's "Event queue is full"
 * errors are counted as drops of the baseline; a call of the stream without its call record or its pop is a drop of
 * ours.
 */
final class IntakeBench {

    /**
     * The ids a call's events carry, up to the line's end. (Not {@code \\r$}: in MULTILINE mode Java's {@code $} does
     * not match between the CR and the LF of a line end, so until 7 December the ids were never replaced and every
     * call of the stream had the recorded call's ids.)
     */
    private static final Pattern UNIQUEID = Pattern.compile("(?m)^(?:Uniqueid|Linkedid|DestUniqueid|DestLinkedid"
            + "|LocalOneUniqueid|LocalOneLinkedid|LocalTwoUniqueid|LocalTwoLinkedid|TransfererUniqueid"
            + "|TransfererLinkedid|TransfereeUniqueid|TransfereeLinkedid|SecondTransfererUniqueid"
            + "|SecondTransfererLinkedid|OrigTransfererUniqueid|OrigTransfererLinkedid): (\\d+)\\.(\\d+)(?=\r\n)");
    /** The recorded call's agent (Local/1001@agents, "Agent 1001", Exten 1001) and caller, as whole numbers. */
    private static final Pattern AGENT = Pattern.compile("(?<![0-9])1001(?![0-9])");
    private static final String CALLER = "05321234567";
    private static final Duration QUIET = Duration.ofSeconds(3);
    /** Ours is given up on after this long without a new call record or pop. */
    private static final Duration STALLED = Duration.ofSeconds(20);

    /**
     * One consumer's run: events it handled (bare asterisk-java's listener count; for ours, which counts no events,
     * the stream's), the stream's events, the time from the first byte written until done, drops; for ours the
     * calls of the stream and how many got their call record and their pop.
     */
    record Run(String loadAtStart, long events, long streamEvents, long nanos, long drops, long calls, long recorded,
               long popped) {
        double perSecond() {
            return nanos == 0 ? 0 : streamEvents * 1e9 / nanos;
        }
    }

    /** Both consumers' runs (alternating, bare first in each round) and the stream they read. */
    record Result(int callsInStream, int eventsSent, List<Run> bareRuns, List<Run> ourRuns) {
    }

    private final String call;
    private final int perCall;
    private final int calls;
    private final DropCounter drops = new DropCounter();
    private int rounds = 3;

    private IntakeBench(String call, int perCall, int calls) {
        this.call = call;
        this.perCall = perCall;
        this.calls = calls;
    }

    /** Reads the recorded call; the stream will repeat it until it holds at least {@code events} events. */
    static IntakeBench fromFixture(Path fixtures, int events) throws IOException {
        String text = Files.readString(fixtures.resolve("ami/answered-call.txt"), StandardCharsets.ISO_8859_1);
        List<String> messages = new ArrayList<>();
        for (String message : text.substring(text.indexOf("\r\n") + 2).split("\r\n\r\n")) {
            if (message.startsWith("Event: ") && !message.startsWith("Event: FullyBooted")
                    && !message.startsWith("Event: SuccessfulAuth")) {
                messages.add(message + "\r\n\r\n");
            }
        }
        int perCall = messages.size();
        return new IntakeBench(String.join("", messages), perCall, Math.max(1, (events + perCall - 1) / perCall));
    }

    /** How many times each consumer reads the stream, alternating. */
    IntakeBench rounds(int n) {
        rounds = Math.max(1, n);
        return this;
    }

    /**
     * The stream of one round: the call repeated, each time on the next agent ({@code Local/2001@agents} …) from the
     * next caller, with Uniqueids and Linkedids of its own, different in every round and every benchmark run (their
     * seconds moved to now), so that the call records of a round are new rows.
     */
    byte[] stream(int round, int agents, List<String> callers) {
        long base = System.currentTimeMillis() / 1000 + 1000L * round;
        Matcher first = UNIQUEID.matcher(call);
        long firstSeconds = first.find() ? Long.parseLong(first.group(1)) : 0;
        StringBuilder all = new StringBuilder(call.length() * calls);
        for (int r = 0; r < calls; r++) {
            int rep = r;
            String one = AGENT.matcher(call).replaceAll(Integer.toString(2000 + 1 + r % agents))
                    .replace(CALLER, callers.get(r % callers.size()));
            Matcher m = UNIQUEID.matcher(one);
            all.append(m.replaceAll(match -> match.group(0).substring(0, match.group(0).indexOf(": ") + 2)
                    + (Long.parseLong(match.group(1)) - firstSeconds + base) + "."
                    + (Long.parseLong(match.group(2)) + 1000L * (rep + 1))));
        }
        return all.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    int eventsSent() {
        return perCall * calls;
    }

    /**
     * The rounds, each bare asterisk-java first and then ours, on the same stream: {@code ours} is the feed WildFly's
     * intake link is connected to, {@code connection} the benchmark database (for the call records and pops written).
     */
    Result run(WildFlyFeed ours, Connection connection, int agents, List<String> callers) throws Exception {
        Logger asteriskJava = Logger.getLogger("org.asteriskjava");
        asteriskJava.setUseParentHandlers(false);
        asteriskJava.addHandler(drops);
        try {
            List<Run> bare = new ArrayList<>();
            List<Run> our = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                byte[] stream = stream(round, agents, callers);
                bare.add(runBare(stream));
                our.add(runOurs(ours, connection, stream));
                BenchmarkRun.progress("  round %d: bare asterisk-java %,.0f events/s (%d dropped); ours %,.0f events/s "
                        + "(%d of %d calls recorded, %d popped)", round + 1, bare.get(round).perSecond(),
                        bare.get(round).drops(), our.get(round).perSecond(), our.get(round).recorded(), calls,
                        our.get(round).popped());
            }
            return new Result(calls, eventsSent(), bare, our);
        } finally {
            asteriskJava.removeHandler(drops);
        }
    }

    private Run runBare(byte[] stream) throws Exception {
        String load = Machine.loadNow();
        long dropsBefore = drops.count.get();
        try (BlastServer server = new BlastServer()) {
            ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", server.port(), "cti", "secret")
                    .createManagerConnection();
            Counter counter = new Counter();
            connection.addEventListener(event -> counter.hit());
            connection.login();
            long started;
            try {
                started = System.nanoTime();
                server.blast(stream);
                counter.awaitQuiet();
            } finally {
                connection.logoff();
            }
            return new Run(load, counter.count.get(), eventsSent(), counter.lastNanos - started,
                    drops.count.get() - dropsBefore, calls, -1, -1);
        }
    }

    /**
     * Ours: the stream to WildFly's intake link; then, every 100 ms, the round's call records and pops in the
     * database, until every call has both or nothing new came for {@link #STALLED}.
     */
    private Run runOurs(WildFlyFeed feed, Connection connection, byte[] stream) throws Exception {
        String load = Machine.loadNow();
        long recordFrom = maxId(connection, "call_record");
        long auditFrom = maxId(connection, "audit_log");
        long startedMillis = System.currentTimeMillis();
        feed.blast(stream);
        long[] seen = {0, 0, 0, 0};
        long lastChange = System.nanoTime();
        while (seen[0] < calls || seen[2] < calls) {
            TimeUnit.MILLISECONDS.sleep(100);
            long[] now = written(connection, recordFrom, auditFrom);
            if (now[0] != seen[0] || now[2] != seen[2]) {
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > STALLED.toNanos()) {
                break;
            }
            seen = now;
        }
        long doneMillis = Math.max(seen[1], seen[3]);
        long done = Math.min(seen[0], seen[2]);
        return new Run(load, eventsSent(), eventsSent(), Math.max(0, doneMillis - startedMillis) * 1_000_000L,
                calls - done, calls, seen[0], seen[2]);
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The intake's call records and pops since the round began: {records, last recorded_at, pops, last audit time}. */
    private static long[] written(Connection connection, long recordFrom, long auditFrom) throws SQLException {
        long[] counts = new long[4];
        try (PreparedStatement records = connection.prepareStatement("SELECT COUNT(*), MAX(recorded_at) FROM call_record "
                + "WHERE id > ? AND server = '" + WildFlyFeed.SERVER + "'");
             PreparedStatement pops = connection.prepareStatement("SELECT COUNT(DISTINCT reason), MAX(occurred_at) "
                     + "FROM audit_log WHERE id > ? AND action = 'SCREEN_POP'")) {
            records.setLong(1, recordFrom);
            try (ResultSet rs = records.executeQuery()) {
                rs.next();
                counts[0] = rs.getLong(1);
                counts[1] = epochMillis(rs.getString(2));
            }
            pops.setLong(1, auditFrom);
            try (ResultSet rs = pops.executeQuery()) {
                rs.next();
                counts[2] = rs.getLong(1);
                counts[3] = epochMillis(rs.getString(2));
            }
        }
        return counts;
    }

    /** A DATETIME(3) column as the product writes it (UTC), in milliseconds since the epoch; 0 for none. */
    static long epochMillis(String utc) {
        return utc == null ? 0 : LocalDateTime.parse(utc.strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Counts events and remembers when the first and the last were seen. */
    private static final class Counter {
        final AtomicLong count = new AtomicLong();
        volatile long firstNanos;
        volatile long lastNanos;

        void hit() {
            long now = System.nanoTime();
            if (count.getAndIncrement() == 0) {
                firstNanos = now;
            }
            lastNanos = now;
        }

        /** Returns once no event arrived for a while after the first. */
        void awaitQuiet() throws InterruptedException {
            long seen = -1;
            while (true) {
                TimeUnit.MILLISECONDS.sleep(QUIET.toMillis());
                long now = count.get();
                if (now == seen && now > 0) {
                    return;
                }
                seen = now;
            }
        }
    }

    /** Counts asterisk-java's per-event "Event queue is full" errors and swallows its other log lines. */
    private static final class DropCounter extends Handler {
        final AtomicLong count = new AtomicLong();

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null && message.contains("Event queue is full")) {
                count.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * Answers one AMI client as Asterisk 22 does for login (banner, Challenge, Login, CoreSettings), the resync
     * lists (empty) and Ping, and writes a prepared stream of events when asked.
     */
    private static final class BlastServer implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        private final CountDownLatch connected = new CountDownLatch(1);
        private final Object writeLock = new Object();
        private volatile OutputStream out;
        private volatile Socket socket;

        BlastServer() throws IOException {
            Thread t = new Thread(this::serve, "bench-blast-server");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        /** Writes the stream in pieces of about 64 KB, each ending with a message, so that responses fit between them. */
        void blast(byte[] bytes) throws Exception {
            if (!connected.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no AMI client connected");
            }
            int from = 0;
            while (from < bytes.length) {
                int to = Math.min(bytes.length, from + 64 * 1024);
                while (to < bytes.length && !(bytes[to - 4] == '\r' && bytes[to - 3] == '\n' && bytes[to - 2] == '\r'
                        && bytes[to - 1] == '\n')) {
                    to++;
                }
                synchronized (writeLock) {
                    out.write(bytes, from, to - from);
                    out.flush();
                }
                from = to;
            }
        }

        /** Serves one client after the other (a link that reconnects is answered again) until closed. */
        private void serve() {
            while (!server.isClosed()) {
                serveOne();
            }
        }

        private void serveOne() {
            try (Socket s = server.accept()) {
                socket = s;
                s.setTcpNoDelay(true);
                out = new java.io.BufferedOutputStream(s.getOutputStream(), 256 * 1024);
                send("Asterisk Call Manager/11.0.0\r\n");
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                Map<String, String> action = new LinkedHashMap<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            action.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                        }
                        continue;
                    }
                    String name = action.getOrDefault("action", "").toLowerCase(Locale.ROOT);
                    String id = action.getOrDefault("actionid", "");
                    action.clear();
                    switch (name) {
                        case "challenge" -> send("Response: Success\r\nActionID: " + id + "\r\nChallenge: 933278643\r\n\r\n");
                        case "login" -> {
                            send("Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n");
                        }
                        case "coresettings" -> {
                            send("Response: Success\r\nActionID: " + id + "\r\nAMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\n"
                                    + "SystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\nCoreRunUser: asterisk\r\n"
                                    + "CoreRunGroup: asterisk\r\nCoreMaxFilehandles: 0\r\nCoreRealTimeEnabled: No\r\n"
                                    + "CoreCDRenabled: No\r\nCoreHTTPenabled: No\r\n\r\n");
                            connected.countDown();
                        }
                        case "queuestatus" -> send("Response: Success\r\nActionID: " + id + "\r\nEventList: start\r\n"
                                + "Message: Queue status will follow\r\n\r\nEvent: QueueStatusComplete\r\nActionID: " + id
                                + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n");
                        case "coreshowchannels" -> send("Response: Success\r\nActionID: " + id + "\r\nEventList: start\r\n"
                                + "Message: Channels will follow\r\n\r\nEvent: CoreShowChannelsComplete\r\nActionID: " + id
                                + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n");
                        case "ping" -> send("Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\nTimestamp: 0.0\r\n\r\n");
                        case "logoff" -> {
                            send("Response: Goodbye\r\nActionID: " + id + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
                            return;
                        }
                        default -> send("Response: Error\r\nActionID: " + id + "\r\nMessage: Not in this benchmark\r\n\r\n");
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private void send(String text) throws IOException {
            synchronized (writeLock) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            if (socket != null) {
                socket.close();
            }
        }
    }

    /**
     * The AMI server WildFly's second PBX link ({@value #SERVER}) is connected to for the whole benchmark: started
     * before WildFly ({@code AMI_SERVERS=pbx,intake}), it answers the link's login, resync and Pings, and writes a
     * round's stream when asked, in pieces that end on a message's end, so that the link's Pongs are not held back
     * behind the whole stream (the link counts a Pong older than 5 s as a dead link).
     */
    static final class WildFlyFeed implements AutoCloseable {
        static final String SERVER = "intake";
        private final BlastServer server;

        WildFlyFeed() throws IOException {
            server = new BlastServer();
        }

        int port() {
            return server.port();
        }

        void blast(byte[] stream) throws Exception {
            server.blast(stream);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
