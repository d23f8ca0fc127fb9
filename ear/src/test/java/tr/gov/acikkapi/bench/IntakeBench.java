package tr.gov.acikkapi.bench;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import tr.gov.acikkapi.cti.agent.MappedAgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiEventHandler;
import tr.gov.acikkapi.cti.ami.AmiLink;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;
import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;

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
 * answers the login as Asterisk does, once to a bare asterisk-java {@link ManagerConnection} whose listener only
 * counts, once to our {@link AmiLink} feeding the {@link CallCorrelator} (the events taken off the socket as
 * written, correlated, call state updated, CTI events fired). Events per second are counted where each consumer finished with the event; asterisk-java's
 * "Event queue is full" errors are counted as drops.
 */
final class IntakeBench {

    private static final Pattern UNIQUEID = Pattern.compile("(?m)^(?:Uniqueid|Linkedid|DestUniqueid|DestLinkedid"
            + "|LocalOneUniqueid|LocalOneLinkedid|LocalTwoUniqueid|LocalTwoLinkedid|TransfererUniqueid"
            + "|TransfererLinkedid|TransfereeUniqueid|TransfereeLinkedid|SecondTransfererUniqueid"
            + "|SecondTransfererLinkedid|OrigTransfererUniqueid|OrigTransfererLinkedid): (\\d+)\\.(\\d+)\r$");
    private static final Duration QUIET = Duration.ofSeconds(3);

    /**
     * One consumer's result: events it handled, and the stream's events per second (the same stream for both, so
     * that events a consumer filters or asterisk-java adds do not change the rate).
     */
    record Run(long events, long streamEvents, long nanos, long drops) {
        double perSecond() {
            return nanos == 0 ? 0 : streamEvents * 1e9 / nanos;
        }
    }

    /**
     * Both consumers' runs (alternating, so that both see the same share of whatever else the machine does) and the
     * stream they read.
     */
    record Result(int callsInStream, int eventsSent, List<Run> bareRuns, List<Run> ourRuns) {

        /** The run with the median rate. */
        Run bare() {
            return median(bareRuns);
        }

        Run ours() {
            return median(ourRuns);
        }

        private static Run median(List<Run> runs) {
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort(java.util.Comparator.comparingDouble(Run::perSecond));
            return sorted.get(sorted.size() / 2);
        }

