package tr.gov.acikkapi.cti.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * The demo's calls: what a newcomer should see is a healthy call center (most calls answered within the service-level
 * threshold, few callers giving up) with now and then a short peak that fills the queue for a while.
 *
 * <p>Calls arrive at random (a Poisson stream) at {@code callsPerMinute}, except during the last
 * {@link #PEAK_LENGTH} of every {@link #PEAK_EVERY}, when {@link #PEAK_FACTOR} times as many arrive. A call rings
 * its agent 2-5 s, one in thirty goes unanswered for the queue's 15 s and then goes to the next agent, the citizen
 * talks 15-45 s and gives up after 60-180 s in the queue. The agents' wrap-up after each call (the pause the CTI
 * server sets, up to its maximum) is part of the load; the figures {@code DemoTrafficTest} measured with it are in
 * docs/src/cti.md.
 *
 * <p>Before, 4 calls a minute talking 20-90 s came evenly to three agents: more work than three agents can do, so
 * the queue never emptied (service level 8 %, a quarter of the calls abandoned), and with a wrap-up it would only
 * have grown.
 *
 * <p>Runs on the simulated PBX's thread: each arrival schedules the next.
 */
final class DemoTraffic {

    static final Duration PEAK_EVERY = Duration.ofMinutes(15);
    static final Duration PEAK_LENGTH = Duration.ofMinutes(2);
    static final double PEAK_FACTOR = 2.5;
    static final int NO_ANSWER_PERCENT = 3;

    private final SimulatedPbx pbx;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final double callsPerMinute;
    private final List<String> numbers;
    private final List<String> agents;
    private final RandomGenerator random;
    private final Traffic traffic;
    private Instant start;

    DemoTraffic(SimulatedPbx pbx, ScheduledExecutorService executor, Clock clock, double callsPerMinute,
            List<String> numbers, List<String> agents, RandomGenerator random, Traffic traffic) {
        this.pbx = pbx;
        this.executor = executor;
        this.clock = clock;
        this.callsPerMinute = callsPerMinute;
        this.numbers = List.copyOf(numbers);
        this.agents = List.copyOf(agents);
        this.random = random;
        this.traffic = traffic;
    }

    /** Schedules the first call; on the PBX's thread. */
    void start() {
        start = clock.instant();
        scheduleNext();
    }

    /** Calls a minute at {@code at}: the base rate, or the peak's. */
    double rateAt(Instant at) {
        long intoCycle = Duration.between(start, at).toMillis() % PEAK_EVERY.toMillis();
        return intoCycle >= PEAK_EVERY.minus(PEAK_LENGTH).toMillis() ? callsPerMinute * PEAK_FACTOR : callsPerMinute;
    }

    private void scheduleNext() {
        if (traffic.stopped()) {
            return;
        }
        double meanGapMillis = 60_000.0 / rateAt(clock.instant());
        long gap = Math.max(1, Math.round(-Math.log(1.0 - random.nextDouble()) * meanGapMillis));
        traffic.attach(executor.schedule(() -> {
            if (traffic.stopped()) {
                return;
            }
            arrive();
            scheduleNext();
        }, gap, TimeUnit.MILLISECONDS));
    }

    private void arrive() {
        CallPlan plan = new CallPlan();
        plan.pool = agents;
        boolean firstAnswers = random.nextInt(100) >= NO_ANSWER_PERCENT;
        plan.answers = attempt -> attempt > 0 || firstAnswers;
        plan.ring = () -> Duration.ofMillis(2_000 + random.nextInt(3_000));
        plan.talk = () -> Duration.ofSeconds(15 + random.nextInt(31));
        plan.noAnswerAfter = Duration.ofSeconds(15);
        plan.retry = Duration.ofSeconds(1);
        plan.joinDelay = Duration.ofMillis(500);
        plan.patience = Duration.ofSeconds(60 + random.nextInt(121));
        pbx.startInbound(numbers.get(random.nextInt(numbers.size())), SimulatedPbx.DEFAULT_QUEUE, plan, null);
        traffic.countCall();
    }
}
