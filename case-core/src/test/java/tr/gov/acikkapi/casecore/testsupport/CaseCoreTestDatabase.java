package tr.gov.acikkapi.casecore.testsupport;

import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One migrated database and one Hibernate factory over it, shared by the persistence tests of a
 * test run (Hibernate boots in seconds, so once). Test classes isolate themselves by deleting the
 * case data (citizens, applications, calls) before they start; the reference data stays.
 */
public final class CaseCoreTestDatabase {

    private static DataSource dataSource;
    private static EntityManagerFactory factory;

    private CaseCoreTestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = EmbeddedMariaDb.shared().migratedDatabase("case_core_test");
        }
        return dataSource;
    }

    /** The shared factory; building it validates every mapping against the schema. */
    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            factory = TestPersistenceUnit.create(dataSource());
        }
        return factory;
    }

    /** Deletes every citizen, application, note, survey answer, call and call link; keeps reference data and the sequence. */
    public static void deleteCaseData() {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"survey_dial", "survey_target", "survey_campaign", "call_application", "call_segment", "call_record", "survey_response", "application_note",
                    "application_history", "application", "citizen_phone", "citizen"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean the test database", e);
        }
    }

    /** The number of rows a query counts. */
    public static long count(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
