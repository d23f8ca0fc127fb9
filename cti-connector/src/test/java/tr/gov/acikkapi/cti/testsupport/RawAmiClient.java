package tr.gov.acikkapi.cti.testsupport;

import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A bare AMI client over a socket that keeps every frame it receives, byte-exact, for shape checks. */
public final class RawAmiClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final List<AmiMessage> frames = new ArrayList<>();
    private final List<String> rawFrames = new ArrayList<>();
    private volatile String banner;
    private volatile boolean closedByPeer;

    public RawAmiClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "raw-ami-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            banner = in.readLine();
            StringBuilder frame = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    synchronized (this) {
                        rawFrames.add(frame.toString());
                        frames.add(AmiMessage.parse(frame.toString()));
                        notifyAll();
                    }
                    frame.setLength(0);
                } else {
                    frame.append(line).append("\r\n");
                }
            }
        } catch (IOException e) {
            // closed
        } finally {
            synchronized (this) {
                closedByPeer = true;
                notifyAll();
            }
        }
    }

    public String banner() {
        return banner;
    }

    public void send(AmiMessage action) throws IOException {
        out.write(action.toWireBytes());
        out.flush();
    }

    /** Plain login as the recorder did it. */
    public AmiMessage login(String user, String secret) throws IOException {
        send(AmiMessage.action("Login").add("ActionID", "login").add("Username", user).add("Secret", secret).build());
        return await(m -> m.text("ActionID").equals("login") && m.responseStatus().isPresent(), Duration.ofSeconds(5));
    }

    /** Sends an action and waits for its response. */
    public AmiMessage request(AmiMessage action) throws IOException {
        send(action);
        String id = action.text("ActionID");
        return await(m -> m.responseStatus().isPresent() && m.text("ActionID").equals(id), Duration.ofSeconds(5));
    }

    public synchronized List<AmiMessage> frames() {
        return new ArrayList<>(frames);
    }

    public synchronized boolean closedByPeer() {
        return closedByPeer;
    }

    /** Waits for a frame matching the condition (looking at everything received so far too). */
    public synchronized AmiMessage await(Predicate<AmiMessage> condition, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < frames.size(); checked++) {
                if (condition.test(frames.get(checked))) {
                    return frames.get(checked);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || closedByPeer && checked == frames.size()) {
                throw new AssertionError("no matching frame within " + bound + " (closed=" + closedByPeer + ")");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until the peer closes the connection. */
    public synchronized void awaitClosed(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!closedByPeer) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("connection still open after " + bound);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
