package tr.gov.acikkapi.casecore.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ready when the MariaDB data source hands out a connection that answers, and the schema has been
 * migrated (the Flyway history table has a successful row). Reports the server version and schema version.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int QUERY_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/AcikKapiDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            response.withData("server", connection.getMetaData().getDatabaseProductVersion());
            try (ResultSet rs = statement.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
                if (rs.next()) {
                    return response.up().withData("schema", rs.getString(1)).build();
                }
                return response.down().withData("error", "schema not migrated").build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()).build();
        }
    }
}
