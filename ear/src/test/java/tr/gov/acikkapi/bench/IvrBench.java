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
import java.util.SplittableRandom;

/**
 * Figure 4, IVR: FastAGI sessions of the {@code status} script against the deployed IVR, dialled as Asterisk 22 does
 * ({@link AsteriskAgiPeer}: the recorded request, then every command answered at once): a citizen calls from a
 * number on file and keys in the tracking number of one of their applications; measured from connect until the
 * server closes the session after telling the status. Baseline in the same run: a session for a script the IVR does
 * not have (connect, request, refusal), i.e. the FastAGI round trip without any work.
 */
final class IvrBench {

    /** Status sessions, baseline sessions, and status sessions that did not end with the status told. */
    record Result(Samples status, Samples baseline, int failures) {
    }

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
        }
        return new Result(status, baseline, failures);
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
            while (pairs.size() < calls + Math.min(50, calls / 5)) {
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
