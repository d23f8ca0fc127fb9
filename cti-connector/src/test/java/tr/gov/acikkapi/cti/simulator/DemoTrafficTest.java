package tr.gov.acikkapi.cti.simulator;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's traffic model run through the simulated PBX for a working day in simulated time: the queue, the
 * ringing, the answers, the abandons and the pauses are the simulator's own, and the CTI server's wrap-up is played
 * as the demo has it with nobody at the desks, the worst case: each agent paused with the reason wrap-up for the whole
 * 30 s maximum after every call, with the queue's wrapuptime of 5 s. What a newcomer should see is a healthy call
 * center: most calls answered within the 20 s of the service level, few callers giving up, and a queue that fills
 * now and then.
 */
class DemoTrafficTest {

    private static final Logger LOG = Logger.getLogger(DemoTrafficTest.class.getName());
    private static final List<String> AGENTS = SimulatedPbx.DEFAULT_MEMBERS;
    private static final Duration WRAP_UP = Duration.ofSeconds(30);
    private static final long SERVICE_LEVEL_SECONDS = 20;

    /** What the queue's events said over the run. */
    private static final class Figures {
        int offered;
        int answered;
        int answeredWithin;
        int abandoned;
        int mostWaiting;
        int pauses;
        int unanswered;
        long holdTotal;

        double serviceLevel() {
            return (double) answeredWithin / (answered + abandoned);
        }

        double abandonRate() {
            return (double) abandoned / (answered + abandoned);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d calls offered, %d answered (%d within %d s), %d abandoned; "
                            + "service level %.1f %%, abandoned %.1f %%, mean wait %.1f s, at most %d waiting, %d wrap-up pauses, %d rings unanswered",
                    offered, answered, answeredWithin, SERVICE_LEVEL_SECONDS, abandoned, 100 * serviceLevel(),
                    100 * abandonRate(), (double) holdTotal / Math.max(1, answered + abandoned), mostWaiting, pauses,
                    unanswered);
        }
    }

    private static Figures run(long seed, Duration length) {
        VirtualTime time = new VirtualTime(Instant.parse("2026-12-07T06:00:00Z"));
        Figures figures = new Figures();
        SimulatedPbx[] pbx = new SimulatedPbx[1];
        pbx[0] = new SimulatedPbx(time, message -> observe(message, figures, time, pbx[0]), time.clock(),
                new SimulatorConfig(0, "cti", "secret"));
        pbx[0].setWrapUpTime(SimulatedPbx.DEFAULT_QUEUE, Duration.ofSeconds(5));
        Traffic traffic = new Traffic();
        new DemoTraffic(pbx[0], time, time.clock(), 1, List.of("05321234567", "05329876543", "05559990011"), AGENTS,
                new SplittableRandom(seed), traffic).start();
        time.runFor(length);
        traffic.stop();
        time.runFor(Duration.ofMinutes(10));
        return figures;
    }

    /** Counts what the queue says, and plays the CTI server's wrap-up pause after every answered queue call. */
    private static void observe(AmiMessage message, Figures figures, VirtualTime time, SimulatedPbx pbx) {
        if (message.isEvent("QueueCallerJoin")) {
            figures.offered++;
            figures.mostWaiting = Math.max(figures.mostWaiting, message.number("Count").orElse(0L).intValue());
        } else if (message.isEvent("AgentConnect")) {
            long hold = message.number("HoldTime").orElse(0L);
            figures.answered++;
            figures.holdTotal += hold;
            if (hold <= SERVICE_LEVEL_SECONDS) {
                figures.answeredWithin++;
            }
        } else if (message.isEvent("QueueCallerAbandon")) {
            figures.abandoned++;
            figures.holdTotal += message.number("HoldTime").orElse(0L);
        } else if (message.isEvent("AgentComplete")) {
            String member = message.text("Interface");
            figures.pauses++;
            Runnable pause = () -> pbx.pause(member, "", true, "wrap-up", () -> { });
            Runnable unpause = () -> pbx.pause(member, "", false, "", () -> { });
            time.schedule(pause, 100, TimeUnit.MILLISECONDS);
            time.schedule(unpause, WRAP_UP.toMillis(), TimeUnit.MILLISECONDS);
        } else if (message.isEvent("AgentRingNoAnswer")) {
            figures.unanswered++;
        }
    }

    @Test
    void aWorkingDayOfDemoTrafficIsAHealthyCallCenterWithPeaks() {
        for (long seed : new long[] {1, 2, 3}) {
            Figures day = run(seed, Duration.ofHours(8));
            LOG.info(() -> "Demo traffic, 8 simulated hours (seed " + seed + "): " + day);
            assertTrue(day.offered > 400, "about a call a minute, more in the peaks: " + day);
            assertEquals(day.offered, day.answered + day.abandoned, "every call answered or abandoned: " + day);
            assertEquals(day.answered, day.pauses, "a wrap-up after every answered call: " + day);
            assertTrue(day.serviceLevel() >= 0.85, "service level well above 80 %: " + day);
            assertTrue(day.abandonRate() <= 0.03, "few callers give up: " + day);
            assertTrue(day.mostWaiting >= 3, "the peaks fill the queue for a while: " + day);
        }
    }

    @Test
    void thePeakComesInTheLastTwoMinutesOfEveryQuarterHour() {
        VirtualTime time = new VirtualTime(Instant.parse("2026-12-07T06:00:00Z"));
        SimulatedPbx pbx = new SimulatedPbx(time, message -> { }, time.clock(), new SimulatorConfig(0, "cti", "secret"));
        DemoTraffic demo = new DemoTraffic(pbx, time, time.clock(), 1, List.of("05321234567"), AGENTS,
                new SplittableRandom(1), new Traffic());
        Instant start = Instant.parse("2026-12-07T06:00:00Z");
        demo.start();
        assertEquals(1.0, demo.rateAt(start));
        assertEquals(1.0, demo.rateAt(start.plus(Duration.ofMinutes(12)).plusSeconds(59)));
        assertEquals(2.5, demo.rateAt(start.plus(Duration.ofMinutes(13))));
        assertEquals(2.5, demo.rateAt(start.plus(Duration.ofMinutes(14)).plusSeconds(59)));
        assertEquals(1.0, demo.rateAt(start.plus(Duration.ofMinutes(15))));
        assertEquals(2.5, demo.rateAt(start.plus(Duration.ofMinutes(28))));
    }
}