        static String rates(List<Run> runs) {
            return runs.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r.perSecond()))
                    .collect(java.util.stream.Collectors.joining(" / "));
        }

        long drops(List<Run> runs) {
            return runs.stream().mapToLong(Run::drops).sum();
        }
    }

    private final byte[] stream;
    private final int eventsSent;
    private final int calls;
    private final DropCounter drops = new DropCounter();
    private int rounds = 3;

    private IntakeBench(byte[] stream, int eventsSent, int calls) {
        this.stream = stream;
        this.eventsSent = eventsSent;
        this.calls = calls;
    }

    /** Builds a stream of at least {@code events} events from the recorded answered call. */
    static IntakeBench fromFixture(Path fixtures, int events) throws IOException {
        String text = Files.readString(fixtures.resolve("ami/answered-call.txt"), StandardCharsets.ISO_8859_1);
        List<String> messages = new ArrayList<>();
        for (String message : text.substring(text.indexOf("\r\n") + 2).split("\r\n\r\n")) {
            if (message.startsWith("Event: ") && !message.startsWith("Event: FullyBooted")
                    && !message.startsWith("Event: SuccessfulAuth")) {
                messages.add(message + "\r\n\r\n");
            }
        }
        String call = String.join("", messages);
        int perCall = messages.size();
        int repeats = Math.max(1, (events + perCall - 1) / perCall);
        StringBuilder all = new StringBuilder(call.length() * repeats);
        for (int r = 0; r < repeats; r++) {
            int rep = r;
            Matcher m = UNIQUEID.matcher(call);
            all.append(m.replaceAll(match -> match.group(0).substring(0, match.group(0).indexOf(": ") + 2)
                    + match.group(1) + "." + (Long.parseLong(match.group(2)) + 1000L * (rep + 1)) + "\r"));
        }
        return new IntakeBench(all.toString().getBytes(StandardCharsets.ISO_8859_1), perCall * repeats, repeats);
    }

    /** How many times each consumer reads the stream, alternating. */
    IntakeBench rounds(int n) {
        rounds = Math.max(1, n);
        return this;
    }

    Result run() throws Exception {
        Logger asteriskJava = Logger.getLogger("org.asteriskjava");
        asteriskJava.setUseParentHandlers(false);
        asteriskJava.addHandler(drops);
        try {
            List<Run> bare = new ArrayList<>();
            List<Run> ours = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                bare.add(runBare());
                ours.add(runOurs());
            }
            return new Result(calls, eventsSent, bare, ours);
        } finally {
            asteriskJava.removeHandler(drops);
        }
    }

    private Run runBare() throws Exception {
        long dropsBefore = drops.count.get();
        try (BlastServer server = new BlastServer()) {
            ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", server.port(), "cti", "secret")
                    .createManagerConnection();
            Counter counter = new Counter();
            connection.addEventListener(event -> counter.hit());
            connection.login();
            try {
                server.blast(stream);
                counter.awaitQuiet();
            } finally {
                connection.logoff();
            }
            return new Run(counter.count.get(), eventsSent, counter.lastNanos - counter.firstNanos, drops.count.get() - dropsBefore);
        }
    }

    private Run runOurs() throws Exception {
        long dropsBefore = drops.count.get();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        ExecutorService lanes = Executors.newCachedThreadPool();
        try (BlastServer server = new BlastServer()) {
            Counter counter = new Counter();
            AtomicLong ctiEvents = new AtomicLong();
            CountDownLatch up = new CountDownLatch(1);
            CallCorrelator correlator = new CallCorrelator("bench", MappedAgentDirectory.parse(
                    "Local/1001@agents=temsilci1,Local/1002@agents=temsilci2,Local/1003@agents=temsilci3"),
                    Clock.systemUTC(), event -> ctiEvents.incrementAndGet());
            AmiEventHandler counting = new AmiEventHandler() {
                @Override
                public void onEvent(AmiMessage event) {
                    correlator.onEvent(event);
                    counter.hit();
                }

                @Override
                public void onLinkUp() {
                    correlator.onLinkUp();
                }

                @Override
                public void onResync(PbxSnapshot snapshot) {
                    correlator.onResync(snapshot);
                }

                @Override
                public void onLinkDown() {
                    correlator.onLinkDown();
                }
            };
            AmiLinkConfig config = AmiLinkConfig.of("bench", "127.0.0.1", server.port(), "cti", "secret")
                    .withPing(Duration.ofMinutes(5), Duration.ofMinutes(5));
            try (AmiLink link = new AmiLink(config, counting, event -> {
                if (event instanceof PbxLinkChanged changed && changed.state() == LinkState.UP) {
                    up.countDown();
                }
            }, scheduler, lanes)) {
                link.start();
                if (!up.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("our AMI link did not come up against the blast server");
                }
                server.blast(stream);
                counter.awaitQuiet();
            }
            return new Run(counter.count.get(), eventsSent, counter.lastNanos - counter.firstNanos, drops.count.get() - dropsBefore);
        } finally {
            scheduler.shutdownNow();
            lanes.shutdownNow();
        }
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

        void blast(byte[] bytes) throws Exception {
            if (!connected.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no AMI client connected");
            }
            synchronized (writeLock) {
                out.write(bytes);
                out.flush();
            }
        }

        private void serve() {
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

    /** Distinct Linkedids in the stream, for a sanity check of the rewriting. */
    Set<String> linkedids() {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^Linkedid: (\\S+)\r$").matcher(new String(stream, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
