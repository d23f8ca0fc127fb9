package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.util.SocketConnectionFacade;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sits between the AMI socket and asterisk-java's reader and takes the PBX's own events off the stream as
 * {@link AmiMessage}s, in wire order, before asterisk-java builds a typed event of them.
 *
 * <p>Why: asterisk-java turns every event into a bean by reflection, running a regular expression over the name of
 * every field, on its single reader thread; the connector then turned that bean back into {@code Key: Value} fields by
 * reflection ({@link ManagerEventTranslator}). Under the screen pop's load (50 calls a second) that round trip was
 * about 30 % of WildFly's CPU (docs/src/performance.md). The fields are what the {@link AmiEventHandler} reads, so
 * they are taken as Asterisk wrote them.
 *
 * <p>What is taken: a frame that starts with an {@code Event:} line and has no {@code ActionID} field, that is, an
 * event the PBX sent on its own. Everything else reaches asterisk-java unchanged, line for line: the banner, the
 * responses, and the events that answer an action of ours ({@code QueueStatus} list items, {@code
 * OriginateResponse}), which asterisk-java matches to the action that asked. Events taken are handed to the sink on
 * the reader's thread, in the order they arrived; the sink must return at once (the {@link AmiLink} puts them on its
 * lane). A frame cut off by the end of the stream is dropped, as asterisk-java drops it. Without a sink, nothing is
 * taken.
 *
 * <p>Not thread-safe: asterisk-java's reader is its only caller.
 */
final class EventTap extends SocketReadFilter {

    private static final Logger LOG = Logger.getLogger(EventTap.class);

    private final Consumer<AmiMessage> sink;
    private final String server;
    /** Lines of a frame read ahead and given back to asterisk-java, one per {@link #readLine()}. */
    private final ArrayDeque<String> giveBack = new ArrayDeque<>();
    /** True when the next line read begins a frame (after an empty line, at the start, after the banner). */
    private boolean atFrameStart = true;

    /**
     * @param socket the socket (or the {@link FrameGuard} on it) to read from
     * @param sink   receives each event taken; {@code null} takes none
     * @param server the configured server name, for the log
     */
    EventTap(SocketConnectionFacade socket, Consumer<AmiMessage> sink, String server) {
        super(socket);
        this.sink = sink;
        this.server = server;
    }

    @Override
    public String readLine() throws IOException {
        String line = giveBack.poll();
        if (line != null) {
            return line;
        }
        while (true) {
            line = socket.readLine();
            if (line == null || sink == null) {
                return line;
            }
            if (!atFrameStart || !line.startsWith("Event:")) {
                atFrameStart = line.isEmpty() || isBanner(line);
                return line;
            }
            List<String> frame = new ArrayList<>(24);
            frame.add(line);
            boolean answersAnAction = false;
            String next;
            while ((next = socket.readLine()) != null && !next.isEmpty()) {
                frame.add(next);
                answersAnAction |= next.regionMatches(true, 0, "ActionID:", 0, 9);
            }
            if (next == null) {
                return null;
            }
            if (answersAnAction) {
                giveBack.addAll(frame.subList(1, frame.size()));
                giveBack.add(next);
                atFrameStart = true;
                return frame.get(0);
            }
            hand(frame);
        }
    }

    private void hand(List<String> frame) {
        List<AmiMessage.Field> fields = new ArrayList<>(frame.size());
        for (String l : frame) {
            fields.add(AmiMessage.Field.parse(l));
        }
        try {
            sink.accept(new AmiMessage(fields));
        } catch (RuntimeException e) {
            LOG.warnf(e, "AMI %s: an event could not be handed on and is lost (%s)", server, frame.get(0));
        }
    }

    /** The identification line the PBX sends first, on a line of its own (as asterisk-java recognises it). */
    private static boolean isBanner(String line) {
        return line.startsWith("Asterisk Call Manager/") || line.startsWith("Asterisk Call Manager Proxy/")
                || line.startsWith("Asterisk Manager Proxy/") || line.startsWith("OpenPBX Call Manager/")
                || line.startsWith("CallWeaver Call Manager/");
    }
}
