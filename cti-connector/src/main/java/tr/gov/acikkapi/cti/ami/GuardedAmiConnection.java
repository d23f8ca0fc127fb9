package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.util.SocketConnectionFacade;

import java.io.IOException;

/**
 * asterisk-java's manager connection with a {@link FrameGuard} on its socket, so that one oversized
 * frame cannot stall the reader. Everything else is the library's own behaviour.
 */
final class GuardedAmiConnection extends ManagerConnectionImpl {

    private final String server;

    GuardedAmiConnection(AmiLinkConfig config) {
        this.server = config.server();
        setHostname(config.host());
        setPort(config.port());
        setUsername(config.user());
        setPassword(config.secret());
    }

    @Override
    protected SocketConnectionFacade createSocket() throws IOException {
        return new FrameGuard(super.createSocket(), server);
    }
}
