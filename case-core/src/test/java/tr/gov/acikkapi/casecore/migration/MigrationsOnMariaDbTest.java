package tr.gov.acikkapi.casecore.migration;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.testsupport.EmbeddedMariaDb;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Applies every migration to an empty MariaDB 11.4 database and checks the reference data they load. */
class MigrationsOnMariaDbTest {

    private static DataSource db;

    @BeforeAll
    static void migrate() {
        db = EmbeddedMariaDb.shared().migratedDatabase("migrations_test");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void loads81Provinces17TopicsAnd322ApplicationTypes() throws SQLException {
        assertEquals(81, count("SELECT COUNT(*) FROM province"));
        assertEquals(17, count("SELECT COUNT(*) FROM topic"));
        assertEquals(322, count("SELECT COUNT(*) FROM application_type"));
        assertEquals(0, count("SELECT COUNT(*) FROM topic t WHERE NOT EXISTS "
                + "(SELECT 1 FROM application_type a WHERE a.topic_id = t.id)"), "every topic holds types");
        assertEquals(322, count("SELECT COUNT(DISTINCT code) FROM application_type"));
        assertEquals(0, count("SELECT COUNT(*) FROM application_type WHERE id DIV 100 <> topic_id"));
    }

    @Test
    void topicAndTypeNamesAreRealTurkishText() throws SQLException {
        List<String> topics = strings("SELECT name FROM topic ORDER BY sort_order");
        assertTrue(topics.contains("Sağlık"));
        assertTrue(topics.contains("Nüfus ve Vatandaşlık"));
        assertTrue(topics.contains("Afet ve Acil Durum"));
        assertEquals(List.of("Hastane randevusu alınamaması (MHRS)"), strings("SELECT name FROM application_type WHERE code = 'SAG-01'"));
        assertEquals(List.of("Sosyal yardım başvurusu"), strings("SELECT name FROM application_type WHERE id = 301"));
        assertEquals(0, count("SELECT COUNT(*) FROM application_type WHERE CHAR_LENGTH(TRIM(name)) < 5"));
    }

    @Test
    void generatesOneUnitPerKindPerProvince() throws SQLException {
        long kinds = count("SELECT COUNT(*) FROM unit_kind");
        assertTrue(kinds >= 20, "unit kinds: " + kinds);
        assertEquals(81 * kinds, count("SELECT COUNT(*) FROM unit"));
        assertEquals(0, count("SELECT COUNT(*) FROM province p CROSS JOIN unit_kind k "
                + "WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.province_code = p.plate_code AND u.kind_code = k.code)"));
        assertEquals(List.of("Ankara İl Sağlık Müdürlüğü"),
                strings("SELECT name FROM unit WHERE province_code = 6 AND kind_code = 'SAGLIK'"));
        assertEquals(List.of("İzmir Valiliği Açık Kapı Bürosu"),
                strings("SELECT name FROM unit WHERE province_code = 35 AND kind_code = 'ACIK_KAPI'"));
        assertEquals(0, count("SELECT COUNT(*) FROM unit WHERE name LIKE '%{il}%'"));
    }

    @Test
    void routingRulesCoverEveryTypeAndTopic() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM application_type t WHERE NOT EXISTS (SELECT 1 FROM routing_rule r "
                + "WHERE r.application_type_id = t.id AND r.province_code IS NULL)"), "a default rule for every type");
        assertEquals(0, count("SELECT COUNT(*) FROM topic t WHERE NOT EXISTS (SELECT 1 FROM routing_rule r "
                + "WHERE r.topic_id = t.id AND r.province_code IS NULL)"), "a default rule for every topic");
        assertTrue(count("SELECT COUNT(*) FROM routing_rule WHERE province_code IS NOT NULL") > 0, "province exceptions exist");
        assertEquals(0, count("SELECT COUNT(*) FROM application_type t CROSS JOIN province p WHERE NOT EXISTS "
                + "(SELECT 1 FROM routing_rule r JOIN unit u ON u.kind_code = r.unit_kind_code AND u.province_code = p.plate_code "
                + "WHERE r.application_type_id = t.id)"), "every type reaches a unit in every province");
    }

    @Test
    void escalationRulesHaveExactlyOneDefault() throws SQLException {
        assertEquals(1, count("SELECT COUNT(*) FROM escalation_rule "
                + "WHERE topic_id IS NULL AND unit_kind_code IS NULL AND problem_area IS NULL"));
        assertEquals(List.of("GOVERNOR"), strings("SELECT target FROM escalation_rule "
                + "WHERE topic_id IS NULL AND unit_kind_code IS NULL AND problem_area IS NULL"));
        assertTrue(count("SELECT COUNT(*) FROM escalation_rule WHERE target = 'MINISTRY'") > 0);
    }

    @Test
    void trackingSerialSequenceHandsOutDistinctNineDigitValuesUnderConcurrency() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(() -> {
                    List<Long> values = new ArrayList<>();
                    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                        for (int i = 0; i < 250; i++) {
                            try (ResultSet rs = s.executeQuery("SELECT NEXTVAL(tracking_serial)")) {
                                rs.next();
                                values.add(rs.getLong(1));
                            }
                        }
                    }
                    return values;
                });
            }
            Set<Long> all = new HashSet<>();
            int total = 0;
            for (Future<List<Long>> result : pool.invokeAll(workers)) {
                for (long value : result.get()) {
                    assertTrue(value >= 100_000_000L && value <= 999_999_999L, "serial " + value);
                    all.add(value);
                    total++;
                }
            }
            assertEquals(1_000, total);
            assertEquals(total, all.size(), "every value handed out once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void namesFollowTurkishCollation() throws SQLException {
        // Dotted and dotless i are different letters in Turkish: "i%" finds İstanbul and İzmir, not Isparta or Iğdır.
        assertEquals(List.of("İstanbul", "İzmir"), strings("SELECT name FROM province WHERE name LIKE 'i%' ORDER BY name"));
        assertEquals(List.of("Iğdır", "Isparta"), strings("SELECT name FROM province WHERE name LIKE 'ı%' ORDER BY name"));
        assertEquals(List.of("Çanakkale", "Çankırı", "Çorum"), strings("SELECT name FROM province WHERE name LIKE 'ç%' ORDER BY name"));
    }

    @Test
    void migrationsAreCompleteAndValidate() {
        Flyway flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration").load();
        flyway.validate();
        assertEquals(0, flyway.migrate().migrationsExecuted);
        assertTrue(flyway.info().applied().length >= 5);
    }

    /** V11: a call recorded as abandoned although nobody saw its end (link down, no answer) becomes not observed. */
    @Test
    void callsEndedUnseenWhileTheLinkWasDownBecomeNotObserved() throws SQLException {
        DataSource old = EmbeddedMariaDb.shared().emptyDatabase("migrations_v11_test");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("10").load().migrate();
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            String insert = "INSERT INTO call_record (server, linkedid, entered_at, answered_at, ended_at, wait_seconds, "
                    + "talk_seconds, outcome, ended_while_link_down, recorded_at) VALUES ('pbx', '%s', '2026-12-07 10:00:00', "
                    + "%s, '2026-12-07 10:00:09', 5, %d, '%s', %d, '2026-12-07 10:00:10')";
            s.executeUpdate(insert.formatted("unseen", "NULL", 0, "ABANDONED", 1));
            s.executeUpdate(insert.formatted("seen", "NULL", 0, "ABANDONED", 0));
            s.executeUpdate(insert.formatted("answered", "'2026-12-07 10:00:05'", 4, "ANSWERED", 1));
        }
        Flyway.configure().dataSource(old).locations("classpath:db/migration").load().migrate();
        try (Connection c = old.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT linkedid, outcome FROM call_record ORDER BY linkedid")) {
            List<String> outcomes = new ArrayList<>();
            while (rs.next()) {
                outcomes.add(rs.getString(1) + "=" + rs.getString(2));
            }
            assertEquals(List.of("answered=ANSWERED", "seen=ABANDONED", "unseen=NOT_OBSERVED"), outcomes);
        }
    }

    @Test
    void lookupIndexesExist() throws SQLException {
        List<String> indexes = strings("SELECT DISTINCT CONCAT(table_name, '.', index_name) FROM information_schema.statistics "
                + "WHERE table_schema = DATABASE()");
        for (String expected : List.of("application.ix_application_citizen_status_deadline", "application.ix_application_status_deadline",
                "application.uq_application_tracking_no", "citizen.uq_citizen_tc_kimlik_no", "citizen.ix_citizen_last_first", "citizen.ix_citizen_first_last",
                "citizen_phone.ix_citizen_phone_number", "call_record.uq_call_record_server_linkedid")) {
            assertTrue(indexes.contains(expected), expected + " in " + indexes);
        }
    }
}
