package tr.gov.acikkapi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Figure 3, lookups, over JDBC against the benchmark database: the SQL the case core's {@code LookupsBean} has
 * Hibernate run for each lookup (same joins, filters, order and limit; every row read), and a primary-key read of one
 * application as the floor. Measured here without WildFly and JPA in between; the screen pop (figure 1) includes
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
     * Name-prefix searches measured: each prefix once. Some take seconds on a million citizens (see
     * docs/src/performance.md), so they are not repeated thousands of times.
     */
    static final int NAME_ROUNDS = PREFIXES.length;

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
             PreparedStatement oneWord = connection.prepareStatement("SELECT c.*, p.* FROM citizen c JOIN province p "
                     + "ON p.plate_code = c.province_code WHERE c.last_name LIKE ? ESCAPE '!' OR c.first_name LIKE ? ESCAPE '!' "
                     + "ORDER BY c.last_name, c.first_name, c.id LIMIT 20");
             PreparedStatement twoWords = connection.prepareStatement("SELECT c.*, p.* FROM citizen c JOIN province p "
                     + "ON p.plate_code = c.province_code WHERE c.last_name LIKE ? ESCAPE '!' AND c.first_name LIKE ? ESCAPE '!' "
                     + "ORDER BY c.last_name, c.first_name, c.id LIMIT 20");
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
                    String prefix = PREFIXES[i % PREFIXES.length];
                    int space = prefix.lastIndexOf(' ');
                    PreparedStatement byNameQuery = space < 0 ? oneWord : twoWords;
                    if (space < 0) {
                        oneWord.setString(1, prefix + "%");
                        oneWord.setString(2, prefix + "%");
                    } else {
                        twoWords.setString(1, prefix.substring(space + 1) + "%");
                        twoWords.setString(2, prefix.substring(0, space) + "%");
                    }
                    try (ResultSet rs = byNameQuery.executeQuery()) {
                        drain(rs);
                    }
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
}
