package tr.gov.acikkapi.cti.ami;

import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;
import tr.gov.acikkapi.cti.testsupport.CorrelatedConnection;
import tr.gov.acikkapi.cti.testsupport.RecordingListener;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    /** When (System.nanoTime) each PbxLinkChanged reached the listener, in order. */
    private final List<long[]> linkTimes = new ArrayList<>();

    LinkHarness() {
        this("cti");
    }

    LinkHarness(String user) {
        this(user, Duration.ofSeconds(1));
    }

    /** With another Ping timeout (bursts of hundreds of calls can delay a Pong on a busy machine). */
    LinkHarness(String user, Duration pingTimeout) {
        AmiLinkConfig config = AmiLinkConfig.of("ankara", "127.0.0.1", sim.port(), user, "cti-secret")
                .withPing(Duration.ofMillis(200), pingTimeout)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
        link = new AmiLink(config, correlator, e -> {
            if (e instanceof PbxLinkChanged changed) {
                synchronized (linkTimes) {
                    linkTimes.add(new long[] {changed.state().ordinal(), System.nanoTime()});
                }
            }
            events.onCtiEvent(e);
        }, scheduler, laneThreads);
    }

    /** Waits for the n-th PbxLinkChanged with that state (1-based). */
    PbxLinkChanged awaitLink(LinkState state, int nth) {
        return events.await(PbxLinkChanged.class,
                e -> e.state() == state && events.ofType(PbxLinkChanged.class).stream()
                        .filter(x -> x.state() == state).count() >= nth, BOUND);
    }

    /** Waits until the link's own state is this one (polling); returns System.nanoTime then. */
    long awaitState(LinkState wanted) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (link.state() != wanted) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("link not " + wanted + " within " + BOUND);
            }
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    /** Waits until at least n events of that type were recorded (polling, cheap on long recordings). */
    void awaitCount(Class<? extends CtiEvent> type, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (events.ofType(type).size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + events.ofType(type).size() + " " + type.getSimpleName()
                        + ", expected " + n);
            }
            Thread.sleep(20);
        }
    }

    /** How many PbxLinkChanged with that state arrived so far. */
    int linkChanges(LinkState state) {
        return (int) events.ofType(PbxLinkChanged.class).stream().filter(e -> e.state() == state).count();
    }

    /** When (System.nanoTime) the n-th PbxLinkChanged with that state arrived (1-based). */
    long arrivalOf(LinkState state, int nth) {
        awaitLink(state, nth);
        synchronized (linkTimes) {
            int seen = 0;
            for (long[] t : linkTimes) {
                if (t[0] == state.ordinal() && ++seen == nth) {
                    return t[1];
                }
            }
        }
        throw new AssertionError("no " + state + " #" + nth);
    }

    /** Waits until the PBX has no calls left and the link's lane has run everything it was given. */
    void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((!sim.liveCalls().isEmpty() || link.laneBacklog() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(200);
        while (link.laneBacklog() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
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
