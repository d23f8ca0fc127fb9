package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.util.SocketConnectionFacade;
import org.jboss.logging.Logger;

import java.io.IOException;

/**
 * Sits between the AMI socket and asterisk-java's reader and keeps frames to a size the reader can
 * digest: a line longer than {@value #MAX_LINE_CHARS} characters is cut there, and a frame with more
 * than {@value #MAX_FIELDS} lines loses the rest of its lines up to the blank line that ends it.
 *
 * <p>Why: asterisk-java builds an event in its single reader thread, and its cost grows faster than
 * the number of fields (measured: 1,000 fields 0.8 s, 2,000 fields 2.7 s on 2 cores). One frame of
 * 10,000 fields, which no real Asterisk sends but a broken module or something on the path can, stalls
 * the reader for about a minute: the Ping watchdog then drops the link, and calls that start and end
 * during the stall are never seen. Real Asterisk 22 frames have well under 100 fields (the recorded
 * transcripts: at most 37 lines per frame, at most 63 characters per line).
 */
final class FrameGuard extends SocketReadFilter {

    private static final Logger LOG = Logger.getLogger(FrameGuard.class);

    static final int MAX_LINE_CHARS = 65_536;
    static final int MAX_FIELDS = 500;

    private final String server;
    private int linesInFrame;

    FrameGuard(SocketConnectionFacade socket, String server) {
        super(socket);
        this.server = server;
    }

    @Override
    public String readLine() throws IOException {
        String line = socket.readLine();
        if (line == null) {
            return null;
        }
        if (line.isEmpty()) {
            linesInFrame = 0;
            return line;
        }
        if (++linesInFrame > MAX_FIELDS) {
            int dropped = 1;
            while (true) {
                line = socket.readLine();
                if (line == null || line.isEmpty()) {
                    break;
                }
                dropped++;
            }
            LOG.warnf("AMI %s: a frame had more than %d lines; %d lines dropped up to its end", server, MAX_FIELDS,
                    dropped);
            linesInFrame = 0;
            return line;
        }
        if (line.length() > MAX_LINE_CHARS) {
            LOG.warnf("AMI %s: a line of %d characters was cut to %d", server, line.length(), MAX_LINE_CHARS);
            return line.substring(0, MAX_LINE_CHARS);
        }
        return line;
    }
}
