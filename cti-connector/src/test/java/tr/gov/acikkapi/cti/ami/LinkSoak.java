package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;
import tr.gov.acikkapi.cti.simulator.Traffic;
import tr.gov.acikkapi.cti.testsupport.CorrelatedConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The link soak: the simulator under steady load for some minutes, with the production link settings
 * ({@link AmiLinkConfig#of}), while faults are injected on a schedule: the socket cut every 30 s
 * (every other time with the PBX unreachable for 2 s, so calls end unseen), malformed and oversized
 * frames every 10 s, and one PBX restart half-way. At the end, calls placed are counted against call
 * ends (one call record each): lost and duplicated must be 0, no ring may pop twice, and the desks'
 * agent states must equal the PBX's. Logs a Markdown report and writes it to
 * {@code target/soak-link.md}.
 *
 * <p>Not part of the test command (the class name does not end in {@code Test}); run it as
 * documented in docs/src/reliability.md:
 * {@code mvn -o verify -pl case-core,cti-connector -Dtest=LinkSoak -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dsoak.minutes=5}.
 */
class LinkSoak {

    private static final Logger LOG = Logger.getLogger(LinkSoak.class.getName());
    private static final String QUEUE = "acikkapi";

    private final Map<String, Integer> ends = new ConcurrentHashMap<>();
    private final Map<String, Integer> endsUnseen = new ConcurrentHashMap<>();
    private final Map<String, Integer> pops = new ConcurrentHashMap<>();
    private final AtomicReference<QueueSnapshot> lastSnapshot = new AtomicReference<>();
    private final List<long[]> linkTimes = Collections.synchronizedList(new ArrayList<>());

    @Test
    void soak() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "5"));
        double callsPerSecond = Double.parseDouble(System.getProperty("soak.cps", "4"));
        int agents = Integer.parseInt(System.getProperty("soak.agents", "40"));
        Duration talk = Duration.ofSeconds(Long.parseLong(System.getProperty("soak.talkSeconds", "8")));
        long total = (long) (minutes * 60_000);

        List<Double> dropDetect = new ArrayList<>();
        List<Double> dropRecover = new ArrayList<>();
        List<Double> outageDetect = new ArrayList<>();
        List<Double> outageRecover = new ArrayList<>();
        double restartDetect;
        double restartRecover;
        long placed = 0;
        int garbageRounds = 0;
        Instant started = Instant.now();

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        ExecutorService laneThreads = Executors.newCachedThreadPool();
        try (AmiSimulator sim = AmiSimulator.start(new SimulatorConfig(0, "cti", "cti-secret"))) {
            CallCorrelator correlator = new CallCorrelator("ankara", CorrelatedConnection.DIRECTORY, Clock.systemUTC(),
                    this::record);
            AmiLink link = new AmiLink(AmiLinkConfig.of("ankara", "127.0.0.1", sim.port(), "cti", "cti-secret"),
                    correlator, this::record, scheduler, laneThreads);
            try {
                link.start();
                arrivalOf(LinkState.UP, 1);
                Traffic load = sim.startLoad(callsPerSecond, agents, talk);
                long t0 = System.nanoTime();
                long nextDrop = 30_000;
                long nextGarbage = 10_000;
                boolean restarted = false;
                boolean outageNext = false;
                restartDetect = Double.NaN;
                restartRecover = Double.NaN;
                while (elapsed(t0) < total - 30_000) {
                    long now = elapsed(t0);
                    if (!restarted && now >= total / 2) {
                        load.stop();
                        Thread.sleep(200);
                        placed += load.callsStarted();
                        int downs = count(LinkState.DOWN);
                        int ups = count(LinkState.UP);
                        long at = System.nanoTime();
                        sim.play(Scenario.pbxRestart());
                        restartDetect = ms(awaitState(link, LinkState.DOWN) - at);
                        arrivalOf(LinkState.DOWN, downs + 1);
                        restartRecover = ms(arrivalOf(LinkState.UP, ups + 1) - at);
                        load = sim.startLoad(callsPerSecond, agents, talk);
                        restarted = true;
                        nextDrop = elapsed(t0) + 15_000;
                    } else if (now >= nextDrop) {
                        int downs = count(LinkState.DOWN);
                        int ups = count(LinkState.UP);
                        if (outageNext) {
                            sim.refuseConnections(true);
                        }
                        long at = System.nanoTime();
                        sim.dropConnections();
                        double detect = ms(awaitState(link, LinkState.DOWN) - at);
                        arrivalOf(LinkState.DOWN, downs + 1);
                        long reopened = System.nanoTime();
                        if (outageNext) {
                            Thread.sleep(2_000);
                            reopened = System.nanoTime();
                            sim.refuseConnections(false);
                        }
                        double recover = ms(arrivalOf(LinkState.UP, ups + 1) - reopened);
                        (outageNext ? outageDetect : dropDetect).add(detect);
                        (outageNext ? outageRecover : dropRecover).add(recover);
                        outageNext = !outageNext;
                        nextDrop += 30_000;
                    } else if (now >= nextGarbage) {
                        sendGarbage(sim);
                        garbageRounds++;
                        nextGarbage += 10_000;
                    } else {
                        Thread.sleep(100);
                    }
                }
                load.stop();
                placed += load.callsStarted();
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while ((!sim.liveCalls().isEmpty() || link.laneBacklog() > 0) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                Thread.sleep(500);
                Map<String, AgentState> pbx = LinkFaultsTest.pbxStates(sim);
                Map<String, AgentState> desk = deskStates();

                long records = ends.size();
                long duplicates = ends.values().stream().mapToLong(n -> n - 1).sum();
                long popRepeats = pops.values().stream().mapToLong(n -> n - 1).sum();
                long unseen = endsUnseen.size();
                long lost = placed - records;
                String report = report(started, minutes, callsPerSecond, agents, talk, placed, records, lost,
                        duplicates, popRepeats, unseen, garbageRounds, dropDetect, dropRecover, outageDetect,
                        outageRecover, restartDetect, restartRecover, pbx.equals(desk));
                LOG.info(report);
                Files.writeString(Path.of("target", "soak-link.md"), report);

                assertEquals(0, lost, "calls lost");
                assertEquals(0, duplicates, "duplicate call records");
                assertEquals(0, popRepeats, "rings popped twice");
                assertEquals(pbx, desk, "agent states");
            } finally {
                link.close();
            }
        } finally {
            scheduler.shutdownNow();
            laneThreads.shutdownNow();
        }
    }

    private void record(CtiEvent event) {
        if (event instanceof CallEnded e) {
            ends.merge(e.linkedid(), 1, Integer::sum);
            if (e.summary().endedWhileLinkDown()) {
                endsUnseen.merge(e.linkedid(), 1, Integer::sum);
            }
        } else if (event instanceof AgentRinging r) {
            pops.merge(r.linkedid() + "|" + r.agent(), 1, Integer::sum);
        } else if (event instanceof QueueSnapshot q && q.queue().equals(QUEUE)) {
            lastSnapshot.set(q);
        } else if (event instanceof PbxLinkChanged changed) {
            linkTimes.add(new long[] {changed.state().ordinal(), System.nanoTime()});
        }
    }

    private Map<String, AgentState> deskStates() {
        Map<String, AgentState> states = new TreeMap<>();
        QueueSnapshot last = lastSnapshot.get();
        if (last != null) {
            last.members().forEach(m -> states.put(m.iface(), m.state()));
        }
        return states;
    }

    private static void sendGarbage(AmiSimulator sim) {
        sim.sendMalformedFrame();
        sim.sendRaw("Event: AcikKapiFutureEvent\r\nPrivilege: call,all\r\nLinkedid: 1796000000.1\r\n\r\n");
        sim.sendRaw("Privilege: call,all\r\nUniqueid: 1.2\r\n\r\n");
        sim.sendRaw("Event: VarSet\r\nPrivilege: dialplan,all\r\nVariable: BIG\r\nValue: " + "A".repeat(1_000_000)
                + "\r\n\r\n");
        sim.sendRaw(IntStream.range(0, 10_000).mapToObj(i -> "X-" + i + ": v\r\n")
                .collect(Collectors.joining("", "Event: VarSet\r\nPrivilege: dialplan,all\r\n", "\r\n")));
    }

    private int count(LinkState state) {
        synchronized (linkTimes) {
            return (int) linkTimes.stream().filter(t -> t[0] == state.ordinal()).count();
        }
    }

    /** When the n-th link change to that state reached the listener (waits up to a minute). */
    private long arrivalOf(LinkState state, int nth) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            synchronized (linkTimes) {
                int seen = 0;
                for (long[] t : linkTimes) {
                    if (t[0] == state.ordinal() && ++seen == nth) {
                        return t[1];
                    }
                }
            }
            Thread.sleep(1);
        }
        throw new AssertionError("no " + state + " #" + nth + " within a minute");
    }

    private static long awaitState(AmiLink link, LinkState wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (link.state() != wanted) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("link not " + wanted + " within a minute");
            }
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    private static String report(Instant started, double minutes, double cps, int agents, Duration talk, long placed,
            long records, long lost, long duplicates, long popRepeats, long unseen, int garbageRounds,
            List<Double> dropDetect, List<Double> dropRecover, List<Double> outageDetect, List<Double> outageRecover,
            double restartDetect, double restartRecover, boolean statesEqual) {
        StringBuilder b = new StringBuilder();
        b.append("### Link soak, ").append(started).append('\n').append('\n');
        b.append(String.format("%.1f min, %.1f calls/s over %d agents, %d s talk; production link settings "
                + "(Ping 2 s / dead after 5 s, reconnect 0.5 s doubling).%n%n", minutes, cps, agents, talk.toSeconds()));
        b.append("| fault | injected | detect median / max (ms) | recover median / max (ms) |\n");
        b.append("|---|---|---|---|\n");
        b.append(row("socket cut, reconnect at once", dropDetect, dropRecover));
        b.append(row("socket cut, PBX unreachable 2 s", outageDetect, outageRecover));
        b.append(String.format("| PBX restart (Shutdown, 0.3 s down, new Uniqueids) | 1 | %.0f | %.0f |%n",
                restartDetect, restartRecover));
        b.append(String.format("| malformed, unknown, 1 MB and 10,000-field frames | %d rounds | - | - |%n%n",
                garbageRounds));
        b.append(String.format("Calls placed %d, call records (CallEnded) %d, lost %d, duplicate records %d, "
                        + "rings popped twice %d, records closed by a resync or the restart %d; "
                        + "desk agent states equal the PBX's at the end: %s.%n",
                placed, records, lost, duplicates, popRepeats, unseen, statesEqual ? "yes" : "NO"));
        b.append("Recover is measured from the moment the PBX accepts connections again to the UP state, "
                + "which is announced after the resync has been applied; for the restart both times are "
                + "measured from the restart.\n");
        return b.toString();
    }

    private static String row(String fault, List<Double> detect, List<Double> recover) {
        return String.format("| %s | %d | %s | %s |%n", fault, detect.size(), medianMax(detect), medianMax(recover));
    }

    private static String medianMax(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = values.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format("%.0f / %.0f", median, sorted.get(sorted.size() - 1));
    }

    private static long elapsed(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
