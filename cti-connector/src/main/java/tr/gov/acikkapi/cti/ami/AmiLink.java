package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.BridgeEvent;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.TelephonyResult;
import tr.gov.acikkapi.cti.event.CtiEventListener;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The AMI link to one PBX server, around an asterisk-java {@link ManagerConnection}.
 *
 * <ul>
 * <li>{@link #start()} returns at once; logging in happens on the given scheduler.</li>
 * <li>The PBX's own events are taken off the socket as they were written ({@link EventTap}) and handed
 * at once to a {@link SerialLane} on the given executor, which feeds the {@link AmiEventHandler} (the
 * call correlator): one sequential lane per server, in PBX order. So asterisk-java's reader never waits
 * for us, and its 20,000-event queue, which drops silently when full, is not in their way. Events that
 * asterisk-java still delivers (those answering an action) are translated on the same lane. Link state
 * changes ({@link PbxLinkChanged}) go through the same lane, so listeners see one ordered stream per
 * server.</li>
 * <li>After every (re)connect, the lane gets {@link AmiEventHandler#onLinkUp()}, then the result of
 * {@code QueueStatus} and {@code CoreShowChannels} ({@link AmiEventHandler#onResync}), then the UP
 * state.</li>
 * <li>A watchdog sends {@code Ping} every {@link AmiLinkConfig#pingInterval()}; an answer missing for
 * {@link AmiLinkConfig#pingTimeout()} means the link is dead even if the socket is open.</li>
 * <li>Lost links and failed logins are retried with exponential backoff (with a little jitter) up to
 * {@link AmiLinkConfig#maxBackoff()}. Each failed attempt is one log line without stack trace; refused
 * credentials are reported as {@link LinkState#AUTH_FAILED}. A fresh asterisk-java connection is used
 * for every attempt, and asterisk-java's own reconnect loop is stopped, so only this class decides when
 * to reconnect.</li>
 * <li>A {@link FrameGuard} on the socket cuts oversized lines and frames before asterisk-java parses
 * them, so one malformed frame cannot stall the reader.</li>
 * </ul>
 *
 * <p>Thread-safe. The scheduler runs connects (which block up to the action timeout per step), the
 * watchdog and the resync requests; give it at least one thread of its own per few servers.
 */
public final class AmiLink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AmiLink.class);

    private final AmiLinkConfig config;
    private final AmiEventHandler handler;
    private final CtiEventListener linkListener;
    private final ScheduledExecutorService scheduler;
    private final SerialLane lane;
    private final Supplier<ManagerConnection> connections;

    private final Object lock = new Object();
    private volatile long generation;
    private volatile ManagerConnection current;
    private volatile LinkState state = LinkState.CONNECTING;
    private volatile long pingSentAt;
    private volatile int consecutiveFailures;
    private boolean started;
    private boolean closed;
    private ScheduledFuture<?> watchdog;
    private ScheduledFuture<?> reconnect;
    private LinkState published;

    /**
     * @param config       where the PBX is and how to watch it
     * @param handler      receives events and resyncs on the lane (usually a
     *                     {@link tr.gov.acikkapi.cti.call.CallCorrelator})
     * @param linkListener receives {@link PbxLinkChanged} on the lane
     * @param scheduler    runs connects, the watchdog and resync requests
     * @param laneExecutor runs the serial lane (any executor; tasks of this link never overlap)
     */
    public AmiLink(AmiLinkConfig config, AmiEventHandler handler, CtiEventListener linkListener,
            ScheduledExecutorService scheduler, Executor laneExecutor) {
        this(config, handler, linkListener, scheduler, laneExecutor, () -> new GuardedAmiConnection(config));
    }

    AmiLink(AmiLinkConfig config, AmiEventHandler handler, CtiEventListener linkListener,
            ScheduledExecutorService scheduler, Executor laneExecutor, Supplier<ManagerConnection> connections) {
        this.config = Objects.requireNonNull(config, "config");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.linkListener = Objects.requireNonNull(linkListener, "linkListener");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.lane = new SerialLane(Objects.requireNonNull(laneExecutor, "laneExecutor"));
        this.connections = connections;
    }

    /** Starts connecting in the background; returns at once. Calling it again does nothing. */
    public void start() {
        synchronized (lock) {
            if (started || closed) {
                return;
            }
            started = true;
        }
        publish(LinkState.CONNECTING, "Bağlanılıyor: " + config.host() + ":" + config.port());
        scheduler.execute(this::connect);
    }

    /** The configured server name. */
    public String server() {
        return config.server();
    }

    /** The link state now. */
    public LinkState state() {
        return state;
    }

    /** Failed connect attempts since the last success (0 while up). */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /**
     * Waits, at most {@code timeout}, until the events already read from the PBX have been handled: a node that
     * gives the link up hands on only what it has handled (the next holder starts from the calls noted in progress).
     *
     * @return false when the backlog was not handled in time
     */
    public boolean awaitHandled(Duration timeout) {
        return lane.awaitIdle(timeout);
    }

    /** Events and tasks waiting on the lane (health metric). */
    public int laneBacklog() {
        return lane.backlog();
    }

    /**
     * Stops the link: no more reconnects, logs off, reports DOWN. Safe when the container has already shut the
     * lane's executor down: the last events are then dropped without an error, so a stop logs nothing alarming.
     */
    @Override
    public void close() {
        ManagerConnection c;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            generation++;
            c = current;
            current = null;
            cancel(watchdog);
            cancel(reconnect);
        }
        if (c != null) {
            logoffQuietly(c);
            lane.executeUnlessStopped(handler::onLinkDown);
        }
        publish(LinkState.DOWN, "Bağlantı kapatıldı");
    }

    /**
     * Sends an action and waits (at most the action timeout) for its response, for {@link AmiTelephony}.
     * Never throws for PBX or network problems.
     */
    TelephonyResult perform(ManagerAction action) {
        ManagerConnection c = current;
        if (c == null || state != LinkState.UP) {
            return TelephonyResult.failed("PBX bağlantısı yok (" + config.server() + "); işlem yapılamadı.");
        }
        try {
            ManagerResponse r = c.sendAction(action, config.actionTimeout().toMillis());
            if (r == null) {
                return TelephonyResult.failed("PBX yanıt vermedi.");
            }
            if (r instanceof ManagerError || !"Success".equalsIgnoreCase(r.getResponse())) {
                return TelephonyResult.failed(r.getMessage());
            }
            return TelephonyResult.ok(r.getMessage());
        } catch (TimeoutException e) {
            return TelephonyResult.failed("PBX " + config.actionTimeout().toSeconds() + " saniye içinde yanıt vermedi.");
        } catch (IOException | IllegalStateException e) {
            return TelephonyResult.failed("PBX'e gönderilemedi: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ connecting

    private void connect() {
        long gen;
        synchronized (lock) {
            if (closed) {
                return;
            }
            gen = ++generation;
            reconnect = null;
        }
        ManagerConnection c;
        try {
            c = connections.get();
        } catch (RuntimeException e) {
            failed(gen, null, LinkState.DOWN, new Reason("cannot connect", "Bağlantı kurulamadı").with(describe(e)));
            return;
        }
        if (c instanceof ManagerConnectionImpl impl) {
            impl.setDefaultResponseTimeout(config.actionTimeout().toMillis());
            impl.setDefaultEventTimeout(config.actionTimeout().toMillis());
        } else if (c instanceof DefaultManagerConnection impl) {
            impl.setDefaultResponseTimeout(config.actionTimeout().toMillis());
            impl.setDefaultEventTimeout(config.actionTimeout().toMillis());
        }
        c.setSocketTimeout((int) Math.min(Integer.MAX_VALUE, config.actionTimeout().toMillis()));
        c.setKeepAliveAfterAuthenticationFailure(false);
        c.addEventListener(event -> onManagerEvent(gen, event));
        if (c instanceof GuardedAmiConnection guarded) {
            guarded.tapEvents(event -> onWireEvent(gen, event));
        }
        try {
            c.login();
        } catch (AuthenticationFailedException e) {
            failed(gen, c, LinkState.AUTH_FAILED, new Reason("AMI login refused", "AMI girişi reddedildi").with(describe(e)));
            return;
        } catch (IOException | TimeoutException | RuntimeException e) {
            failed(gen, c, LinkState.DOWN, new Reason("cannot connect", "Bağlanılamadı").with(describe(e)));
            return;
        }
        synchronized (lock) {
            if (closed || gen != generation) {
                logoffQuietly(c);
                return;
            }
            current = c;
            pingSentAt = 0;
        }
        lane.execute(handler::onLinkUp);
        PbxSnapshot snapshot;
        try {
            snapshot = new PbxSnapshot(list(c, new QueueStatusAction()), list(c, new CoreShowChannelsAction()));
        } catch (IOException | TimeoutException | RuntimeException e) {
            lost(gen, new Reason("state query failed", "Durum alınamadı").with(describe(e)));
            return;
        }
        lane.execute(() -> handler.onResync(snapshot));
        consecutiveFailures = 0;
        LOG.infof("AMI %s: connected to %s:%d, state resynchronised (%d queue items, %d channels)",
                config.server(), config.host(), config.port(), snapshot.queueStatus().size(), snapshot.channels().size());
        publish(LinkState.UP, "Bağlandı: " + config.host() + ":" + config.port());
        synchronized (lock) {
            if (gen == generation && !closed) {
                long interval = config.pingInterval().toNanos();
                watchdog = scheduler.scheduleWithFixedDelay(() -> watch(gen), interval, interval, TimeUnit.NANOSECONDS);
            }
        }
    }

    private List<AmiMessage> list(ManagerConnection c, EventGeneratingAction action)
            throws IOException, TimeoutException {
        ResponseEvents events = c.sendEventGeneratingAction(action, config.actionTimeout().toMillis());
        if (events.getResponse() instanceof ManagerError error) {
            throw new IOException(action.getAction() + " refused: " + error.getMessage());
        }
        List<AmiMessage> items = new ArrayList<>();
        for (ResponseEvent e : events.getEvents()) {
            AmiMessage m = ManagerEventTranslator.translate(e);
            if (!m.eventName().orElse("").endsWith("Complete")) {
                items.add(m);
            }
        }
        return items;
    }

    private void onManagerEvent(long gen, ManagerEvent event) {
        if (gen != generation) {
            return;
        }
        if (event instanceof DisconnectEvent) {
            scheduler.execute(() -> lost(gen, new Reason("disconnected", "Bağlantı koptu")));
            return;
        }
        if (event instanceof ConnectEvent || event instanceof DialEvent || event instanceof BridgeEvent) {
            return;
        }
        lane.execute(() -> handler.onEvent(ManagerEventTranslator.translate(event), lane.backlog() > 0));
    }

    /** An event the {@link EventTap} took off the stream, on asterisk-java's reader thread. */
    private void onWireEvent(long gen, AmiMessage event) {
        if (gen == generation) {
            lane.execute(() -> handler.onEvent(event, lane.backlog() > 0));
        }
    }

    private void watch(long gen) {
        ManagerConnection c = current;
        if (gen != generation || c == null) {
            return;
        }
        long now = System.nanoTime();
        long sent = pingSentAt;
        if (sent != 0) {
            if (now - sent > config.pingTimeout().toNanos()) {
                lost(gen, new Reason("no answer to Ping for " + config.pingTimeout().toSeconds() + " s",
                        "PBX " + config.pingTimeout().toSeconds() + " saniyedir Ping'e yanıt vermiyor"));
            }
            return;
        }
        pingSentAt = now;
        try {
            c.sendAction(new PingAction(), response -> {
                if (response != null && gen == generation) {
                    pingSentAt = 0;
                }
            });
        } catch (IOException | IllegalStateException e) {
            lost(gen, new Reason("Ping could not be sent", "Ping gönderilemedi").with(describe(e)));
        }
    }

    private void lost(long gen, Reason reason) {
        ManagerConnection c;
        synchronized (lock) {
            if (closed || gen != generation) {
                return;
            }
            generation++;
            c = current;
            current = null;
            cancel(watchdog);
            watchdog = null;
        }
        LOG.warnf("AMI %s: link lost (%s); reconnecting", config.server(), reason.log());
        lane.execute(handler::onLinkDown);
        publish(LinkState.DOWN, reason.shown());
        if (c != null) {
            shortenTimeouts(c);
            scheduler.execute(() -> logoffQuietly(c));
        }
        scheduleReconnect(config.initialBackoff());
    }

    private void failed(long gen, ManagerConnection c, LinkState failure, Reason reason) {
        if (c != null) {
            logoffQuietly(c);
        }
        int failures = ++consecutiveFailures;
        long factor = 1L << Math.min(20, failures - 1);
        Duration delay = config.initialBackoff().multipliedBy(factor);
        if (delay.compareTo(config.maxBackoff()) > 0) {
            delay = config.maxBackoff();
        }
        delay = delay.plusMillis(ThreadLocalRandom.current().nextLong(Math.max(1, delay.toMillis() / 10)));
        LOG.warnf("AMI %s (%s:%d): %s; attempt %d, next in %d ms", config.server(), config.host(), config.port(),
                reason.log(), failures, delay.toMillis());
        synchronized (lock) {
            if (closed || gen != generation) {
                return;
            }
        }
        publish(failure, reason.shown());
        scheduleReconnect(delay);
    }

    private void scheduleReconnect(Duration delay) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            cancel(reconnect);
            reconnect = scheduler.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void publish(LinkState newState, String detail) {
        synchronized (lock) {
            state = newState;
            if (newState == published) {
                return;
            }
            published = newState;
        }
        PbxLinkChanged event = new PbxLinkChanged(config.server(), newState, detail);
        lane.executeUnlessStopped(() -> linkListener.onCtiEvent(event));
    }

    private void shortenTimeouts(ManagerConnection c) {
        long shortened = Math.min(500, config.actionTimeout().toMillis());
        if (c instanceof ManagerConnectionImpl impl) {
            impl.setDefaultResponseTimeout(shortened);
        } else if (c instanceof DefaultManagerConnection impl) {
            impl.setDefaultResponseTimeout(shortened);
        }
    }

    /** Logs off (stops asterisk-java's own reconnect loop and closes the socket); never throws. */
    private static void logoffQuietly(ManagerConnection c) {
        try {
            c.logoff();
        } catch (RuntimeException e) {
            LOG.debugf("logoff after a failure: %s", e.getMessage());
        }
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    /**
     * Why the link changed state, twice: in English for the server log (operators), in Turkish for the
     * {@link PbxLinkChanged} detail the console shows.
     */
    private record Reason(String log, String shown) {

        Reason with(String detail) {
            return new Reason(log + ": " + detail, shown + ": " + detail);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
