package tr.gov.acikkapi.cti.simulator;

import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One AMI client connection: a reader thread that cuts the input into actions and hands them to the
 * PBX thread, and a writer thread that drains an unbounded queue so the PBX thread never waits for a
 * slow client.
 */
final class AmiSession {

    private static final byte[] CLOSE = new byte[0];

    private final Socket socket;
    private final BlockingQueue<byte[]> outbound = new LinkedBlockingQueue<>();
    private final BiConsumer<AmiSession, AmiMessage> onAction;
    private final Consumer<AmiSession> onClosed;
    private volatile boolean closed;

    volatile boolean loggedIn;
    volatile boolean eventsOn = true;
    String challenge;

    AmiSession(Socket socket, BiConsumer<AmiSession, AmiMessage> onAction, Consumer<AmiSession> onClosed) {
        this.socket = socket;
        this.onAction = onAction;
        this.onClosed = onClosed;
    }

    void start(String banner) {
        outbound.add((banner + "\r\n").getBytes(StandardCharsets.UTF_8));
        Thread writer = new Thread(this::writeLoop, "ami-sim-writer-" + socket.getPort());
        writer.setDaemon(true);
        writer.start();
        Thread reader = new Thread(this::readLoop, "ami-sim-reader-" + socket.getPort());
        reader.setDaemon(true);
        reader.start();
    }

    /** True once the client is logged in and wants events. */
    boolean receivesEvents() {
        return loggedIn && eventsOn && !closed;
    }

    void send(AmiMessage message) {
        sendRaw(message.toWireBytes());
    }

    void sendRaw(byte[] bytes) {
        if (!closed) {
            outbound.add(bytes);
        }
    }

    /** Closes the socket once everything queued before has been written. */
    void closeAfterSending() {
        outbound.add(CLOSE);
    }

    /** Closes the socket now (the client sees the connection drop). */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        outbound.add(CLOSE);
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
        onClosed.accept(this);
    }

    String localAddress() {
        return address((InetSocketAddress) socket.getLocalSocketAddress());
    }

    String remoteAddress() {
        return address((InetSocketAddress) socket.getRemoteSocketAddress());
    }

    private static String address(InetSocketAddress a) {
        return a == null ? "" : a.getAddress().getHostAddress() + "/" + a.getPort();
    }

    private void readLoop() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder frame = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (frame.length() > 0) {
                        onAction.accept(this, AmiMessage.parse(frame.toString()));
                        frame.setLength(0);
                    }
                } else {
                    frame.append(line).append("\r\n");
                }
            }
        } catch (IOException e) {
            // the connection was closed
        } finally {
            close();
        }
    }

    private void writeLoop() {
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            while (true) {
                byte[] next = outbound.take();
                if (next == CLOSE) {
                    out.flush();
                    close();
                    return;
                }
                out.write(next);
                if (outbound.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }
}
