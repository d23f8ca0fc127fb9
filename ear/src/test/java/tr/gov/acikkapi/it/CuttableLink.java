package tr.gov.acikkapi.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between a browser and the server, as a TCP relay on a local port that a test can cut: {@link #cut()}
 * resets every connection through it (the browser sees its sockets fail as on a network loss, code 1006) and refuses
 * new ones until {@link #restore()}. Nothing in the product knows about it.
 */
final class CuttableLink implements AutoCloseable {

    private final ServerSocket listener;
    private volatile InetSocketAddress target;
    private final String path;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    private CuttableLink(URL server) throws IOException {
        this.target = new InetSocketAddress(server.getHost(), server.getPort());
        this.path = server.getPath();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "cuttable-link-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay to the application at {@code server}. */
    static CuttableLink to(URL server) {
        try {
            return new CuttableLink(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's address through the relay. */
    URL base() {
        try {
            return new URL("http", "127.0.0.1", listener.getLocalPort(), path);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * New connections go to the application at {@code server} from now on, as a load balancer sends them to another
     * node when theirs stopped; open ones stay where they are.
     */
    void moveTo(URL server) {
        target = new InetSocketAddress(server.getHost(), server.getPort());
    }

    /** The network fails: every open connection is reset and new ones are refused. */
    void cut() {
        down = true;
        for (Socket socket : open) {
            reset(socket);
        }
    }

    /** The network is back: new connections go through again. */
    void restore() {
        down = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    reset(client);
                    continue;
                }
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    continue;
                }
                return;
            }
        }
    }

    /** Copies one direction; an end of stream is passed on as such, a failure resets both ends. */
    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
                to.shutdownOutput();
                if (from.isOutputShutdown()) {
                    reset(from);
                    reset(to);
                }
            } catch (IOException e) {
                reset(from);
                reset(to);
            }
        }, "cuttable-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void reset(Socket socket) {
        open.remove(socket);
        try {
            if (!socket.isClosed()) {
                socket.setSoLinger(true, 0);
                socket.close();
            }
        } catch (IOException e) {
            // already gone: nothing left to reset
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }
}
