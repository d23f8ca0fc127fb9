package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.MappingStrategy;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.CtiConfigurationException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * The FastAGI server Asterisk's {@code AGI(agi://host:4573/status)} connects to: asterisk-java's
 * {@code DefaultAgiServer} on a configurable address and port, mapping {@code status}, {@code priority} and
 * {@code survey} to our scripts ({@link IvrScripts}).
 *
 * <p>Threads come from the container: each session runs on the {@link Executor} given (a
 * {@code ManagedExecutorService} in WildFly), the accept loop on one thread from the {@link ThreadFactory}
 * given (a {@code ManagedThreadFactory}), so the server never starts threads of its own.
 * {@link #start()} binds at once (a port in use fails right there, with a message naming the setting to change) and returns;
 * {@link #stop()} closes the listening socket and every open session and waits at most two seconds for the
 * accept loop to end. A peer that sends garbage, hangs up mid-script or breaks the pipe costs one log line at
 * most; the server goes on serving.
 */
public final class IvrServer {

    private static final Logger LOG = Logger.getLogger(IvrServer.class);
    private static final int BACKLOG = 200;
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final IvrSettings settings;
    private final MappingStrategy scripts;
    private final Executor sessions;
    private final ThreadFactory threads;
    private final Set<FastAgiSocket> live = ConcurrentHashMap.newKeySet();

    private FastAgiListener listener;
    private Thread acceptor;
    private int boundPort = -1;

    /**
     * @param settings address, port, limits and timeouts
     * @param scripts what runs for a request; normally {@link IvrScripts}
     * @param sessions runs one task per FastAGI session (blocking I/O for the length of a call)
     * @param threads makes the one thread that accepts connections
     */
    public IvrServer(IvrSettings settings, MappingStrategy scripts, Executor sessions, ThreadFactory threads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scripts = Objects.requireNonNull(scripts, "scripts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    /**
     * Binds the listening socket and starts accepting; does nothing if running already.
     *
     * @throws CtiConfigurationException if the address does not resolve or the port cannot be bound
     */
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        Set<InetAddress> allowedPeers = resolvePeers();
        ServerSocket serverSocket = bind();
        FastAgiListener newListener = new FastAgiListener(scripts, serverSocket, settings, allowedPeers, sessions,
                live);
        Thread thread = threads.newThread(newListener::serve);
        if (thread == null) {
            newListener.closeListeningSocket();
            throw new CtiConfigurationException("The FastAGI server could not start: the thread factory gave no thread.");
        }
        thread.setName("acikkapi-fastagi-" + serverSocket.getLocalPort());
        thread.start();
        listener = newListener;
        acceptor = thread;
        boundPort = serverSocket.getLocalPort();
        LOG.infof("FastAGI IVR listening on %s:%d (scripts: %s, %s, %s)", settings.bindAddress(), boundPort,
                StatusLine.NAME, QueuePriority.NAME, SatisfactionSurvey.NAME);
        if (!serverSocket.getInetAddress().isLoopbackAddress() && allowedPeers.isEmpty()) {
            LOG.warnf("FastAGI IVR is open to every address; allow only the PBX addresses with %s "
                    + "(the caller number in a FastAGI request can be forged).", IvrSettings.ALLOWED_PEERS);
        }
    }

    /** Stops accepting, ends open sessions, and waits briefly for the accept loop; does nothing if stopped. */
    public synchronized void stop() {
        if (listener == null) {
            return;
        }
        listener.shutdown();
        listener.closeListeningSocket();
        for (FastAgiSocket session : live) {
            session.close();
        }
        try {
            acceptor.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (acceptor.isAlive()) {
            LOG.warnf("FastAGI listener did not stop within %d s", STOP_WAIT.toSeconds());
        }
        LOG.infof("FastAGI IVR stopped (port %d)", boundPort);
        listener = null;
        acceptor = null;
        boundPort = -1;
    }

    /** Whether {@link #start()} ran and {@link #stop()} did not since. */
    public synchronized boolean isRunning() {
        return listener != null;
    }

    /** The port actually bound (the chosen one when the settings say 0), while running. */
    public synchronized OptionalInt port() {
        return boundPort < 0 ? OptionalInt.empty() : OptionalInt.of(boundPort);
    }

    /** FastAGI connections open now (sessions being served, or accepted and not yet closed). */
    public int openSessions() {
        return live.size();
    }

    private ServerSocket bind() {
        InetAddress address = resolve(IvrSettings.BIND, settings.bindAddress());
        ServerSocket serverSocket = null;
        try {
            serverSocket = new ServerSocket();
            serverSocket.setReuseAddress(true);
            serverSocket.bind(new InetSocketAddress(address, settings.port()), BACKLOG);
            return serverSocket;
        } catch (IOException e) {
            if (serverSocket != null) {
                try {
                    serverSocket.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new CtiConfigurationException("The FastAGI server cannot listen on " + settings.bindAddress() + ":" + settings.port()
                    + " (" + e.getMessage() + "). Another process may hold the port: change "
                    + IvrSettings.PORT + " or " + IvrSettings.BIND + ".");
        }
    }

    private Set<InetAddress> resolvePeers() {
        Set<InetAddress> peers = new LinkedHashSet<>();
        for (String peer : settings.allowedPeers()) {
            peers.add(resolve(IvrSettings.ALLOWED_PEERS, peer));
        }
        return Set.copyOf(peers);
    }

    private static InetAddress resolve(String key, String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CtiConfigurationException("IVR setting " + key + "='" + host + "' is wrong: the address does not resolve.");
        }
    }
}
