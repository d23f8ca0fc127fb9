package tr.gov.acikkapi.cti.simulator;

import tr.gov.acikkapi.cti.CtiConfigurationException;
import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A simulated Asterisk 22.10.1 behind a real AMI TCP port, for development, demos and tests without a
 * PBX. It speaks the wire protocol as the recorded transcripts show it (banner
 * {@code Asterisk Call Manager/11.0.0}, CRLF messages, Challenge/MD5 and plain logins, ActionIDs
 * echoed, list responses) and keeps its own PBX: queue {@code acikkapi} with static members
 * {@code Local/1001@agents}, {@code Local/1002@agents}, {@code Local/1003@agents}, device states,
 * channels and calls. Calls produce the same event names, field names and field order as the
 * recordings, with fresh Uniqueids, Linkedids, timestamps and channel suffixes.
 *
 * <p>Besides the AMI actions it answers (Originate, QueuePause, QueueAdd, QueueRemove, Hangup,
 * Redirect, QueueStatus, QueueSummary, CoreShowChannels, CoreSettings, Ping, Events, Logoff), it plays
 * {@link Scenario}s, generates demo or load traffic and injects faults: dropped sockets, unanswered
 * Pings, malformed frames, refused connections, PBX restarts. All PBX work runs on one thread.
 *
 * <p>Standalone: {@code java ... AmiSimulator <port> <user> <secret> [callsPerMinute]}.
 */
