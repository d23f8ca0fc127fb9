package tr.gov.acikkapi.cti.ivr;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real {@link IvrServer} on a free loopback port over in-memory ports, for one test; closed after it.
 * Sessions run on a plain cached pool and the accept loop on a plain thread, as a container would hand them.
 */
final class RunningIvr implements AutoCloseable {

    final InMemoryIvrCases cases = new InMemoryIvrCases();
    final RecordingAudit audit = new RecordingAudit();
    final IvrServer server;
    private final ExecutorService sessions = Executors.newCachedThreadPool();

    RunningIvr() {
        this(IvrSettings.defaults());
    }

    RunningIvr(IvrSettings settings) {
        audit.unitOfWork = cases::inUnit;
        IvrSettings loopback = settings.withListener("127.0.0.1", 0);
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
        server = new IvrServer(loopback, IvrScripts.create(loopback, cases, new DammCheck(), audit, clock),
                sessions, Thread::new);
        server.start();
    }

    int port() {
        return server.port().orElseThrow();
    }

    AsteriskAgiPeer.Transcript dial(AsteriskAgiPeer peer) throws IOException {
        return peer.dial(port());
    }

    @Override
    public void close() {
        server.stop();
        sessions.shutdownNow();
    }
}
