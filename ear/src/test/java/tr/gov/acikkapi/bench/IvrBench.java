package tr.gov.acikkapi.bench;

import tr.gov.acikkapi.cti.ivr.AsteriskAgiPeer;
import tr.gov.acikkapi.cti.ivr.StatusLine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Figure 4, IVR: FastAGI sessions of the {@code status} script against the deployed IVR, dialled as Asterisk 22 does
 * ({@link AsteriskAgiPeer}: the recorded request, then every command answered at once): a citizen calls from a
 * number on file and keys in the tracking number of one of their applications; measured from connect until the
 * server closes the session after telling the status. Baseline in the same run: a session for a script the IVR does
 * not have (connect, request, refusal), i.e. the FastAGI round trip without any work.
 *
 * <p>Measured once the server is warm: after at least {@code bench.ivr.warmup} pairs of such sessions, and then rounds
 * of 1,000 more until WildFly's JIT compilers are quiet ({@link ServerUnderTest#JIT_QUIET_SHARE}) or {@code bench.ivr.warmup.max}
 * pairs have been dialled. After 3,000 (the fixed warm-up before), the compilers still compiled for 18–30 % of the
 * next rounds' time, on one of the machine's two cores (docs/src/performance.md).
 */
final class IvrBench {

    /**
     * Status sessions, baseline sessions, status sessions that did not end with the status told, the pairs of sessions
     * dialled before measuring, the share of the measured sessions' time that WildFly's JIT compilers spent
     * compiling, and the database's statements per status session ({@link DatabaseWork}).
     */
    record Result(int run, String loadAtStart, Samples status, Samples baseline, int failures, int warmUps,
                  double jitShare, String databaseWork) {
    }

    /** Warm-up pairs dialled at least ({@code bench.ivr.warmup}). */
    private static final int WARM_UP_CALLS = 3000;
    /** Warm-up pairs dialled at most ({@code bench.ivr.warmup.max}). */
    private static final int WARM_UP_MAX = 30_000;
    /** After the least warm-up, pairs are dialled in rounds of this many until the JIT is quiet. */
    private static final int WARM_UP_ROUND = 1000;

    private final Connection connection;
    private final ServerUnderTest server;
    private final int calls;
    /** The callers' draw: warm-up callers first, then the measured ones, the same in every run. */
    private final SplittableRandom random = new SplittableRandom(7);

    IvrBench(Connection connection, ServerUnderTest server, int calls) {
        this.connection = connection;
        this.server = server;
        this.calls = calls;
    }