public final class AmiSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AmiSimulator.class.getName());
    private static final String BANNER = "Asterisk Call Manager/11.0.0";

    private final SimulatorConfig config;
    private final int port;
    private volatile ServerSocket server;
    private final ScheduledExecutorService pbxThread;
    private final SimulatedPbx pbx;
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean refusing;
    private volatile boolean closed;
    private volatile Consumer<AmiMessage> eventObserver = message -> { };

    private AmiSimulator(SimulatorConfig config, ServerSocket server) {
        this.config = config;
        this.server = server;
        this.port = server.getLocalPort();
        this.pbxThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ami-sim-pbx-" + port);
            t.setDaemon(true);
            return t;
        });
        this.pbx = new SimulatedPbx(pbxThread, this::broadcast, Clock.systemUTC(), config);
        startAccepting(server);
    }

    /** Starts listening on the loopback interface (port 0 picks a free port). */
    public static AmiSimulator start(SimulatorConfig config) {
        try {
            ServerSocket server = bind(config.port());
            AmiSimulator sim = new AmiSimulator(config, server);
            LOG.log(Level.INFO, "AMI simulator listening on port {0} for user {1}",
                    new Object[] {String.valueOf(server.getLocalPort()), config.user()});
            return sim;
        } catch (IOException e) {
            throw new UncheckedIOException("AMI simülatörü " + config.port() + " portunda başlatılamadı", e);
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return socket;
    }

    private void startAccepting(ServerSocket socket) {
        Thread acceptor = new Thread(() -> acceptLoop(socket), "ami-sim-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The TCP port clients connect to. */
    public int port() {
        return port;
    }

    /** Plays a scenario; returns once its first events are out, with a handle to wait for its end. */
    public ScenarioRun play(Scenario scenario) {
        return onPbx(() -> start(scenario));
    }

    private ScenarioRun start(Scenario scenario) {
        if (scenario instanceof Scenario.Answered s) {
            CallPlan plan = new CallPlan();
            plan.order = List.of(s.agentInterface());
            plan.ring = s::ring;
            plan.talk = s::talk;
            return run(pbx.startInbound(s.callerNumber(), SimulatedPbx.DEFAULT_QUEUE, plan, null));
        }
        if (scenario instanceof Scenario.Abandoned s) {
            CallPlan plan = new CallPlan();
            plan.noAgents = true;
            plan.patience = s.patience();
            return run(pbx.startInbound(s.callerNumber(), SimulatedPbx.DEFAULT_QUEUE, plan, null));
        }
        if (scenario instanceof Scenario.RingNoAnswer s) {
            CallPlan plan = new CallPlan();
            plan.order = List.of(s.firstAgent(), s.secondAgent());
            plan.answers = attempt -> attempt > 0;
            plan.noAnswerAfter = s.noAnswerAfter();
            plan.ring = s::ring;
            plan.talk = s::talk;
            return run(pbx.startInbound(s.callerNumber(), SimulatedPbx.DEFAULT_QUEUE, plan, null));
        }
        if (scenario instanceof Scenario.Transfer s) {
            CallPlan plan = new CallPlan();
            plan.order = List.of(s.fromAgent());
            plan.transferTo = s.toAgent();
            plan.talkBeforeTransfer = s.talkBefore();
            plan.talk = s::talkAfter;
            return run(pbx.startInbound(s.callerNumber(), SimulatedPbx.DEFAULT_QUEUE, plan, null));
        }
        if (scenario instanceof Scenario.AttendedTransfer s) {
            CallPlan plan = new CallPlan();
            plan.order = List.of(s.fromAgent());
            plan.attendedTo = s.toAgent();
            plan.talkBeforeTransfer = s.talkBefore();
            plan.consult = s.consult();
            plan.mergeFirst = s.mergeFirst();
            plan.talk = s::talkAfter;
            return run(pbx.startInbound(s.callerNumber(), SimulatedPbx.DEFAULT_QUEUE, plan, null));
        }
        if (scenario instanceof Scenario.Pause s) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            pbx.pause(s.agentInterface(), s.queue(), true, s.reason(), () -> { })
                    .ifPresentOrElse(reason -> done.completeExceptionally(new IllegalStateException(reason)),
                            () -> pbxThread.schedule(() -> {
                                pbx.pause(s.agentInterface(), s.queue(), false, "", () -> { });
                                done.complete(null);
                            }, s.breakLength().toNanos(), TimeUnit.NANOSECONDS));
            return new ScenarioRun("", done);
        }
        if (scenario instanceof Scenario.AgentLogin s) {
            return new ScenarioRun("", outcome(
                    pbx.addMember(s.queue(), s.agentInterface(), s.agentInterface(), false, () -> { }).orElse(null)));
        }
        if (scenario instanceof Scenario.AgentLogout s) {
            return new ScenarioRun("", outcome(pbx.removeMember(s.queue(), s.agentInterface(), () -> { }).orElse(null)));
        }
        return restart(((Scenario.PbxRestart) scenario).downtime());
    }

    /**
     * Starts demo traffic ({@link DemoTraffic}): a healthy call center with a short peak now and then, about
     * {@code callsPerMinute} calls a minute outside the peaks, from the given numbers to the given member interfaces
     * (added to the queue if missing).
     */
    public Traffic startDemoTraffic(int callsPerMinute, List<String> callerNumbers, List<String> agentInterfaces) {
        if (callsPerMinute <= 0 || callerNumbers.isEmpty()) {
            throw new CtiConfigurationException("Demo traffic needs at least one call a minute and one caller number.");
        }
        Traffic traffic = new Traffic();
        onPbx(() -> {
            pbx.ensureMembers(SimulatedPbx.DEFAULT_QUEUE, agentInterfaces);
            new DemoTraffic(pbx, pbxThread, Clock.systemUTC(), callsPerMinute, callerNumbers, agentInterfaces,
                    new SplittableRandom(), traffic).start();
            return null;
        });
        return traffic;
    }

    /**
     * Sets a queue's {@code wrapuptime} as queues.conf does: after a queue call completes, its member is offered no call
     * of that queue for so long (Asterisk's semantics; kept across a simulated restart). Zero, the default, as in the
     * recorded PBX's queues.conf, offers the next call at once.
     */
    public void setWrapUpTime(String queue, Duration wrapUpTime) {
        if (wrapUpTime.isNegative()) {
            throw new CtiConfigurationException("wrapuptime must not be negative: " + wrapUpTime);
        }
        onPbx(() -> {
            pbx.setWrapUpTime(queue, wrapUpTime);
            return null;
        });
    }

    /**
     * Starts load traffic: {@code callsPerSecond} calls a second spread over {@code agents} extra
     * members ({@code Local/2001@agents} and up), each answered at once and talking {@code talk}.
     */
    public Traffic startLoad(double callsPerSecond, int agents, Duration talk) {
        return startLoad(callsPerSecond, agents, talk,
                () -> "0532" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000)));
    }

    private Traffic startLoad(double callsPerSecond, int agents, Duration talk,
            java.util.function.Supplier<String> callers) {
        if (callsPerSecond <= 0 || agents <= 0) {
            throw new CtiConfigurationException("Load mode needs more than zero calls a second and more than zero agents.");
        }
        List<String> members = loadMembers(agents);
        onPbx(() -> {
            pbx.ensureMembers(SimulatedPbx.DEFAULT_QUEUE, members);
            return null;
        });
        Traffic traffic = new Traffic();
        long tickMillis = Math.max(1, Math.min(100, Math.round(1000 / callsPerSecond)));
        double perTick = callsPerSecond * tickMillis / 1000.0;
        double[] owed = {0};
        traffic.attach(pbxThread.scheduleAtFixedRate(() -> {
            owed[0] += perTick;
            while (owed[0] >= 1) {
                owed[0] -= 1;
                CallPlan plan = new CallPlan();
                plan.pool = members;
                plan.ring = () -> Duration.ofMillis(50);
                plan.talk = () -> talk;
                plan.joinDelay = Duration.ZERO;
                pbx.startInbound(callers.get(), SimulatedPbx.DEFAULT_QUEUE, plan, null);
                traffic.countCall();
            }
        }, tickMillis, tickMillis, TimeUnit.MILLISECONDS));
        return traffic;
    }

    /**
     * Places {@code calls} inbound calls at once, spread over {@code agents} extra members
     * ({@code Local/2001@agents} and up, added if missing): each rings its agent for {@code ring}, is
     * answered and talks a random time between {@code minTalk} and {@code maxTalk}. Calls that find no
     * free member wait in the queue. Returns their Linkedids (the calls of a fault test, to count their
     * records against).
     */
    public List<String> placeCalls(int calls, int agents, Duration ring, Duration minTalk, Duration maxTalk) {
        if (calls <= 0 || agents <= 0 || maxTalk.compareTo(minTalk) < 0) {
            throw new CtiConfigurationException(
                    "Calls and agents must be more than zero, and the longest talk longer than the shortest.");
        }
        List<String> members = loadMembers(agents);
        return onPbx(() -> {
            pbx.ensureMembers(SimulatedPbx.DEFAULT_QUEUE, members);
            List<String> linkedids = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                CallPlan plan = new CallPlan();
                plan.pool = members;
                plan.ring = () -> ring;
                plan.talk = () -> minTalk.plusMillis(
                        ThreadLocalRandom.current().nextLong(maxTalk.minus(minTalk).toMillis() + 1));
                plan.joinDelay = Duration.ZERO;
                linkedids.add(pbx.startInbound("0532" + (1_000_000 + i), SimulatedPbx.DEFAULT_QUEUE, plan, null).linkedid);
            }
            return linkedids;
        });
    }

    /**
     * Sends every logged-in client these bytes as they are, between two events: for malformed frames,
     * unknown events and oversized fields. The text is sent in UTF-8; nothing is added.
     */
    public void sendRaw(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        onPbx(() -> {
            for (AmiSession s : sessions) {
                if (s.receivesEvents()) {
                    s.sendRaw(bytes);
                }
            }
            return null;
        });
    }

    /**
     * The PBX process dies without a {@code Shutdown} event (a crash or {@code kill -9}): every socket
     * closes at once, connections are refused for {@code downtime}, then it comes back empty with new
     * Uniqueids, as {@link Scenario#pbxRestart()} does. Returns once it is back.
     */
    public void crashAndRestart(Duration downtime) {
        ScenarioRun run = onPbx(() -> restart(downtime, false));
        try {
            if (!run.await(downtime.plusSeconds(10))) {
                throw new IllegalStateException("simulated PBX did not come back");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Load traffic as {@link #startLoad(double, int, Duration)}, with callers drawn in turn from {@code callerNumbers}
     * (national form, e.g. {@code 05321234567}), so that the calls come from known citizens.
     */
    public Traffic startLoad(double callsPerSecond, int agents, Duration talk, List<String> callerNumbers) {
        if (callerNumbers.isEmpty()) {
            throw new CtiConfigurationException("Load mode needs at least one caller number.");
        }
        List<String> numbers = List.copyOf(callerNumbers);
        int[] next = {0};
        return startLoad(callsPerSecond, agents, talk, () -> numbers.get(next[0]++ % numbers.size()));
    }

    /**
     * Hands every event to {@code observer} on the PBX thread right after it was queued for the connected
     * clients' sockets (benchmarks time the screen pop from there). The observer must return at once.
     */
    public void observeEvents(Consumer<AmiMessage> observer) {
        eventObserver = java.util.Objects.requireNonNull(observer, "observer");
    }

    /** Closes every client socket at once (the PBX itself goes on; calls continue unseen). */
    public void dropConnections() {
        onPbx(() -> {
            new ArrayList<>(sessions).forEach(AmiSession::close);
            return null;
        });
    }

    /**
     * While true, the port is closed and connections are refused, as with a PBX that is down; existing
     * connections stay. False listens on the same port again.
     */
    public synchronized void refuseConnections(boolean refuse) {
        if (refuse == refusing || closed) {
            return;
        }
        refusing = refuse;
        try {
            if (refuse) {
                server.close();
            } else {
                server = bind(port);
                startAccepting(server);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("AMI simülatörü portu " + port + " yeniden açılamadı", e);
        }
    }

    /** While true, Ping actions get no response although the socket stays open. */
    public void stopAnsweringPings(boolean stop) {
        onPbx(() -> {
            pbx.mutePings(stop);
            return null;
        });
    }

    /** Sends every logged-in client a frame that is not valid AMI (lines without a colon). */
    public void sendMalformedFrame() {
        byte[] garbage = "Event QueueCallerJoin without colon\r\n::::\r\nPrivilege\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        onPbx(() -> {
            for (AmiSession s : sessions) {
                if (s.receivesEvents()) {
                    s.sendRaw(garbage);
                }
            }
            return null;
        });
    }

    /**
     * Answers the survey dialler's calls ({@code Originate} into the context {@code survey}) as {@code answering} says,
     * and runs the survey script of every answered call on the FastAGI server at {@code agiHost:agiPort}, as the
     * documented dialplan's {@code AGI(agi://…/survey,${ACIKKAPI_TRACKING})} does. Without this call survey calls are
     * answered by {@link SurveyAnswering#demo()} and hang up after five seconds with no script.
     */
    public void answerSurveyCalls(SurveyAnswering answering, String agiHost, int agiPort) {
        java.util.Objects.requireNonNull(answering, "answering");
        onPbx(() -> {
            pbx.answerSurveyCalls(answering, agiHost, agiPort);
            return null;
        });
    }

    /** The most survey calls that were up at once (ringing or answered) since the start. */
    public int surveyCallsPeak() {
        return onPbx(pbx::surveyPeak);
    }

    /** Survey calls originated since the start. */
    public long surveyCallsPlaced() {
        return onPbx(pbx::surveyPlaced);
    }

    /** Survey calls up now. */
    public int liveSurveyCalls() {
        return onPbx(pbx::liveSurveyCalls);
    }

    /** Hangs up a call from the citizen's side, whatever its state; false if no such call. */
    public boolean hangupCall(String linkedid) {
        return onPbx(() -> pbx.hangupCall(linkedid));
    }

    /** The Linkedids of the calls the PBX has now. */
    public List<String> liveCalls() {
        return onPbx(pbx::liveLinkedids);
    }

    /** How many clients are connected now. */
    public int connectedClients() {
        return sessions.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the listening socket", e);
        }
        new ArrayList<>(sessions).forEach(AmiSession::close);
        pbxThread.shutdownNow();
    }

    /**
     * Runs the simulator until the JVM stops. Arguments: port, user, secret, and optionally calls per
     * minute of demo traffic over the three default members.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            LOG.severe("Kullanım: AmiSimulator <port> <kullanıcı> <parola> [dakikadaki çağrı sayısı]");
            return;
        }
        int port;
        int perMinute;
        try {
            port = Integer.parseInt(args[0]);
            perMinute = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        } catch (NumberFormatException e) {
            LOG.severe("Port ve dakikadaki çağrı sayısı sayı olmalı.");
            return;
        }
        AmiSimulator sim = start(new SimulatorConfig(port, args[1], args[2]));
        if (perMinute > 0) {
            sim.startDemoTraffic(perMinute, List.of("05321234567", "05329876543", "05324445566", "05321110001",
                    "05551112233"), SimulatedPbx.DEFAULT_MEMBERS);
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stop.countDown();
        }));
        stop.await();
    }

    // ------------------------------------------------------------------ internals

    private static List<String> loadMembers(int agents) {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            members.add("Local/" + (2000 + i) + "@agents");
        }
        return members;
    }

    private ScenarioRun run(SimCall call) {
        return new ScenarioRun(call.linkedid, call.done);
    }

    private static CompletableFuture<Void> outcome(String failure) {
        return failure == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.failedFuture(new IllegalStateException(failure));
    }

    private ScenarioRun restart(Duration downtime) {
        return restart(downtime, true);
    }

    private ScenarioRun restart(Duration downtime, boolean announced) {
        pbx.shutdownForRestart(announced);
        refuseConnections(true);
        new ArrayList<>(sessions).forEach(announced ? AmiSession::closeAfterSending : AmiSession::close);
        CompletableFuture<Void> back = new CompletableFuture<>();
        pbxThread.schedule(() -> {
            new ArrayList<>(sessions).forEach(AmiSession::close);
            pbx.reboot();
            refuseConnections(false);
            back.complete(null);
        }, downtime.toNanos(), TimeUnit.NANOSECONDS);
        return new ScenarioRun("", back);
    }

    private void broadcast(AmiMessage message) {
        byte[] bytes = null;
        for (AmiSession s : sessions) {
            if (s.receivesEvents()) {
                if (bytes == null) {
                    bytes = message.toWireBytes();
                }
                s.sendRaw(bytes);
            }
        }
        eventObserver.accept(message);
    }

    private void acceptLoop(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                socket.setTcpNoDelay(true);
                if (refusing || closed) {
                    socket.close();
                    continue;
                }
                AmiSession session = new AmiSession(socket,
                        (s, action) -> pbxThread.execute(() -> {
                            try {
                                pbx.handle(s, action);
                            } catch (RuntimeException e) {
                                LOG.log(Level.WARNING, "Simulated PBX could not handle an action", e);
                            }
                        }),
                        sessions::remove);
                sessions.add(session);
                session.start(BANNER);
            } catch (IOException e) {
                if (!listening.isClosed()) {
                    LOG.log(Level.FINE, "accept failed", e);
                }
            }
        }
    }

    private <T> T onPbx(Callable<T> task) {
        try {
            return pbxThread.submit(task).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulated PBX failed", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("simulated PBX did not answer", e);
        }
    }
}
