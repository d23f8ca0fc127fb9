package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.util.SocketConnectionFacade;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One FastAGI connection, as asterisk-java's reader and writer see it, with the limits a server facing a
 * network needs: lines end with LF (a CR before it is dropped) and are at most {@value #MAX_LINE_BYTES}
 * bytes; the request ({@code agi_*} lines up to the blank line) must come within the handshake timeout and
 * in at most {@value #MAX_REQUEST_LINES} lines, and each later reply within the reply timeout.
 *
 * <p>{@link #readRequest()} reads and checks the request before asterisk-java sees it, so a peer that is not
 * Asterisk (a port scanner, a health probe, an HTTP client) is turned away without ever reaching a script.
 * {@link #close()} may be called from any thread; it ends a blocked read at once.
 */
final class FastAgiSocket implements SocketConnectionFacade {

    static final int MAX_LINE_BYTES = 8192;
    static final int MAX_REQUEST_LINES = 256;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Duration replyTimeout;
    private final Consumer<FastAgiSocket> onClose;
    private final ArrayDeque<String> request = new ArrayDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    FastAgiSocket(Socket socket, Duration handshakeTimeout, Duration replyTimeout, Consumer<FastAgiSocket> onClose)
            throws IOException {
        this.socket = socket;
        this.replyTimeout = replyTimeout;
        this.onClose = onClose;
        socket.setSoTimeout(millis(handshakeTimeout));
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /**
     * Reads the request lines up to and including the blank line, to be handed out again by
     * {@link #readLine()}.
     *
     * @return empty when it is a FastAGI request; otherwise why it is not (for one log line)
     */
    Optional<String> readRequest() {
        boolean agiLines = false;
        try {
            while (true) {
                if (request.size() >= MAX_REQUEST_LINES) {
                    return Optional.of("no blank line within " + MAX_REQUEST_LINES + " lines");
                }
                String line = readRawLine();
                if (line == null) {
                    return Optional.of(request.isEmpty() ? "closed without sending anything"
                            : "closed before the request was complete");
                }
                request.addLast(line);
                if (line.isEmpty()) {
                    break;
                }
                agiLines |= line.startsWith("agi_") && line.indexOf(':') > 4;
            }
            if (!agiLines) {
                return Optional.of("no agi_ line in the request");
            }
            socket.setSoTimeout(millis(replyTimeout));
            return Optional.empty();
        } catch (SocketTimeoutException e) {
            return Optional.of("the request was not complete in time");
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public String readLine() throws IOException {
        String line = request.pollFirst();
        return line != null ? line : readRawLine();
    }

    @Override
    public void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket that is already broken: nothing is left to release
            } finally {
                onClose.accept(this);
            }
        }
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }

    /** A line without its LF (and CR), or null at the end of the stream. */
    private String readRawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return decode(line);
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : decode(line);
    }

    private static String decode(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }
}
