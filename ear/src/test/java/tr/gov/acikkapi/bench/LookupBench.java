package tr.gov.acikkapi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Figure 3, lookups, over JDBC against the benchmark database: the SQL the case core's {@code LookupsBean} has
 * Hibernate run for each lookup (same joins, filters, order and limit; every row read), and a primary-key read of one
 * application as the floor. The name-prefix search is several statements, as {@code LookupsBean.byNamePrefix} runs
 * them: see {@link NamePrefixQueries}. Measured here without WildFly and JPA in between; the screen pop (figure 1) includes
 * the phone lookup through JPA inside WildFly.
 */
final class LookupBench {

    private static final String OPEN = "('RECEIVED','ROUTED','IN_PROGRESS','ESCALATED_GOVERNOR','ESCALATED_MINISTRY')";
    private static final String APPLICATION_JOINS = "FROM application a JOIN application_type t ON t.id = a.application_type_id "
            + "JOIN topic tp ON tp.id = t.topic_id JOIN province pr ON pr.plate_code = a.province_code "
            + "LEFT JOIN unit u ON u.id = a.unit_id JOIN citizen c ON c.id = a.citizen_id ";
    private static final String[] PREFIXES = {"Yıl", "Ka", "Dem", "Şah", "Çel", "Öz", "Ayş", "Meh", "Zey", "Mus",
            "Ayşe Yıl", "Mehmet Ka", "Fatma Dem", "Ali Öz", "Uys", "Ağa", "İnce", "Işı", "Elif Ç", "Ömer Ş"};

    /**
     * Name-prefix searches measured: each prefix 25 times, in turn (500 searches, in the first 500 rounds), so that the
     * p99 is the fifth slowest search and not the slowest of 20, as it was while each prefix ran once. (Before the
     * search was split into index ranges, migration V9, some took seconds on a million citizens, see
     * docs/src/performance.md; now they take about a millisecond.)
     */
    static final int NAME_ROUNDS = PREFIXES.length * 25;

    /** The four figures. */
    record Result(Samples byPhone, Samples byTrackingNumber, Samples byNamePrefix, Samples primaryKey) {
    }

    private final Connection connection;
    private final int rounds;
    private final SplittableRandom random = new SplittableRandom(42);

    LookupBench(Connection connection, int rounds) {
        this.connection = connection;
        this.rounds = rounds;
    }

