package tr.gov.acikkapi.cti.ami;

import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;
import tr.gov.acikkapi.cti.testsupport.CorrelatedConnection;
import tr.gov.acikkapi.cti.testsupport.RecordingListener;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A simulator, and an AmiLink feeding a correlator, with short watchdog and backoff timings. */
final class LinkHarness implements AutoCloseable {

    static final Duration BOUND = Duration.ofSeconds(15);

    final AmiSimulator sim = AmiSimulator.start(new SimulatorConfig(0, "cti", "cti-secret"));
    final RecordingListener events = new RecordingListener();
    final CallCorrelator correlator = new CallCorrelator("ankara", CorrelatedConnection.DIRECTORY, Clock.systemUTC(), events);
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    final ExecutorService laneThreads = Executors.newCachedThreadPool();
    final AmiLink link;

    LinkHarness() {
        this("cti");
    }

    LinkHarness(String user) {
        AmiLinkConfig config = AmiLinkConfig.of("ankara", "127.0.0.1", sim.port(), user, "cti-secret")
                .withPing(Duration.ofMillis(200), Duration.ofSeconds(1))
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
        link = new AmiLink(config, correlator, events, scheduler, laneThreads);
    }

    /** Waits for the n-th PbxLinkChanged with that state (1-based). */
    PbxLinkChanged awaitLink(LinkState state, int nth) {
        return events.await(PbxLinkChanged.class,
                e -> e.state() == state && events.ofType(PbxLinkChanged.class).stream()
                        .filter(x -> x.state() == state).count() >= nth, BOUND);
    }

    @Override
    public void close() throws InterruptedException {
        link.close();
        scheduler.shutdown();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
        laneThreads.shutdown();
        laneThreads.awaitTermination(10, TimeUnit.SECONDS);
        sim.close();
    }
}
