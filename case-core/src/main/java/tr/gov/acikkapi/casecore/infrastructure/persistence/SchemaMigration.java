package tr.gov.acikkapi.casecore.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

import javax.sql.DataSource;

/**
 * Brings the database schema to the current version at deployment, before any other start-up bean
 * touches it: the versioned Flyway migrations in {@code db/migration} (schema and reference data).
 *
 * <p>Runs outside a JTA transaction because Flyway commits each migration itself. Start-up beans that
 * read the database declare {@code @DependsOn("SchemaMigration")}.
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
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.infof("Database schema at version %s (%d migration(s) applied now)", schemaVersion, result.migrationsExecuted);
    }

    /** The version of the newest applied migration, as Flyway reports it. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
