package tr.gov.acikkapi.console.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.outbox.CaseCoreOutbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the console can reach its database now, for the banner every signed-in page shows while it cannot, and
 * for the desk's messages. One probe (a connection from the pool, validated) serves all callers for two seconds, so
 * many open pages polling it cost the database little. Also tells how many writes wait in the CTI outbox.
 */
@Named
@ApplicationScoped
public class DatabaseStatus {

    private static final Logger LOG = Logger.getLogger(DatabaseStatus.class);
    private static final Duration FRESH = Duration.ofSeconds(2);
    private static final int VALID_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/AcikKapiDS")
    DataSource dataSource;

    @Inject
    CaseCoreOutbox outbox;

    private final Clock clock = Clock.systemUTC();
    private Snapshot last;

    /**
     * What is known now.
     *
     * @param reachable the last probe got a valid connection
     * @param downSince when the probes started failing, while they fail
     * @param pending   writes of call records, callback tasks and wrap-ups waiting for the database
     * @param checkedAt when the probe ran
     */
    public record Snapshot(boolean reachable, Optional<Instant> downSince, long pending, Instant checkedAt) {
    }

    /** The state, probed again if the last probe is older than two seconds. */
    public synchronized Snapshot now() {
        Instant at = clock.instant();
        if (last == null || Duration.between(last.checkedAt(), at).compareTo(FRESH) >= 0) {
            boolean reachable = probe();
            Optional<Instant> downSince = reachable ? Optional.empty()
                    : last != null && last.downSince().isPresent() ? last.downSince() : Optional.of(at);
            if (last != null && last.reachable() != reachable) {
                LOG.infof(reachable ? "The database is reachable again" : "The database is unreachable");
            }
            last = new Snapshot(reachable, downSince, outbox.pending(), at);
        }
        return last;
    }

    /** The database cannot be reached: the pages show the banner. */
    public boolean isDegraded() {
        return !now().reachable();
    }

    public long getPending() {
        return now().pending();
    }

    private boolean probe() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Database probe failed: %s", e.getMessage());
            return false;
        }
    }
}