    /** Warms the server up once, then measures {@code runs} runs of {@code bench.ivr.calls} pairs, one after the other. */
    List<Result> run(int runs) throws Exception {
        int least = Integer.getInteger("bench.ivr.warmup", WARM_UP_CALLS);
        int most = Math.max(least, Integer.getInteger("bench.ivr.warmup.max", WARM_UP_MAX));
        List<String[]> warmUpCallers = callers(Math.max(1, Math.min(least, WARM_UP_ROUND * 3)));
        List<String[]> callers = callers(calls * runs);
        int warmedUp = 0;
        int round = least;
        while (warmedUp < most && round > 0) {
            double jitBefore = server.jitMillis();
            long started = System.nanoTime();
            for (int i = 0; i < round; i++) {
                String[] caller = warmUpCallers.get((warmedUp + i) % warmUpCallers.size());
                AsteriskAgiPeer.call(StatusLine.NAME).from(caller[0]).presses(caller[1] + "#").dial(port());
                AsteriskAgiPeer.call("bench-no-such-script").from(caller[0]).dial(port());
            }
            warmedUp += round;
            double share = (server.jitMillis() - jitBefore) / ((System.nanoTime() - started) / 1e6);
            BenchmarkRun.progress("  %,d warm-up pairs dialled; the JIT compiled %.0f %% of the last %,d pairs' time",
                    warmedUp, share * 100, round);
            round = share < ServerUnderTest.JIT_QUIET_SHARE ? 0 : Math.min(WARM_UP_ROUND, most - warmedUp);
        }
        List<Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            results.add(measure(run, callers.subList((run - 1) * calls, run * calls), warmedUp));
        }
        return results;
    }

    /** One run: a status session and its baseline session for each caller, in turn. */
    private Result measure(int run, List<String[]> callers, int warmedUp) throws Exception {
        String load = Machine.loadNow();
        Samples status = new Samples();
        Samples baseline = new Samples();
        int failures = 0;
        List<String> stepNames = new ArrayList<>();
        List<Samples> steps = new ArrayList<>();
        double jitBefore = server.jitMillis();
        Map<String, Long> databaseBefore = DatabaseWork.counters(connection);
        long started = System.nanoTime();
        for (String[] caller : callers) {
            long t0 = System.nanoTime();
            AsteriskAgiPeer.Transcript told = AsteriskAgiPeer.call(StatusLine.NAME).from(caller[0])
                    .presses(caller[1] + "#").dial(port());
            long t1 = System.nanoTime();
            AsteriskAgiPeer.call("bench-no-such-script").from(caller[0]).dial(port());
            long t2 = System.nanoTime();
            if (!"told".equals(told.variables().get(StatusLine.RESULT_VARIABLE))) {
                failures++;
                continue;
            }
            status.add(t1 - t0);
            baseline.add(t2 - t1);
            addSteps(told, t0, t1, stepNames, steps);
        }
        double jitShare = (server.jitMillis() - jitBefore) / ((System.nanoTime() - started) / 1e6);
        String databaseWork = DatabaseWork.perCall(databaseBefore, DatabaseWork.counters(connection), 0, callers.size());
        BenchmarkRun.progress("  database work per status session (with its baseline session): %s", databaseWork);
        for (int s = 0; s < steps.size(); s++) {
            BenchmarkRun.progress("  step %2d %-38s median %6.2f ms, p99 %6.2f ms (%d)", s, stepNames.get(s),
                    steps.get(s).medianMillis(), steps.get(s).p99Millis(), steps.get(s).count());
        }
        BenchmarkRun.progress("  run %d (load average %s at its start): status median %.2f ms, p99 %.1f ms; baseline "
                + "median %.2f ms, p99 %.2f ms", run, load, status.medianMillis(), status.p99Millis(),
                baseline.medianMillis(), baseline.p99Millis());
        return new Result(run, load, status, baseline, failures, warmedUp, jitShare, databaseWork);
    }

    private int port() {
        return server.ivrPort();
    }

    /**
     * Where a session's time goes, as the peer sees it: from connect to the first command, from each command to
     * the next (the peer answers at once, so this is the server's work between them plus one round trip), and from
     * the last command until the server closed. Logged per step, for profiling.
     */
    private static void addSteps(AsteriskAgiPeer.Transcript told, long start, long end, List<String> names,
                                 List<Samples> steps) {
        List<Long> at = told.commandNanos();
        List<String> commands = told.commands();
        for (int i = 0; i <= at.size(); i++) {
            long from = i == 0 ? start : at.get(i - 1);
            long to = i == at.size() ? end : at.get(i);
            String name = (i == 0 ? "connect" : verb(commands.get(i - 1))) + " -> " + (i == at.size() ? "closed" : verb(commands.get(i)));
            if (steps.size() <= i) {
                steps.add(new Samples());
                names.add(name);
            }
            if (names.get(i).equals(name)) {
                steps.get(i).add(to - from);
            }
        }
    }

    private static String verb(String command) {
        String[] words = command.split(" ");
        return (words.length > 1 ? words[0] + " " + words[1] : words[0]).toLowerCase(Locale.ROOT);
    }

    /** Pairs of (caller number as the PBX sends it, tracking number of one of that citizen's applications). */
    private List<String[]> callers(int count) throws SQLException {
        long max;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM application")) {
            rs.next();
            max = rs.getLong(1);
        }
        List<String[]> pairs = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT p.phone_e164, a.tracking_no FROM application a "
                + "JOIN citizen_phone p ON p.citizen_id = a.citizen_id WHERE a.id = ? ORDER BY p.id LIMIT 1")) {
            while (pairs.size() < count) {
                p.setLong(1, 1 + random.nextLong(max));
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        pairs.add(new String[] {"0" + rs.getString(1).substring(3), rs.getString(2)});
                    }
                }
            }
        }
        return pairs;
    }
}
