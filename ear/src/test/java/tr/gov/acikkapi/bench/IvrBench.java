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
import java.util.SplittableRandom;

/**
 * Figure 4, IVR: FastAGI sessions of the {@code status} script against the deployed IVR, dialled as Asterisk 22 does
 * ({@link AsteriskAgiPeer}: the recorded request, then every command answered at once): a citizen calls from a
 * number on file and keys in the tracking number of one of their applications; measured from connect until the
 * server closes the session after telling the status. Baseline in the same run: a session for a script the IVR does
 * not have (connect, request, refusal), i.e. the FastAGI round trip without any work.
 */
final class IvrBench {

    /**
     * Status sessions, baseline sessions, status sessions that did not end with the status told, and the pairs of
     * sessions dialled before measuring.
     */
    record Result(Samples status, Samples baseline, int failures, int warmUps) {
    }

    private static final int WARM_UP_CALLS = 3000;

    private final Connection connection;
    private final int port;
    private final int calls;

    IvrBench(Connection connection, int port, int calls) {
        this.connection = connection;
        this.port = port;
        this.calls = calls;
    }

    Result run() throws Exception {
        List<String[]> callers = callers();
        Samples status = new Samples();
        Samples baseline = new Samples();
        int failures = 0;
        List<String> stepNames = new ArrayList<>();
        List<Samples> steps = new ArrayList<>();
        int warmUp = callers.size() - calls;
        for (int i = 0; i < callers.size(); i++) {
            String[] caller = callers.get(i);
            long t0 = System.nanoTime();
            AsteriskAgiPeer.Transcript told = AsteriskAgiPeer.call(StatusLine.NAME).from(caller[0])
                    .presses(caller[1] + "#").dial(port);
            long t1 = System.nanoTime();
            AsteriskAgiPeer.call("bench-no-such-script").from(caller[0]).dial(port);
            long t2 = System.nanoTime();
            if (i < warmUp) {
                continue;
            }
            if (!"told".equals(told.variables().get(StatusLine.RESULT_VARIABLE))) {
                failures++;
                continue;
            }
            status.add(t1 - t0);
            baseline.add(t2 - t1);
            addSteps(told, t0, t1, stepNames, steps);
        }
        for (int s = 0; s < steps.size(); s++) {
            BenchmarkRun.progress("  step %2d %-38s median %6.2f ms, p99 %6.2f ms (%d)", s, stepNames.get(s),
                    steps.get(s).medianMillis(), steps.get(s).p99Millis(), steps.get(s).count());
        }
        return new Result(status, baseline, failures, warmUp);
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

    /**
     * Sessions dialled before the measured ones ({@code bench.ivr.warmup}, default {@value #WARM_UP_CALLS}), so that
     * the figure is of a server in service, not of one deployed seconds ago: with 50, the JIT was still compiling
     * the lookup's path (Hibernate, the EJB and transaction interceptors) during the measured sessions, and the median
     * was about four times the warm one (docs/src/performance.md).
     */
    private static int warmUpCalls() {
        return Integer.getInteger("bench.ivr.warmup", WARM_UP_CALLS);
    }

    /** Pairs of (caller number as the PBX sends it, tracking number of one of that citizen's applications). */
    private List<String[]> callers() throws SQLException {
        long max;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM application")) {
            rs.next();
            max = rs.getLong(1);
        }
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> pairs = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT p.phone_e164, a.tracking_no FROM application a "
                + "JOIN citizen_phone p ON p.citizen_id = a.citizen_id WHERE a.id = ? ORDER BY p.id LIMIT 1")) {
            while (pairs.size() < calls + warmUpCalls()) {
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
