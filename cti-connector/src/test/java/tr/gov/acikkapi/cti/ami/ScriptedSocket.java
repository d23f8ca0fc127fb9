package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.util.SocketConnectionFacade;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A socket that hands out the given lines, then the end of the stream; what is written to it is dropped. */
final class ScriptedSocket implements SocketConnectionFacade {

    private final Deque<String> lines;

    ScriptedSocket(List<String> lines) {
        this.lines = new ArrayDeque<>(lines);
    }

    @Override
    public String readLine() {
        return lines.poll();
    }

    @Override
    public void write(String s) {
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public InetAddress getLocalAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getLocalPort() {
        return 0;
    }

    @Override
    public InetAddress getRemoteAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getRemotePort() {
        return 0;
    }
}
