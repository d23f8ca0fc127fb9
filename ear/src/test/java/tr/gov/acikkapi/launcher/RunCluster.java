package tr.gov.acikkapi.launcher;

import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cluster command ({@code mvn -Pcluster verify}, docs/src/cluster.md): starts N WildFly nodes on this machine
 * (default 2) from copies of the provisioned server's configuration, each with its own port offset, node name and
 * transaction node id, all with the same JGroups member list, against a 3-node Galera cluster on loopback
 * ({@code .ci/galera}) or, with {@code ACIKKAPI_CLUSTER_DB=embedded}, the run command's embedded MariaDB; one AMI
 * simulator serves every node's PBX link. It prints each node's address when all are ready and keeps running until
 * Ctrl-C, which stops the nodes, the simulator and the database. A problem the user can fix ends it with one line and
 * exit code 2.
 *
 * <p>State lives in {@code ACIKKAPI_HOME/cluster}: {@code node1/}, {@code node2/}, … (each a WildFly base directory
 * with its own log) and {@code galera/} (the three database nodes' data).
 */
public final class RunCluster {

    private static final Logger LOG = Logger.getLogger(RunCluster.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);
    /** The user's terminal: the cluster command talks to the person who started it, not to a log. */
    private static final PrintStream TERMINAL = System.out;
    private static final PrintStream ERRORS = System.err;
    private static final int GALERA_SQL_PORT = 4306;

    private final Settings settings;
    private final ClusterSettings cluster;
    private final Path provisionedServer;
    private final Path ear;
    private final Path galeraScript;
    private final Path home;
    private final List<Process> nodes = new ArrayList<>();
    private final List<AutoCloseable> running = new ArrayList<>();
    private String dbHost = "127.0.0.1";
    private int dbPort;
    private String dbUrl;
    private boolean galeraStarted;

    private RunCluster(Settings settings, ClusterSettings cluster, Path provisionedServer, Path ear, Path galeraScript) {
        this.settings = settings;
        this.cluster = cluster;
        this.provisionedServer = provisionedServer;
        this.ear = ear;
        this.galeraScript = galeraScript;
        this.home = settings.home().resolve("cluster");
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Logger.getLogger("ch.vorburger").setLevel(Level.WARNING);
        Logger.getLogger("org.mariadb").setLevel(Level.WARNING);
        RunCluster command;
        try {
            Map<String, String> env = System.getenv();
            command = new RunCluster(
                    Settings.from(env, Path.of(System.getProperty("acikkapi.default.home",
                            System.getProperty("user.home") + "/.acikkapi"))),
                    ClusterSettings.from(env),
                    Path.of(required("acikkapi.server.dir")), Path.of(required("acikkapi.ear")),
                    Path.of(required("acikkapi.galera.script")));
        } catch (LaunchFailure e) {
            fail(e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(command::stop, "acikkapi-cluster-stop"));
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        try {
            command.start(started);
        } catch (LaunchFailure e) {
            fail(e.getMessage());
            return;
        } catch (Exception e) {
            LOG.log(Level.FINE, "Start-up failed", e);
            fail("Start-up failed: " + e.getMessage());
            return;
        }
        command.awaitNodesExit();
    }

    private void start(long startedNanos) throws Exception {
        if (!Files.isRegularFile(provisionedServer.resolve("bin/standalone.sh"))) {
            throw new LaunchFailure("No provisioned WildFly in " + provisionedServer + ": run the command from the project root.");
        }
        Files.createDirectories(home);
        checkPortsFree();
        startDatabase();
        AmiSimulator simulator = startPbx();
        // One after the other: the first node migrates the schema alone. On Galera, Flyway's lock on its history table
        // is a row lock, which each DDL statement's implicit commit releases; two nodes migrating an empty database at
        // once both ran V1 (seen: "Table 'province' already exists" on the second).
        for (int n = 1; n <= cluster.nodes(); n++) {
            startNode(n);
            awaitReady(n);
        }
        if (settings.demo() && simulator != null) {
            simulator.startDemoTraffic(4, List.of("05559990011", "05559990022", "03129990033"),
                    List.of("Local/1001@agents", "Local/1002@agents", "Local/1003@agents"));
        }
        printReady(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private void checkPortsFree() throws LaunchFailure {
        for (int n = 1; n <= cluster.nodes(); n++) {
            int offset = cluster.portOffset(n);
            String node = " of " + cluster.nodeName(n) + " (port offset " + offset + ")";
            ServerReadiness.requireFree(settings.bindAddress(), settings.httpPort() + offset, "ACIKKAPI_HTTP_PORT", "HTTP" + node);
            ServerReadiness.requireFree(settings.bindAddress(), settings.managementPort() + offset, "ACIKKAPI_MANAGEMENT_PORT", "WildFly management" + node);
            ServerReadiness.requireFree(settings.bindAddress(), settings.fastAgiPort() + offset, "ACIKKAPI_IVR_PORT", "FastAGI IVR" + node);
            ServerReadiness.requireFree(settings.bindAddress(), cluster.clusterPort() + offset, "ACIKKAPI_CLUSTER_PORT", "JGroups" + node);
        }
        if (settings.simulatedPbx()) {
            ServerReadiness.requireFree(settings.bindAddress(), settings.amiPort(), "AMI_PORT", "AMI simulator");
        }
        if (cluster.database() == ClusterSettings.Database.EMBEDDED && settings.embeddedDb()) {
            ServerReadiness.requireFree(settings.bindAddress(), settings.dbPort(), "MARIADB_PORT", "embedded MariaDB");
        }
    }

    private void startDatabase() throws Exception {
        if (!settings.embeddedDb()) {
            dbHost = settings.dbHost();
            dbPort = settings.dbPort();
            dbUrl = System.getenv().getOrDefault("MARIADB_URL",
                    "jdbc:mariadb://" + dbHost + ":" + dbPort + "/" + settings.dbName());
            say("Using the MariaDB at %s (user %s) …", dbUrl, settings.dbUser());
        } else if (cluster.database() == ClusterSettings.Database.EMBEDDED) {
            dbPort = settings.dbPort();
            Path root = settings.home().resolve("mariadb");
            say("Starting the embedded MariaDB 11.4 on port %d (data in %s) …", dbPort, root.resolve("data"));
            running.add(EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data"), dbPort, settings.dbName(),
                    settings.dbBufferPool()));
            dbUrl = "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + settings.dbName();
        } else {
            dbPort = GALERA_SQL_PORT;
            say("Starting a 3-node MariaDB Galera cluster on SQL ports %d-%d (data in %s) …", dbPort, dbPort + 2,
                    home.resolve("galera"));
            galera("start");
            galeraStarted = true;
            dbUrl = "jdbc:mariadb:sequential://127.0.0.1:" + dbPort + ",127.0.0.1:" + (dbPort + 1) + ",127.0.0.1:"
                    + (dbPort + 2) + "/" + settings.dbName();
        }
        checkDatabaseLogin();
    }

    /** Runs {@code .ci/galera COMMAND DIR}; its last line is the one-line reason when it fails. */
    private void galera(String command) throws IOException, InterruptedException, LaunchFailure {
        ProcessBuilder builder = new ProcessBuilder(galeraScript.toString(), command, home.resolve("galera").toString())
                .redirectErrorStream(true);
        builder.environment().put("GALERA_SQL_PORT", Integer.toString(GALERA_SQL_PORT));
        builder.environment().put("MARIADB_DATABASE", settings.dbName());
        builder.environment().put("MARIADB_USER", settings.dbUser());
        builder.environment().put("MARIADB_PASSWORD", settings.dbPassword());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            String last = output.strip().lines().reduce((a, b) -> b).orElse("no output");
            throw new LaunchFailure("The Galera cluster did not start: " + last.replaceFirst("^ERROR: ", ""));
        }
    }

    private void checkDatabaseLogin() throws LaunchFailure {
        Properties props = new Properties();
        props.setProperty("user", settings.dbUser());
        props.setProperty("password", settings.dbPassword());
        props.setProperty("connectTimeout", "5000");
        try (Connection ignored = DriverManager.getConnection(dbUrl, props)) {
            return;
        } catch (SQLException e) {
            throw new LaunchFailure("Cannot sign in to the database at " + dbUrl + " as '" + settings.dbUser() + "' ("
                    + LaunchFailure.firstLine(e.getMessage()) + "): set MARIADB_USER and MARIADB_PASSWORD, or check the database.");
        }
    }

    private AmiSimulator startPbx() {
        if (!settings.simulatedPbx()) {
            say("PBX: Asterisk at %s:%d (user %s), linked from the node the cluster elects", settings.amiHost().orElse(""),
                    settings.amiPort(), settings.amiUser());
            return null;
        }
        AmiSimulator simulator = AmiSimulator.start(new SimulatorConfig(settings.amiPort(), settings.amiUser(),
                settings.amiSecret()));
        running.add(simulator);
        say("PBX: the AMI simulator on port %d, linked from the node the cluster elects", settings.amiPort());
        return simulator;
    }

    private void startNode(int n) throws IOException {
        String name = cluster.nodeName(n);
        int offset = cluster.portOffset(n);
        Path base = home.resolve(name);
        ServerCopy.prepare(provisionedServer, base, ear);
        Map<String, String> env = new HashMap<>();
        env.put("MARIADB_URL", dbUrl);
        env.put("MARIADB_HOST", dbHost);
        env.put("MARIADB_PORT", Integer.toString(dbPort));
        env.put("MARIADB_DATABASE", settings.dbName());
        env.put("MARIADB_USER", settings.dbUser());
        env.put("MARIADB_PASSWORD", settings.dbPassword());
        env.put("AMI_HOST", settings.amiHost().orElse("127.0.0.1"));
        env.put("AMI_PORT", Integer.toString(settings.amiPort()));
        env.put("AMI_USER", settings.amiUser());
        env.put("AMI_SECRET", settings.amiSecret());
        env.put("ACIKKAPI_IVR_PORT", Integer.toString(settings.fastAgiPort() + offset));
        env.put("ACIKKAPI_DEMO", Boolean.toString(settings.demo()));
        env.put("ACIKKAPI_CLUSTER_MEMBERS", cluster.members());
        env.put("ACIKKAPI_CLUSTER_PORT", Integer.toString(cluster.clusterPort()));
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JBOSS_PIDFILE", base.resolve("wildfly.pid").toString());
        say("Starting WildFly %s (port offset %d, logs in %s) …", name, offset, base.resolve("log"));
        ProcessBuilder builder = new ProcessBuilder(provisionedServer.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.node.name=" + name,
                "-Djboss.tx.node.id=" + name,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djava.net.preferIPv4Stack=true",
                "-b", settings.bindAddress(),
                "-bmanagement", "127.0.0.1",
                "-Djboss.http.port=" + settings.httpPort(),
                "-Djboss.management.http.port=" + settings.managementPort())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("log/console.log").toFile()));
        builder.environment().putAll(env);
        nodes.add(builder.start());
    }

    private void awaitReady(int n) throws Exception {
        ServerReadiness.await(nodes.get(n - 1), "WildFly " + cluster.nodeName(n), URI.create(address(n) + "health/ready"),
                home.resolve(cluster.nodeName(n)), READY_TIMEOUT);
        say("%s is ready: %s", cluster.nodeName(n), address(n));
    }

    private String address(int n) {
        String host = "0.0.0.0".equals(settings.bindAddress()) || "127.0.0.1".equals(settings.bindAddress())
                ? "localhost" : settings.bindAddress();
        return "http://" + host + ":" + (settings.httpPort() + cluster.portOffset(n)) + "/";
    }

    private void printReady(Duration took) {
        StringBuilder text = new StringBuilder(System.lineSeparator())
                .append("Açık Kapı CTI cluster of ").append(cluster.nodes()).append(" node(s) is ready in ")
                .append(String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0)).append(" s:")
                .append(System.lineSeparator());
        for (int n = 1; n <= cluster.nodes(); n++) {
            text.append("  ").append(cluster.nodeName(n)).append("  ").append(address(n))
                    .append("  (JGroups 127.0.0.1:").append(cluster.clusterPort() + cluster.portOffset(n))
                    .append(", management 127.0.0.1:").append(settings.managementPort() + cluster.portOffset(n))
                    .append(", log ").append(home.resolve(cluster.nodeName(n)).resolve("log/server.log")).append(')')
                    .append(System.lineSeparator());
        }
        text.append("  cluster members: ").append(cluster.members()).append(System.lineSeparator())
                .append("  database: ").append(dbUrl).append(System.lineSeparator());
        if (settings.demo()) {
            String password = System.getenv().getOrDefault("ACIKKAPI_DEMO_PASSWORD", "AcikKapi.2026");
            text.append("  demo sign-ins on every node (password ").append(password).append("):").append(System.lineSeparator())
                    .append("    temsilci1, temsilci2, temsilci3  agents (phones Local/1001-1003@agents)").append(System.lineSeparator())
                    .append("    supervizor                       supervisor").append(System.lineSeparator())
                    .append("    yonetici                         administrator").append(System.lineSeparator());
        }
        text.append("Press Ctrl-C to stop every node and the database.");
        say("%s", text);
    }

    private void awaitNodesExit() {
        try {
            for (int n = 0; n < nodes.size(); n++) {
                int exit = nodes.get(n).waitFor();
                say("WildFly %s stopped (exit %d).", cluster.nodeName(n + 1), exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the nodes (gracefully, then forcibly), then the simulator and the database. Safe to call twice. */
    private synchronized void stop() {
        if (!nodes.isEmpty()) {
            say("Stopping %d WildFly node(s) …", nodes.size());
        }
        nodes.forEach(Process::destroy);
        for (Process node : nodes) {
            try {
                if (!node.waitFor(30, TimeUnit.SECONDS)) {
                    node.descendants().forEach(ProcessHandle::destroyForcibly);
                    node.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            node.descendants().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        nodes.clear();
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not stop " + running.get(i), e);
            }
        }
        running.clear();
        if (galeraStarted) {
            galeraStarted = false;
            try {
                galera("stop");
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not stop the Galera cluster", e);
            }
        }
        say("Stopped.");
    }

    private static String required(String property) throws LaunchFailure {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new LaunchFailure("System property " + property + " is missing: start the cluster with mvn -Pcluster verify.");
        }
        return value;
    }

    private static void say(String format, Object... args) {
        TERMINAL.println(String.format(Locale.ROOT, format, args));
    }

    private static void fail(String message) {
        ERRORS.println("ERROR: " + message);
        System.exit(2);
    }
}
