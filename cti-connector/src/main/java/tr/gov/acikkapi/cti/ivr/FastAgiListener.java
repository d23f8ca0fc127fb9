package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.jboss.logging.Logger;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * asterisk-java's FastAGI server, run on our terms: it accepts on a socket {@link IvrServer} bound already,
 * turns away peers not on the allow-list, serves each connection on the executor it was given (never on a
 * pool of its own) and at most {@code maxSessions} at once, and checks each request before the library
 * reads it ({@link FastAgiSocket#readRequest()}).
 *
 * <p>The library's accept loop is single-threaded: it calls {@link ServerSocketFacade#accept()} and then
 * {@link #execute(Runnable)} for that connection's handler, one connection after the other, so the
 * connection just accepted is the one the handler serves.
 */
final class FastAgiListener extends DefaultAgiServer {

    private static final Logger LOG = Logger.getLogger(FastAgiListener.class);

    private final Listening listening;
    private final Executor sessions;
    private final Semaphore sessionPermits;

    FastAgiListener(MappingStrategy scripts, ServerSocket serverSocket, IvrSettings settings,
                    Set<InetAddress> allowedPeers, Executor sessions, Set<FastAgiSocket> live) {
        super(scripts);
        this.listening = new Listening(serverSocket, settings, allowedPeers, live);
        this.sessions = sessions;
        this.sessionPermits = new Semaphore(settings.maxSessions());
        setAddress(serverSocket.getInetAddress());
        setPort(serverSocket.getLocalPort());
    }

    /** Runs the accept loop until {@link #shutdown()}; for the acceptor thread. */
    void serve() {
        try {
            startup();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "FastAGI listener stopped unexpectedly");
        }
    }

    /** Closes the listening socket, so the accept loop ends even if it has not reached accept() yet. */
    void closeListeningSocket() {
        listening.close();
    }

    @Override
    protected ServerSocketFacade createServerSocket() {
        return listening;
    }

    @Override
    protected void execute(Runnable handler) {
        FastAgiSocket connection = listening.lastAccepted;
        if (!sessionPermits.tryAcquire()) {
            throw new RejectedExecutionException("FastAGI session limit reached");
        }
        try {
            sessions.execute(() -> {
                try {
                    serve(connection, handler);
                } finally {
                    sessionPermits.release();
                }
            });
        } catch (RejectedExecutionException e) {
            sessionPermits.release();
            throw e;
        }
    }

    private static void serve(FastAgiSocket connection, Runnable handler) {
        Optional<String> refusal = connection.readRequest();
        if (refusal.isPresent()) {
            LOG.warnf("FastAGI: the connection from %s is not a valid Asterisk request (%s); closed",
                    connection.getRemoteAddress().getHostAddress(), refusal.get());
            connection.close();
            return;
        }
        handler.run();
    }

    /** The bound server socket as the library's accept loop sees it. */
    private static final class Listening implements ServerSocketFacade {

        private final ServerSocket serverSocket;
        private final IvrSettings settings;
        private final Set<InetAddress> allowedPeers;
        private final Set<FastAgiSocket> live;
        private final AtomicBoolean refusalLogged = new AtomicBoolean();
        /** Written and read only by the accept loop's thread. */
        private FastAgiSocket lastAccepted;

        Listening(ServerSocket serverSocket, IvrSettings settings, Set<InetAddress> allowedPeers,
                  Set<FastAgiSocket> live) {
            this.serverSocket = serverSocket;
            this.settings = settings;
            this.allowedPeers = allowedPeers;
            this.live = live;
        }

        @Override
        public SocketConnectionFacade accept() throws IOException {
            while (true) {
                Socket socket = serverSocket.accept();
                if (!allowedPeers.isEmpty() && !allowedPeers.contains(socket.getInetAddress())) {
                    refuse(socket);
                    continue;
                }
                try {
                    FastAgiSocket connection = new FastAgiSocket(socket, settings.handshakeTimeout(),
                            settings.replyTimeout(), live::remove);
                    live.add(connection);
                    lastAccepted = connection;
                    return connection;
                } catch (IOException e) {
                    LOG.debugf("FastAGI: connection broke while being set up: %s", e.getMessage());
                    closeQuietly(socket);
                }
            }
        }

        @Override
        public void close() {
            closeQuietly(serverSocket);
        }

        @Override
        public void setSocketReadTimeout(int socketReadTimeout) {
            // timeouts come from IvrSettings (handshake and reply), not from the library
        }

        private void refuse(Socket socket) {
            String peer = socket.getInetAddress().getHostAddress();
            closeQuietly(socket);
            if (refusalLogged.compareAndSet(false, true)) {
                LOG.warnf("FastAGI: connection refused from an address not allowed: %s (allowed: %s). "
                        + "Further refusals are logged at DEBUG.", peer, settings.allowedPeers());
            } else {
                LOG.debugf("FastAGI: connection refused from an address not allowed: %s", peer);
            }
        }

        private static void closeQuietly(Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.tracef("FastAGI: while closing the socket: %s", e.getMessage());
            }
        }
    }
}
