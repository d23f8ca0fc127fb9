package tr.gov.acikkapi.casecore.demo;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.TestPersistenceUnit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    private static final Instant NOW = Instant.parse("2025-10-15T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String NOW_SQL = "'2025-10-15 10:00:00'";
    private static EntityManagerFactory factory;
    private static DemoData.Summary summary;
    private static List<String> firstRun;

    @BeforeAll
    static void generate() {
        factory = CaseCoreTestDatabase.factory();
        CaseCoreTestDatabase.deleteCaseData();
        summary = TestPersistenceUnit.inTransaction(factory, em -> DemoData.generate(em, 42, CLOCK));
        firstRun = fingerprint();
    }

    private static long count(String sql) {
        return CaseCoreTestDatabase.count(sql);
    }

    /** What the seed decides: citizens, their applications' types, statuses and times (not the tracking numbers). */
    private static List<String> fingerprint() {
        List<String> rows = new ArrayList<>();
        DataSource db = CaseCoreTestDatabase.dataSource();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT c.tc_kimlik_no, c.first_name, c.last_name, a.application_type_id, a.status, a.registered_at, "
                        + "(SELECT COUNT(*) FROM application_history h WHERE h.application_id = a.id) "
                        + "FROM application a JOIN citizen c ON c.id = a.citizen_id ORDER BY a.id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getInt(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @Test
    void generatesAbout200CitizensAndTheirApplications() {
        assertFalse(summary.skipped());
        assertEquals(200, summary.citizens());
        assertEquals(200, count("SELECT COUNT(*) FROM citizen"));
        assertTrue(summary.applications() >= 250 && summary.applications() <= 500, "applications: " + summary.applications());
        assertEquals(summary.applications(), count("SELECT COUNT(*) FROM application"));
    }

    @Test
    void coversEveryStatus() {
        EnumSet<ApplicationStatus> present = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (count("SELECT COUNT(*) FROM application WHERE status = '" + status + "'") > 0) {
                present.add(status);
            }
        }
        assertEquals(EnumSet.allOf(ApplicationStatus.class), present);
        assertEquals(summary.applications(), summary.byStatus().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void includesOverdueNotYetEscalatedAndDueWithin24Hours() {
        long overdue = count("SELECT COUNT(*) FROM application WHERE status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS') "
                + "AND escalated_at IS NULL AND deadline_at < " + NOW_SQL);
        assertTrue(overdue >= 2, "overdue: " + overdue);
        assertEquals(summary.overdueNotEscalated(), overdue);
        long dueSoon = count("SELECT COUNT(*) FROM application WHERE status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS') "
                + "AND deadline_at >= " + NOW_SQL + " AND deadline_at < DATE_ADD(" + NOW_SQL + ", INTERVAL 1 DAY)");
        assertTrue(dueSoon >= 2, "due within 24 h: " + dueSoon);
    }

    @Test
    void familiesShareNumbersAndEscortFlagsAppear() {
        assertTrue(count("SELECT COUNT(*) FROM (SELECT phone_e164 FROM citizen_phone GROUP BY phone_e164 HAVING COUNT(*) >= 2) t") >= 10);
        for (String flag : List.of("martyr_relative", "veteran", "disabled", "elderly", "sick")) {
            assertTrue(count("SELECT COUNT(*) FROM citizen WHERE " + flag) > 0, flag);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM citizen c WHERE NOT EXISTS (SELECT 1 FROM citizen_phone p WHERE p.citizen_id = c.id)"));
    }

    @Test
    void spreadsOverProvincesAndTypesWithTheCommonTypesFirst() {
        assertTrue(count("SELECT COUNT(DISTINCT province_code) FROM application") >= 30);
        assertTrue(count("SELECT COUNT(DISTINCT application_type_id) FROM application") >= 80);
        long social = count("SELECT COUNT(*) FROM application WHERE application_type_id = 301");
        long median = count("SELECT COUNT(*) FROM application WHERE application_type_id = 1405");
        assertTrue(social >= 10 && social > median, "SOS-01 " + social);
    }

    @Test
    void historiesAreConsistent() {
        assertEquals(0, count("SELECT COUNT(*) FROM application_history WHERE occurred_at > " + NOW_SQL));
        assertEquals(0, count("SELECT COUNT(*) FROM application_note WHERE created_at > " + NOW_SQL));
        assertEquals(0, count("SELECT COUNT(*) FROM application WHERE deadline_at <> DATE_ADD(registered_at, INTERVAL 7 DAY)"));
        assertEquals(0, count("SELECT COUNT(*) FROM application a WHERE (SELECT h.to_status FROM application_history h "
                + "WHERE h.application_id = a.id ORDER BY h.occurred_at DESC, h.id DESC LIMIT 1) <> a.status"));
        assertEquals(0, count("SELECT COUNT(*) FROM application WHERE status IN ('CONCLUDED_POSITIVE', 'CONCLUDED_NEGATIVE', "
                + "'REDIRECTED') AND outcome_explanation IS NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM application WHERE status = 'REDIRECTED' AND alternatives_offered IS NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM application WHERE status LIKE 'ESCALATED%' AND escalated_at <= deadline_at"));
    }

    @Test
    void callCenterApplicationsHaveTheirCallsAndSurveysAreMostlySatisfied() {
        assertEquals(summary.callRecords(), count("SELECT COUNT(*) FROM call_record"));
        assertEquals(count("SELECT COUNT(*) FROM application WHERE channel = 'CALL_CENTER'"), count("SELECT COUNT(*) FROM call_application"));
        long surveys = count("SELECT COUNT(*) FROM survey_response");
        assertTrue(surveys > 20);
        assertTrue(count("SELECT COUNT(*) FROM survey_response WHERE score >= 4") * 100 / surveys >= 85);
    }

    @Test
    void theSameSeedGivesTheSameDataAndAFilledDatabaseIsLeftAlone() {
        DemoData.Summary again = TestPersistenceUnit.inTransaction(factory, em -> DemoData.generate(em, 42, CLOCK));
        assertTrue(again.skipped());
        assertEquals(200, count("SELECT COUNT(*) FROM citizen"));

        CaseCoreTestDatabase.deleteCaseData();
        DemoData.Summary regenerated = TestPersistenceUnit.inTransaction(factory, em -> DemoData.generate(em, 42, CLOCK));
        assertEquals(summary.byStatus(), regenerated.byStatus());
        assertEquals(firstRun, fingerprint());
        assertNotEquals(firstRun.get(0), firstRun.get(firstRun.size() - 1));
    }
}
