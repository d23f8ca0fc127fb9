package tr.gov.acikkapi.bench;

import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.simulator.Traffic;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures 1 and 6, the screen pop end to end, as an agent's browser gets it: agents signed in (form login), each with
 * the desk page open and its Faces push WebSocket connected; the simulator places calls from numbers of citizens with
 * open applications, round-robin over the agents. The desk page draws the pop from the push message itself
 * (console.js, akPop), with no request back; so the pop counts as received when a message on the agent's socket holds
 * the caller's number and their applications. Measured from the moment the simulator queued {@code AgentCalled} for
 * the agent's socket to that message, after the same load unmeasured until the server is warm ({@link #warmUp()}).
 *
 * <p>Each figure is measured in several runs of {@code bench.pop.seconds} one after the other under the same load
 * ({@link #measure}); every run is reported. A call belongs to the run in whose minute its {@code AgentCalled} went
 * out, and its pop counts for that run whenever it arrives (up to {@link #GIVE_UP}). After each run's minute: a full
 * GC of WildFly ({@code jcmd GC.run}) and the heap in use after it (the live set), with the desks still open.
 *
 * <p>Baseline in the same run: a second session of the first {@link #POLLERS} agents that asks for the same pop
 * ({@code GET agent/pop}, the same JSON) once a second, as a polling screen would; measured from {@code AgentCalled}
 * to the first poll response that shows the caller.
 *
 * <p>The desks stay open between figures: the figure at twice the load signs in only the agents it adds.
 */
final class PopBench implements AutoCloseable {

    static final Duration GIVE_UP = Duration.ofSeconds(15);
    static final int POLLERS = 20;
    /** How often the database's floor is probed beside the pops ({@link DatabaseFloor}). */
    static final long FLOOR_PERIOD_MILLIS = 20;
    /** After a run's minute, how long its last pops get before WildFly's full GC, and the unmeasured pause after it. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration AFTER_GC = Duration.ofSeconds(5);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PUSH_INIT = Pattern.compile("faces\\.push\\.init\\(\\s*['\"]([^'\"]+)['\"]\\s*,\\s*['\"]([^'\"]+)['\"]");

    /** One figure: its load, the sessions open, the warm-up, and its runs. */
    record Figure(int agents, double callsPerSecond, int sessions, int sockets, int pollers, long warmUpSeconds,
                  List<Run> runs) {
    }

    /**
     * One run of a figure: the pops and polls of the calls offered in its minute (calls started, for the work per
     * call; calls that rang an agent, whose AgentCalled went out in the minute, for the pops), the calls without a pop within
     * {@link #GIVE_UP}, the load average when it began, the JIT's share of its minute, the database's statements and
     * the CPU per call offered, the database's floor, WildFly's memory after the minute and its GC pauses in it.
     */
    record Run(int number, String loadAtStart, Samples push, Samples poll, long callsOffered, int rang, int missed, int errors,
               double popsPerSecond, double jitShare, String databaseWork, String cpu, double wildflyMillisPerCall,
               double mariadbMillisPerCall, Samples databaseFloor, ServerUnderTest.Memory memory, GcLog.Pauses pauses) {

        /** The CPU of WildFly and MariaDB together per call offered. */
        double serverMillisPerCall() {
            return wildflyMillisPerCall + mariadbMillisPerCall;
        }
    }

    /** The calls offered in one run's minute, and what their clients saw. */
    private static final class Tally {
        final Samples push = new Samples();
        final Samples poll = new Samples();
        /** Each push sample as {when AgentCalled went out, latency}, for the latency over the run's time. */
        final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();
        final List<Offer> offers = new java.util.concurrent.CopyOnWriteArrayList<>();
    }

    /** One call offered to one agent, waiting to be seen by that agent's push client and, for some, its poller. */
    private static final class Offer {
        final String caller;
        final long t0;
        final Tally tally;
        volatile boolean pushed;
        volatile boolean polled;

        Offer(String caller, long t0, Tally tally) {
            this.caller = caller;
            this.t0 = t0;
            this.tally = tally;
        }
    }

    private final ServerUnderTest server;
    private final Connection connection;
    private final BenchmarkRun.Options options;
    private final HttpClient http;
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(8);
    private final Map<String, ConcurrentLinkedQueue<Offer>> offers = new ConcurrentHashMap<>();
    private final List<DeskSession> desks = new ArrayList<>();
    private final List<DeskSession> pollers = new ArrayList<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger sockets = new AtomicInteger();
    private final AtomicInteger socketsEnded = new AtomicInteger();
    private volatile boolean desksClosing;
    /** The run whose minute is under way; null between runs. */
    private volatile Tally current;

    PopBench(ServerUnderTest server, Connection connection, BenchmarkRun.Options options) {
        this.server = server;
        this.connection = connection;
        this.options = options;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).executor(clientThreads)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * One figure: {@code agents} agents with their desks open (those open from an earlier figure stay), calls at
     * {@code callsPerSecond} over them, warmed up, then {@code runs} measured runs of {@code bench.pop.seconds} each.
     */
    Figure measure(int agents, double callsPerSecond, int runs) throws Exception {
        List<String> callers = callersWithOpenApplications(connection, 5_000);
        for (int n = desks.size() + 1; n <= agents; n++) {
            DeskSession desk = DeskSession.open(this, n);
            desks.add(desk);
            desk.connectSocket();
            if (n % 50 == 0) {
                BenchmarkRun.progress("  %d agents signed in with the desk open", n);
            }
        }
        for (int n = pollers.size() + 1; n <= Math.min(POLLERS, agents); n++) {
            pollers.add(DeskSession.open(this, n));
        }
        offers.clear();
        TimeUnit.SECONDS.sleep(2);
        Traffic traffic = server.simulator().startLoad(callsPerSecond, agents, Duration.ofSeconds(3), callers);
        ScheduledExecutorService pollTimer = Executors.newSingleThreadScheduledExecutor();
        List<Tally> tallies = new ArrayList<>();
        List<Run> measured = new ArrayList<>();
        long warmUp;
        try {
            warmUp = warmUp();
            server.simulator().observeEvents(this::observe);
            for (int i = 0; i < pollers.size(); i++) {
                DeskSession poller = pollers.get(i);
                pollTimer.scheduleAtFixedRate(poller::poll, 1000L * i / pollers.size(), 1000, TimeUnit.MILLISECONDS);
            }
            String jfr = System.getProperty("bench.jfr", "");
            if (!jfr.isBlank()) {
                BenchmarkRun.progress("  %s", server.diagnose("JFR.start", "name=bench-pop",
                        "settings=" + System.getProperty("bench.jfr.settings", "profile"), "filename=" + jfr).strip());
            }
            for (int run = 1; run <= runs; run++) {
                Tally tally = new Tally();
                tallies.add(tally);
                measured.add(measureRun(run, runs, tally, traffic));
            }
            if (!jfr.isBlank()) {
                BenchmarkRun.progress("  %s", server.diagnose("JFR.stop", "name=bench-pop").strip());
            }
        } finally {
            traffic.stop();
        }
        TimeUnit.SECONDS.sleep(GIVE_UP.toSeconds());
        pollTimer.shutdownNow();
        server.simulator().observeEvents(m -> { });
        List<Run> results = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Run r = measured.get(i);
            Tally tally = tallies.get(i);
            int missed = (int) tally.offers.stream().filter(o -> !o.pushed).count();
            logTimeline(r.number(), tally);
            writeSamples(System.getProperty("bench.pop.samples", ""), agents, r.number(), tally);
            BenchmarkRun.progress("  run %d: pops median %.2f ms, p99 %.1f ms, max %.1f ms, %d of %d calls popped",
                    r.number(), tally.push.medianMillis(), tally.push.p99Millis(), tally.push.maxMillis(),
                    tally.push.count(), tally.offers.size());
            results.add(new Run(r.number(), r.loadAtStart(), tally.push, tally.poll, r.callsOffered(), tally.offers.size(), missed,
                    r.errors(), tally.push.count() / (double) options.popDuration().toSeconds(), r.jitShare(),
                    r.databaseWork(), r.cpu(), r.wildflyMillisPerCall(), r.mariadbMillisPerCall(), r.databaseFloor(),
                    r.memory(), r.pauses()));
        }
        if (socketsEnded.get() > 0) {
            BenchmarkRun.progress("  %d desk sockets ended before the end of the figure", socketsEnded.get());
        }
        return new Figure(agents, callsPerSecond, desks.size(), sockets.get(), pollers.size(), warmUp, results);
    }

    /**
     * One measured minute under the load already running, then the memory: RSS at the end of the minute; after
     * {@link #SETTLE}, a full GC and the heap in use after it; WildFly's GC pauses whose end fell in the minute.
     */
    private Run measureRun(int run, int runs, Tally tally, Traffic traffic) throws Exception {
        String load = Machine.loadNow();
        BenchmarkRun.progress("  run %d of %d (load average %s) …", run, runs, load);
        int errorsBefore = errors.get();
        double jitBefore = server.jitMillis();
        long jitFrom = System.nanoTime();
        long offeredBefore = traffic.callsStarted();
        Map<String, Long> databaseBefore = DatabaseWork.counters(connection);
        Map<String, Long> processes = CpuUse.processes(server.pid(), databasePort());
        CpuUse.Reading cpuBefore = CpuUse.read(processes);
        long wallFrom = System.currentTimeMillis();
        DatabaseFloor floor = DatabaseFloor.start(connection);
        current = tally;
        TimeUnit.NANOSECONDS.sleep(options.popDuration().toNanos());
        current = null;
        long wallTo = System.currentTimeMillis();
        floor.stop();
        CpuUse.Reading cpuAfter = CpuUse.read(processes);
        long offered = traffic.callsStarted() - offeredBefore;
        double jitShare = (server.jitMillis() - jitBefore) / ((System.nanoTime() - jitFrom) / 1e6);
        String databaseWork = DatabaseWork.perCall(databaseBefore, DatabaseWork.counters(connection), floor.statements(),
                offered);
        long ticks = CpuUse.ticksPerSecond();
        String cpu = CpuUse.perCall(cpuBefore, cpuAfter, offered, ticks);
        BenchmarkRun.progress("  run %d: the JIT compiled for %.1f %% of the minute; database work per call offered: %s",
                run, jitShare * 100, databaseWork);
        BenchmarkRun.progress("  run %d: CPU in the minute: %s", run, cpu);
        long rssMb = server.rssMb();
        TimeUnit.NANOSECONDS.sleep(SETTLE.toNanos());
        ServerUnderTest.Memory memory = server.liveSet(rssMb);
        GcLog.Pauses pauses = server.gcLog().pausesBetween(wallFrom, wallTo);
        BenchmarkRun.progress("  run %d: %s; GC pauses in the minute: %s", run, memory.describe(), pauses.describe());
        TimeUnit.NANOSECONDS.sleep(AFTER_GC.toNanos());
        return new Run(run, load, tally.push, tally.poll, offered, 0, 0, errors.get() - errorsBefore, 0, jitShare,
                databaseWork, cpu, CpuUse.millisPerCall(cpuBefore, cpuAfter, CpuUse.WILDFLY, offered, ticks),
                CpuUse.millisPerCall(cpuBefore, cpuAfter, CpuUse.MARIADB, offered, ticks), floor.samples, memory, pauses);
    }

    /** The benchmark database's port, from its connection's URL ({@code jdbc:mariadb://127.0.0.1:<port>/acikkapi}). */
    private int databasePort() throws SQLException {
        Matcher m = Pattern.compile(":(\\d+)/").matcher(connection.getMetaData().getURL());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * Runs the load unmeasured until the server is warm: at least {@code bench.pop.warmup.seconds} (20), then 10 s
     * more at a time until WildFly's JIT compiled for less than {@link ServerUnderTest#JIT_QUIET_SHARE} of those seconds, or
     * {@code bench.pop.warmup.max.seconds} (120) in all. Returns the seconds it took.
     */
    private long warmUp() throws Exception {
        long least = Long.getLong("bench.pop.warmup.seconds", 20);
        long most = Math.max(least, Long.getLong("bench.pop.warmup.max.seconds", 120));
        long warmed = 0;
        long step = least;
        while (step > 0) {
            double jitBefore = server.jitMillis();
            TimeUnit.SECONDS.sleep(step);
            warmed += step;
            double share = (server.jitMillis() - jitBefore) / (step * 1000.0);
            BenchmarkRun.progress("  %d s of the same load to warm the server up (not measured); the JIT compiled %.0f %% "
                    + "of the last %d s", warmed, share * 100, step);
            step = share < ServerUnderTest.JIT_QUIET_SHARE ? 0 : Math.min(10, most - warmed);
        }
        return warmed;
    }

    /**
     * Logs the push latency per 10 s of a run (by when AgentCalled went out): whether the slow pops are spread over
     * the run or gathered at some moments (the start, a pause).
     */
    private static void logTimeline(int run, Tally tally) {
        long started = tally.timeline.stream().mapToLong(s -> s[0]).min().orElse(0);
        Map<Long, Samples> windows = new TreeMap<>();
        for (long[] sample : tally.timeline) {
            windows.computeIfAbsent(TimeUnit.NANOSECONDS.toSeconds(sample[0] - started) / 10, w -> new Samples()).add(sample[1]);
        }
        windows.forEach((window, samples) -> BenchmarkRun.progress("  run %d, pops of calls offered in second %d-%d: %d, "
                        + "median %.1f ms, p99 %.1f ms, max %.1f ms", run, window * 10, window * 10 + 10, samples.count(),
                samples.medianMillis(), samples.p99Millis(), samples.maxMillis()));
    }

    /**
     * Writes every push sample of a run, one line each: when {@code AgentCalled} went out ({@link System#nanoTime()},
     * which on Linux is {@code CLOCK_MONOTONIC}) and the latency, both in nanoseconds; for lining the slow pops up
     * with a trace of the kernel's scheduler taken with the same clock ({@code perf sched record -k CLOCK_MONOTONIC},
     * see docs/src/performance.md). One file per figure and run ({@code <file>.<agents>.<run>}); nothing is written
     * without a file name.
     */
    private static void writeSamples(String file, int agents, int run, Tally tally) throws IOException {
        if (file.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("agent_called_ns latency_ns");
        tally.timeline.forEach(sample -> lines.add(sample[0] + " " + sample[1]));
        Path path = Path.of(file + "." + agents + "." + run);
        Files.write(path, lines, StandardCharsets.UTF_8);
        BenchmarkRun.progress("  %d push samples written to %s", lines.size() - 1, path);
    }

    /** Closes the desks' sockets and the clients' threads. */
    @Override
    public void close() {
        desksClosing = true;
        desks.forEach(DeskSession::close);
        clientThreads.shutdownNow();
    }

    /**
     * The database's floor beside the pops: through the measured minute, every 20 ms from a thread of its own, MariaDB
     * answering {@code SELECT 1} on the benchmark's own connection, without WildFly in between. A pop makes several
     * round trips to the same database; when this floor has a tail, the pops have it too, whatever WildFly does. (A
     * second floor, WildFly serving a style sheet every 20 ms, was tried once; the pops of that run were much slower
     * (p99 276 ms), so it is not measured.)
     */
    private static final class DatabaseFloor {
        final Samples samples = new Samples();
        private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger failures = new AtomicInteger();

        static DatabaseFloor start(Connection connection) {
            DatabaseFloor floor = new DatabaseFloor();
            floor.thread.scheduleAtFixedRate(() -> floor.probe(connection), 0, FLOOR_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            return floor;
        }

        /** One {@code SELECT 1}: its time is kept if it was answered; one that failed is counted, not timed. */
        private void probe(Connection connection) {
            long t0 = System.nanoTime();
            boolean answered;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                answered = rs.next();
            } catch (SQLException e) {
                answered = false;
            }
            if (answered) {
                samples.add(System.nanoTime() - t0);
            } else {
                failures.incrementAndGet();
            }
        }

        /** The {@code SELECT 1}s sent, answered or not. */
        long statements() {
            return samples.count() + failures.get();
        }

        void stop() throws InterruptedException {
            thread.shutdown();
            thread.awaitTermination(15, TimeUnit.SECONDS);
            BenchmarkRun.progress("  beside the pops, every %d ms: MariaDB answered SELECT 1 in median %.2f ms, p99 %.2f ms, "
                    + "max %.1f ms (%d probes, %d failed)", FLOOR_PERIOD_MILLIS, samples.medianMillis(), samples.p99Millis(),
                    samples.maxMillis(), samples.count(), failures.get());
        }
    }

    /** On the simulator's PBX thread: remembers when AgentCalled went out for which agent and caller, in a run's minute. */
    private void observe(AmiMessage message) {
        Tally tally = current;
        if (tally != null && message.isEvent("AgentCalled")) {
            long now = System.nanoTime();
            String iface = message.get("Interface", "");
            Offer offer = new Offer(message.get("CallerIDNum", ""), now, tally);
            tally.offers.add(offer);
            offers.computeIfAbsent(iface, k -> new ConcurrentLinkedQueue<>()).add(offer);
        }
    }

    /** A desk socket ended while the benchmark ran: the agent gets no more pops (a page would reconnect). */
    private void socketEnded(String how) {
        if (!desksClosing) {
            BenchmarkRun.progress("  a desk socket ended: %s", how);
            socketsEnded.incrementAndGet();
        }
    }

    /** A response reached a client of this agent: every offer to the agent whose caller it shows is seen. */
    private void seen(int agent, String body, boolean polling) {
        long now = System.nanoTime();
        ConcurrentLinkedQueue<Offer> queue = offers.get(AgentAccounts.pbxInterface(agent));
        if (queue == null) {
            return;
        }
        for (Offer o : queue) {
            if (polling ? o.polled : o.pushed) {
                continue;
            }
            if (now - o.t0 > GIVE_UP.toNanos()) {
                continue;
            }
            if (body.contains(o.caller) && body.contains("tracking")) {
                if (polling) {
                    o.polled = true;
                    o.tally.poll.add(now - o.t0);
                } else {
                    o.pushed = true;
                    o.tally.push.add(now - o.t0);
                    o.tally.timeline.add(new long[] {o.t0, now - o.t0});
                }
            }
        }
    }

    /** Numbers of citizens with an open application, as the PBX sends them (national form). */
    static List<String> callersWithOpenApplications(Connection connection, int count) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT p.phone_e164 FROM application a JOIN citizen_phone p "
                     + "ON p.citizen_id = a.citizen_id WHERE a.status = 'IN_PROGRESS' AND a.id % 7 = 3 LIMIT " + count)) {
            while (rs.next()) {
                numbers.add("0" + rs.getString(1).substring(3));
            }
        }
        if (numbers.isEmpty()) {
            throw new IllegalStateException("no citizen with an open application in the benchmark database");
        }
        return numbers;
    }

    /** One signed-in browser session with the desk page open. */
    private static final class DeskSession {
        private final PopBench bench;
        private final int agent;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String socketPath;
        private WebSocket socket;
        private CompletableFuture<Void> polling = CompletableFuture.completedFuture(null);

        private DeskSession(PopBench bench, int agent) {
            this.bench = bench;
            this.agent = agent;
        }

        static DeskSession open(PopBench bench, int agent) throws Exception {
            DeskSession s = new DeskSession(bench, agent);
            s.signIn();
            s.openDesk();
            return s;
        }

        private void signIn() throws Exception {
            HttpResponse<String> page = get("login.xhtml");
            String state = viewState(page.body());
            String form = form(Map.of("login", "login", "login:username", AgentAccounts.username(agent),
                    "login:password", AgentAccounts.PASSWORD, "login:submit", "", "jakarta.faces.ViewState", state));
            HttpResponse<String> signedIn = post("login.xhtml", form, false);
            if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
                throw new IllegalStateException("sign-in of " + AgentAccounts.username(agent) + " failed: HTTP "
                        + signedIn.statusCode());
            }
        }

        private void openDesk() throws Exception {
            HttpResponse<String> page = get("agent/desk.xhtml");
            if (page.statusCode() != 200) {
                throw new IllegalStateException("desk of " + AgentAccounts.username(agent) + ": HTTP " + page.statusCode());
            }
            Matcher m = PUSH_INIT.matcher(page.body());
            if (!m.find()) {
                throw new IllegalStateException("no Faces push socket on the desk page");
            }
            socketPath = m.group(2);
        }

        void connectSocket() throws Exception {
            URI uri = socketPath.startsWith("ws") ? URI.create(socketPath)
                    : URI.create("ws://127.0.0.1:" + bench.server.base().getPort() + socketPath);
            socket = bench.http.newWebSocketBuilder().header("Cookie", cookieHeader())
                    .buildAsync(uri, new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                String message = text.toString();
                                text.setLength(0);
                                bench.seen(agent, message, false);
                            }
                            ws.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                            bench.socketEnded("closed " + statusCode + " " + reason);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket ws, Throwable error) {
                            bench.socketEnded("error " + error);
                        }
                    }).get(30, TimeUnit.SECONDS);
            bench.sockets.incrementAndGet();
        }

        /** One poll, as a polling screen would send it once a second; a poll still under way is not doubled. */
        synchronized void poll() {
            if (!polling.isDone()) {
                return;
            }
            polling = bench.http.sendAsync(request("agent/pop").GET().build(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        if (failure != null || response.statusCode() != 200) {
                            bench.errors.incrementAndGet();
                        } else {
                            bench.seen(agent, response.body(), true);
                        }
                        return null;
                    });
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }

        private HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = bench.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(r);
            return r;
        }

        private HttpResponse<String> post(String path, String form, boolean ajax) throws Exception {
            HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            HttpResponse<String> r = bench.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(r);
            return r;
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(bench.server.base().resolve(path)).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookieHeader());
            }
            return b;
        }

        private synchronized String cookieHeader() {
            StringBuilder b = new StringBuilder();
            cookies.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            return b.toString();
        }

        private synchronized void keepCookies(HttpResponse<?> r) {
            for (String header : r.headers().allValues("set-cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }

        private static String viewState(String html) {
            Matcher m = VIEW_STATE.matcher(html);
            return m.find() ? m.group(1).replace("&#58;", ":").replace("&amp;", "&") : Optional.<String>empty().orElseThrow(
                    () -> new IllegalStateException("no ViewState in the page"));
        }

        private static String form(Map<String, String> fields) {
            StringBuilder b = new StringBuilder();
            fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return b.toString();
        }
    }
}
