package tr.gov.acikkapi.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;
import tr.gov.acikkapi.launcher.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Starts what the integration tests need before any test class runs, and stops it after the last: a fresh
 * embedded MariaDB on a free port (unless {@code MARIADB_HOST} points at an external server), the AMI simulator
 * the application's PBX link connects to, and a free WildFly port offset. The values reach {@code arquillian.xml} as system properties ({@code it.*}).
 *
 * <p>It also reserves the ports of a {@link SecondNode} (another offset) and gives both nodes the same JGroups member
 * list ({@code it.cluster.members}): the Arquillian container is node1 of a cluster whose node2 the cluster tests start
 * when they need it. Without node2 running, node1 is a cluster of one, as the other tests expect.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestEnvironment.class.getName());

    static final String AMI_USER = "cti";
    static final String AMI_SECRET = "it-secret";

    private static volatile AmiSimulator simulator;

    private static volatile EmbeddedMariaDb db;

    /** The AMI simulator that the deployed application's PBX link is connected to. */
    public static AmiSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The test environment was not started (run the tests through Maven)");
        }
        return simulator;
    }

    /**
     * Stops the embedded MariaDB, as an outage would, keeping its data and port; {@link #restartDatabase()} brings
     * it back. Refused when the tests use an external database.
     */
    public static void stopDatabase() {
        try {
            embeddedDatabase().stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Starts the embedded MariaDB stopped by {@link #stopDatabase()} again, on the same port with the same data. */
    public static void restartDatabase() {
        try {
            embeddedDatabase().restart();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot restart the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Whether the tests run against the embedded MariaDB (which they can stop and restart). */
    public static boolean databaseIsEmbedded() {
        return db != null;
    }

    private static EmbeddedMariaDb embeddedDatabase() {
        if (db == null) {
            throw new IllegalStateException("The tests use an external database, which they cannot stop");
        }
        return db;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.server.dir") == null) {
            return;
        }
        chooseWildFlyPorts();
        System.setProperty("it.ivr.port", Integer.toString(freePort()));
        simulator = AmiSimulator.start(new SimulatorConfig(freePort(), AMI_USER, AMI_SECRET));
        System.setProperty("it.ami.port", Integer.toString(simulator.port()));
        System.setProperty("it.ami.user", AMI_USER);
        System.setProperty("it.ami.secret", AMI_SECRET);
        String externalHost = System.getenv("MARIADB_HOST");
        if (externalHost != null && !externalHost.isBlank()) {
            LOG.info(() -> "Integration tests use the external MariaDB at " + externalHost);
            setDbProperties(externalHost, env("MARIADB_PORT", "3306"), env("MARIADB_DATABASE", "acikkapi"),
                    env("MARIADB_USER", "acikkapi"), env("MARIADB_PASSWORD", "acikkapi"));
            return;
        }
        Path root = Path.of(System.getProperty("it.work.dir", "target/it")).resolve("mariadb");
        try {
            deleteRecursively(root.resolve("data"));
            // The tests' few rows need no more than the 256 MB pool they always had, whatever the machine's memory.
            db = EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data"), 0, "acikkapi", "256M");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB for the tests: " + e.getMessage(), e);
        }
        LOG.info(() -> "Embedded MariaDB for the tests on port " + db.port());
        setDbProperties("127.0.0.1", Integer.toString(db.port()), "acikkapi", "acikkapi", "acikkapi");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SecondNode.stopShared();
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                LOG.warning(() -> "Could not stop the embedded MariaDB: " + e.getMessage());
            }
            db = null;
        }
    }

    private static void setDbProperties(String host, String port, String name, String user, String password) {
        System.setProperty("it.db.host", host);
        System.setProperty("it.db.port", port);
        System.setProperty("it.db.name", name);
        System.setProperty("it.db.user", user);
        System.setProperty("it.db.password", password);
    }

    /**
     * Free offsets (100, 200, …, 1900) for WildFly's HTTP, management and JGroups ports, node1's and node2's, tried
     * from a random one on: two test
     * runs started at once on one machine (two checkouts) then rarely try the same offset, and so do not both start a
     * server on it, the second one's deployments reaching the first's server. Not 2000: HTTP would be on 10080, a port
     * Chromium refuses to open (ERR_UNSAFE_PORT), and every browser test of the run failed on it.
     */
    private static void chooseWildFlyPorts() {
        int first = ThreadLocalRandom.current().nextInt(19);
        int node1 = -1;
        for (int i = 0; i < 19; i++) {
            int offset = 100 * (1 + (first + i) % 19);
            if (!offsetFree(offset)) {
                continue;
            }
            if (node1 < 0) {
                node1 = offset;
                System.setProperty("it.port.offset", Integer.toString(offset));
                System.setProperty("it.http.port", Integer.toString(8080 + offset));
                System.setProperty("it.management.port", Integer.toString(9990 + offset));
            } else if (Math.abs(offset - node1) > 100) {
                // Not next to node1's: JGroups' failure detection listens at its own port + 100.
                System.setProperty("it.node2.port.offset", Integer.toString(offset));
                System.setProperty("it.node2.ivr.port", Integer.toString(freePort()));
                System.setProperty("it.cluster.members", "127.0.0.1[" + (7600 + node1) + "],127.0.0.1[" + (7600 + offset) + "]");
                return;
            }
        }
        throw new IllegalStateException("No two free port sets for WildFly between 8180/10090 and 9980/11890");
    }

    /** Whether the HTTP, management and JGroups ports of this offset (and JGroups' failure detection's) are free. */
    private static boolean offsetFree(int offset) {
        return free(8080 + offset) && free(9990 + offset) && free(7600 + offset) && free(7700 + offset);
    }

    /** The monitoring token of the tests' server (arquillian.xml): {@code /health/ready} shows details with it. */
    public static final String HEALTH_TOKEN = "it-health-token";

    /**
     * The request for the readiness check with its details (the token in {@code X-Health-Token}): without it the
     * application's {@code /health/ready} tells only names and statuses.
     */
    public static HttpRequest readinessWithDetails(URL base) {
        return HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("health/ready"))
                .header("X-Health-Token", HEALTH_TOKEN).build();
    }

    /** A port nobody listens on now (the OS picks it). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
