package tr.gov.acikkapi.cti.survey;

import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.cti.ami.AmiLink;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;
import tr.gov.acikkapi.cti.ami.AmiTelephony;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.ivr.IvrScripts;
import tr.gov.acikkapi.cti.ivr.IvrServer;
import tr.gov.acikkapi.cti.ivr.IvrSettings;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;
import tr.gov.acikkapi.cti.simulator.SurveyAnswering;
import tr.gov.acikkapi.cti.testsupport.HandClock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real parts of a survey campaign for one test: the AMI simulator on a free port, the FastAGI server running the
 * real survey script over {@link SurveyWorld}, a real {@link AmiLink} with the dialler beside it, and the dialler.
 */
final class DiallerRig implements AutoCloseable {

    /** A Monday, 10:00 in Istanbul. */
    static final Instant MONDAY_10 = Instant.parse("2026-12-07T07:00:00Z");
    private static final Duration BOUND = Duration.ofSeconds(60);

    final HandClock clock = new HandClock(MONDAY_10);
    final SurveyWorld world = new SurveyWorld(clock);
    final AmiSimulator sim = AmiSimulator.start(new SimulatorConfig(0, "cti", "cti-secret"));
    final IvrServer ivr;
    final AmiLink link;
    final SurveyDialler dialler;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final ExecutorService lanes = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    DiallerRig(SurveyAnswering answering, int maxChannels) {
        IvrSettings settings = IvrSettings.defaults().withListener("127.0.0.1", 0);
        ivr = new IvrServer(settings, IvrScripts.create(settings, world, DiallerRig::validTrackingNumber,
                (caller, script, keyed, outcome) -> { }, clock), sessions, Thread::new);
        ivr.start();
        sim.answerSurveyCalls(answering, "127.0.0.1", ivr.port().orElseThrow());
        AmiLinkConfig config = AmiLinkConfig.of("ankara", "127.0.0.1", sim.port(), "cti", "cti-secret")
                .withPing(Duration.ofMillis(500), Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
        dialler = new SurveyDialler("ankara", world, clock, new SurveyDiallerSettings(maxChannels, Duration.ofSeconds(30),
                "3122223344", Duration.ofMinutes(15), Duration.ofMillis(100)));
        link = new AmiLink(config, dialler, event -> { }, scheduler, lanes);
        dialler.start(scheduler, new AmiTelephony(link, "outbound", Duration.ofSeconds(30)));
        link.start();
        await("the PBX link is up", () -> link.state() == LinkState.UP);
    }

    private static boolean validTrackingNumber(String digits) {
        try {
            TrackingNumber.parse(digits);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Waits (polling) until the condition holds, or fails the test saying what was awaited. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + BOUND.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    /** Lets the dialler run {@code n} more rounds (it looks at the clock and the campaigns in each). */
    void rounds(int n) {
        int target = world.rounds.get() + n;
        dialler.wake();
        await(n + " more dialler rounds", () -> world.rounds.get() >= target);
    }

    @Override
    public void close() {
        dialler.close();
        link.close();
        ivr.stop();
        sim.close();
        scheduler.shutdownNow();
        lanes.shutdownNow();
        sessions.shutdownNow();
    }
}
