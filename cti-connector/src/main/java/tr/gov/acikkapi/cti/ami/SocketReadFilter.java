package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.util.SocketConnectionFacade;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Objects;

/**
 * The AMI socket as asterisk-java uses it, with something between it and asterisk-java's reader: everything but
 * {@link #readLine()} goes to the socket unchanged. The filters are {@link FrameGuard} and {@link EventTap}.
 */
abstract class SocketReadFilter implements SocketConnectionFacade {

    /** The socket (or the filter) below this one. */
    protected final SocketConnectionFacade socket;

    SocketReadFilter(SocketConnectionFacade socket) {
        this.socket = Objects.requireNonNull(socket, "socket");
    }

    @Override
    public void write(String s) throws IOException {
        socket.write(s);
    }

    @Override
    public void flush() throws IOException {
        socket.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected();
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
        return socket.getRemoteAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getRemotePort();
    }
}
