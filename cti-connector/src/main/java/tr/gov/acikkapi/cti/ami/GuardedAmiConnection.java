package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.util.SocketConnectionFacade;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * asterisk-java's manager connection with a {@link FrameGuard} on its socket, so that one oversized
 * frame cannot stall the reader, and, once {@link #tapEvents} is given a sink, an {@link EventTap} above it
 * that takes the PBX's own events off the stream before asterisk-java builds beans of them. Logging in,
 * actions, responses and the events that answer actions are the library's own behaviour.
 */
final class GuardedAmiConnection extends ManagerConnectionImpl {

    private final String server;
    private volatile Consumer<AmiMessage> eventSink;

    GuardedAmiConnection(AmiLinkConfig config) {
        this.server = config.server();
        setHostname(config.host());
        setPort(config.port());
        setUsername(config.user());
        setPassword(config.secret());
    }

    /**
     * From the next socket on (call before {@code login()}), the PBX's own events go to {@code sink} as they
     * arrived on the wire, on the reader's thread, instead of to this connection's event listeners.
     */
    void tapEvents(Consumer<AmiMessage> sink) {
        this.eventSink = sink;
    }

    @Override
    protected SocketConnectionFacade createSocket() throws IOException {
        return new EventTap(new FrameGuard(super.createSocket(), server), eventSink, server);
    }
}
