package tr.gov.acikkapi.casecore.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.scanner.Scanner;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the database schema to the current version at deployment, before any other start-up bean
 * touches it: the versioned Flyway migrations in {@code db/migration} (schema and reference data).
 *
 * <p>Runs outside a JTA transaction because Flyway commits each migration itself. Start-up beans that
 * read the database declare {@code @DependsOn("SchemaMigration")}.
 *
 * <p>On MariaDB Galera ({@code wsrep_on}) the migrations are read through {@link GaleraSequences}, and Flyway itself
 * locks its history table with a row lock instead of {@code GET_LOCK}, which Galera does not replicate. Several nodes
 * starting at once each try to migrate; the history table's lock lets one of them do it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Resource(lookup = "java:jboss/datasources/AcikKapiDS")
    private DataSource dataSource;

    private String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        FluentConfiguration configuration = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
        if (galera()) {
            LOG.info("The database is a MariaDB Galera cluster node: sequences are created with INCREMENT BY 0");
            // Flyway's own classpath scanner, which it would use itself without a provider set.
            configuration.resourceProvider(new GaleraSequences(
                    new Scanner<>(JavaMigration.class, configuration, configuration.getLocations())));
        }
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.infof("Database schema at version %s (%d migration(s) applied now)", schemaVersion, result.migrationsExecuted);
    }

    /** Whether the data source leads to a Galera node: {@code wsrep_on}, which a MariaDB without Galera reports OFF. */
    private boolean galera() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")) {
            return rs.next() && "ON".equalsIgnoreCase(rs.getString(2));
        } catch (SQLException e) {
            LOG.debugf(e, "Cannot tell whether the database is a Galera node; assuming it is not");
            return false;
        }
    }

    /** The version of the newest applied migration, as Flyway reports it. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