    Result run() throws SQLException {
        long maxApplication = single("SELECT MAX(id) FROM application");
        long maxPhone = single("SELECT MAX(id) FROM citizen_phone");
        List<String> phones = new ArrayList<>();
        List<String> trackingNumbers = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement phone = connection.prepareStatement("SELECT phone_e164 FROM citizen_phone WHERE id >= ? LIMIT 1");
             PreparedStatement tracking = connection.prepareStatement("SELECT tracking_no FROM application WHERE id = ?")) {
            for (int i = 0; i < rounds; i++) {
                phone.setLong(1, 1 + random.nextLong(maxPhone));
                phones.add(first(phone));
                long id = 1 + random.nextLong(maxApplication);
                ids.add(id);
                tracking.setLong(1, 1 + random.nextLong(maxApplication));
                trackingNumbers.add(first(tracking));
            }
        }
        Samples byPhone = new Samples();
        Samples byTracking = new Samples();
        Samples byName = new Samples();
        Samples byKey = new Samples();
        try (PreparedStatement citizens = connection.prepareStatement("SELECT c.id AS cid, c.*, p.*, ph.* FROM citizen c "
                + "JOIN province p ON p.plate_code = c.province_code LEFT JOIN citizen_phone ph ON ph.citizen_id = c.id "
                + "WHERE c.id IN (SELECT x.citizen_id FROM citizen_phone x WHERE x.phone_e164 = ?)");
             PreparedStatement tracking = connection.prepareStatement("SELECT a.id AS aid, a.*, t.*, tp.*, pr.*, u.*, c.* " + APPLICATION_JOINS
                     + "WHERE a.tracking_no = ?");
             PreparedStatement history = connection.prepareStatement(
                     "SELECT * FROM application_history WHERE application_id = ?");
             PreparedStatement notes = connection.prepareStatement("SELECT * FROM application_note WHERE application_id = ?");
             NamePrefixQueries byNamePrefix = new NamePrefixQueries(connection);
             PreparedStatement key = connection.prepareStatement("SELECT * FROM application WHERE id = ?")) {
            for (int pass = 0; pass < 2; pass++) {
                boolean warmUp = pass == 0;
                int n = warmUp ? Math.min(200, rounds) : rounds;
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    citizens.setString(1, phones.get(i));
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = citizens.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong("cid"));
                        }
                    }
                    if (!found.isEmpty()) {
                        StringBuilder in = new StringBuilder();
                        for (Long id : found.stream().distinct().toList()) {
                            in.append(in.length() == 0 ? "" : ",").append(id);
                        }
                        try (Statement s = connection.createStatement();
                             ResultSet rs = s.executeQuery("SELECT a.*, t.*, tp.*, pr.*, u.*, c.* " + APPLICATION_JOINS
                                     + "WHERE a.citizen_id IN (" + in + ") AND a.status IN " + OPEN
                                     + " ORDER BY a.deadline_at, a.id")) {
                            drain(rs);
                        }
                    }
                    long t1 = System.nanoTime();
                    tracking.setString(1, trackingNumbers.get(i));
                    long applicationId = 0;
                    try (ResultSet rs = tracking.executeQuery()) {
                        if (rs.next()) {
                            applicationId = rs.getLong("aid");
                        }
                        drain(rs);
                    }
                    history.setLong(1, applicationId);
                    try (ResultSet rs = history.executeQuery()) {
                        drain(rs);
                    }
                    notes.setLong(1, applicationId);
                    try (ResultSet rs = notes.executeQuery()) {
                        drain(rs);
                    }
                    long t2 = System.nanoTime();
                    if (warmUp || i >= NAME_ROUNDS) {
                        key.setLong(1, ids.get(i));
                        try (ResultSet rs = key.executeQuery()) {
                            drain(rs);
                        }
                        if (!warmUp) {
                            byTracking.add(t2 - t1);
                            byPhone.add(t1 - t0);
                            byKey.add(System.nanoTime() - t2);
                        }
                        continue;
                    }
                    byNamePrefix.run(PREFIXES[i % PREFIXES.length]);
                    long t3 = System.nanoTime();
                    key.setLong(1, ids.get(i));
                    try (ResultSet rs = key.executeQuery()) {
                        drain(rs);
                    }
                    long t4 = System.nanoTime();
                    if (!warmUp) {
                        byPhone.add(t1 - t0);
                        byTracking.add(t2 - t1);
                        byName.add(t3 - t2);
                        byKey.add(t4 - t3);
                    }
                }
            }
        }
        return new Result(byPhone, byTracking, byName, byKey);
    }

    private long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String first(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the benchmark database is empty");
            }
            return rs.getString(1);
        }
    }

    private static void drain(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
                rs.getObject(c);
            }
        }
    }

    /**
     * The statements {@code LookupsBean.byNamePrefix} has Hibernate run: the first 20 by last name (one word only),
     * the distinct first names with the prefix, for each of them the first 20 (of those whose last name has the
     * prefix, for two words), and the rows of the candidates, sorted, first 20.
     */
    private static final class NamePrefixQueries implements AutoCloseable {

        private static final int LIMIT = 20;
        private static final int MAX_FIRST_NAMES = 32;

        private final PreparedStatement byLastName;
        private final PreparedStatement firstNames;
        private final PreparedStatement byFirstName;
        private final PreparedStatement byFirstAndLastName;
        private final PreparedStatement byFirstNameRange;
        private final PreparedStatement byFirstAndLastNameRange;
        private final Connection connection;

        NamePrefixQueries(Connection connection) throws SQLException {
            this.connection = connection;
            byLastName = connection.prepareStatement("SELECT id FROM citizen WHERE last_name LIKE ? ESCAPE '!' "
                    + "ORDER BY last_name, first_name, id LIMIT " + LIMIT);
            firstNames = connection.prepareStatement("SELECT DISTINCT first_name FROM citizen WHERE first_name LIKE ? ESCAPE '!' "
                    + "LIMIT " + (MAX_FIRST_NAMES + 1));
            byFirstName = connection.prepareStatement("SELECT id FROM citizen WHERE first_name = ? "
                    + "ORDER BY last_name, id LIMIT " + LIMIT);
            byFirstAndLastName = connection.prepareStatement("SELECT id FROM citizen WHERE first_name = ? AND last_name LIKE ? ESCAPE '!' "
                    + "ORDER BY last_name, id LIMIT " + LIMIT);
            byFirstNameRange = connection.prepareStatement("SELECT id FROM citizen WHERE first_name LIKE ? ESCAPE '!' "
                    + "ORDER BY last_name, first_name, id LIMIT " + LIMIT);
            byFirstAndLastNameRange = connection.prepareStatement("SELECT id FROM citizen WHERE first_name LIKE ? ESCAPE '!' "
                    + "AND last_name LIKE ? ESCAPE '!' ORDER BY last_name, first_name, id LIMIT " + LIMIT);
        }

        void run(String prefix) throws SQLException {
            int space = prefix.lastIndexOf(' ');
            Set<Long> candidates = new LinkedHashSet<>();
            String first = (space < 0 ? prefix : prefix.substring(0, space)) + "%";
            String last = space < 0 ? null : prefix.substring(space + 1) + "%";
            if (space < 0) {
                byLastName.setString(1, prefix + "%");
                ids(byLastName, candidates);
            }
            firstNames.setString(1, first);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = firstNames.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            if (names.size() > MAX_FIRST_NAMES) {
                PreparedStatement range = last == null ? byFirstNameRange : byFirstAndLastNameRange;
                range.setString(1, first);
                if (last != null) {
                    range.setString(2, last);
                }
                ids(range, candidates);
            } else {
                PreparedStatement one = last == null ? byFirstName : byFirstAndLastName;
                for (String name : names) {
                    one.setString(1, name);
                    if (last != null) {
                        one.setString(2, last);
                    }
                    ids(one, candidates);
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            StringBuilder in = new StringBuilder();
            candidates.forEach(id -> in.append(in.length() == 0 ? "" : ",").append(id));
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT c.*, p.* FROM citizen c JOIN province p ON p.plate_code = c.province_code "
                         + "WHERE c.id IN (" + in + ") ORDER BY c.last_name, c.first_name, c.id LIMIT " + LIMIT)) {
                drain(rs);
            }
        }

        private static void ids(PreparedStatement statement, Set<Long> into) throws SQLException {
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    into.add(rs.getLong(1));
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : List.of(byLastName, firstNames, byFirstName, byFirstAndLastName, byFirstNameRange,
                    byFirstAndLastNameRange)) {
                statement.close();
            }
        }
    }
}
