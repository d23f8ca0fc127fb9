package tr.gov.acikkapi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a figure's work costs the database, from MariaDB's statement counters read before and after it: every
 * statement the server received (its {@code Questions}) and of them the selects, inserts, updates, commits and
 * {@code SET}s (the autocommit switches around each transaction); beside them the connection checks (pings, which
 * {@code Questions} leaves out; counted in {@code Com_admin_commands}). Counters, not times: the same on a quiet and on
 * a busy machine. They count the whole server, so whatever else ran meanwhile is in them too.
 */
final class DatabaseWork {

    /** The server's statement counters that tell how many round trips a unit of work costs the database. */
    private static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_commit", "Com_set_option", "Com_admin_commands");

    private DatabaseWork() {
    }

    static Map<String, Long> counters(Connection connection) throws SQLException {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                     + String.join("', '", COUNTERS) + "')")) {
            while (rs.next()) {
                counters.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counters;
    }

    /**
     * The counters' growth per unit ({@code units} of them: calls offered, sessions), as one line. The {@code probes}
     * selects that the benchmark itself sent meanwhile (a floor measured beside the figure) are taken out.
     */
    static String perCall(Map<String, Long> before, Map<String, Long> after, long probes, long units) {
        if (units <= 0) {
            return "no call offered";
        }
        StringBuilder line = new StringBuilder();
        for (String name : COUNTERS) {
            long delta = after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L);
            if (name.equals("Questions") || name.equals("Com_select")) {
                delta -= probes;
            }
            line.append(line.length() == 0 ? "" : ", ").append(name).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", (double) delta / units));
        }
        return line.toString();
    }
}
