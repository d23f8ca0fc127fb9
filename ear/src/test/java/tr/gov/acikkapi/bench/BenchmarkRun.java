package tr.gov.acikkapi.bench;

import org.flywaydb.core.Flyway;
import tr.gov.acikkapi.launcher.EmbeddedMariaDb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The benchmark command ({@code mvn -Pbench verify}, see docs/src/performance.md): generates (once) or reuses the
 * benchmark database, measures each figure of issues 6 and 22 {@code bench.runs} times (3), each run against a
 * baseline measured in the same run, prints the table (one row per run, and a verdict per figure that is met only when
 * every run met the target) and writes it with the command, the date and the machine into
 * {@code docs/src/performance.md}.
 *
 * <p>System properties: {@code bench.citizens} (1,000,000) and {@code bench.applications} (5,000,000) set the scale,
 * {@code bench.seed} the generator's seed, {@code bench.home} where the database is kept, {@code bench.agents} (300),
 * {@code bench.cps} (50) and {@code bench.pop.seconds} (60) the screen-pop load, {@code bench.twice.agents} (600) and
 * {@code bench.twice.cps} (100) the load of the figure at twice the load, {@code bench.runs} (3) the runs per figure,
 * {@code bench.server.heap} (2g) WildFly's heap cap, {@code bench.figures} which figures to run (default
 * {@value #FIGURES}).
 */
public final class BenchmarkRun {

    private static final Logger LOG = Logger.getLogger(BenchmarkRun.class.getName());
    /** The command's own output: the table, and where it was written. Progress goes to the log. */
    private static final java.io.PrintStream OUT = System.out;
    /** Held here: java.util.logging keeps loggers only weakly, and a collected logger forgets its level. */
    private static final java.util.List<Logger> QUIET = java.util.List.of(Logger.getLogger("ch.vorburger"),
            Logger.getLogger("org.mariadb"), Logger.getLogger("org.flywaydb"), Logger.getLogger("org.reflections"),
            Logger.getLogger("tr.gov.acikkapi.cti"));

    /** Every figure, the default of {@code bench.figures}. */
    static final String FIGURES = "pop,intake,lookups,ivr,twice";

    private BenchmarkRun() {
    }

    /** Everything the command can be told, from system properties. */
    record Options(Path home, long seed, int citizens, int applications, int agents, double callsPerSecond,
                   int twiceAgents, double twiceCallsPerSecond, int runs,
                   Duration popDuration, int intakeEvents, int lookupRounds, int ivrCalls, Set<String> figures,
                   Path serverDir, Path ear, Path fixtures, Path report, String command) {

        static Options fromSystemProperties() {
            return new Options(
                    Path.of(System.getProperty("bench.home", System.getProperty("user.home") + "/.acikkapi/bench")).toAbsolutePath(),
                    Long.getLong("bench.seed", 20_260_601L),
                    Integer.getInteger("bench.citizens", 1_000_000),
                    Integer.getInteger("bench.applications", 5_000_000),
                    Integer.getInteger("bench.agents", 300),
                    Double.parseDouble(System.getProperty("bench.cps", "50")),
                    Integer.getInteger("bench.twice.agents", 600),
                    Double.parseDouble(System.getProperty("bench.twice.cps", "100")),
                    Math.max(1, Integer.getInteger("bench.runs", 3)),
                    Duration.ofSeconds(Long.getLong("bench.pop.seconds", 60L)),
                    Integer.getInteger("bench.intake.events", 300_000),
                    Integer.getInteger("bench.lookup.rounds", 2_000),
                    Integer.getInteger("bench.ivr.calls", 500),
                    Set.of(System.getProperty("bench.figures", FIGURES).split(",")),
                    Path.of(System.getProperty("bench.server.dir", "ear/target/server")),
                    Path.of(System.getProperty("bench.ear", "ear/target/acikkapi.ear")),
                    Path.of(System.getProperty("bench.fixtures", "../shared/fixtures")),
                    Path.of(System.getProperty("bench.report", "docs/src/performance.md")),
                    System.getProperty("bench.command", "mvn -Pbench verify"));
        }

        boolean runs(String figure) {
            return figures.contains(figure);
        }
    }

    public static void main(String[] args) throws Exception {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        Options options = Options.fromSystemProperties();
        Report report = new Report(options, Machine.describe());
        progress("Benchmark on %s", report.machine().summary());
        Path dbRoot = options.home().resolve("mariadb");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dbRoot.resolve("base"), dbRoot.resolve("data"), 0, "acikkapi")) {
            String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/acikkapi";
            try (Connection connection = connect(url)) {
                prepareDataset(connection, options, report);
                warmUp(connection);
            }
            if (options.runs("lookups")) {
                progress("Figure 3: lookups, %d runs …", options.runs());
                measure(report, "lookups", () -> {
                    try (Connection connection = connect(url)) {
                        for (int run = 1; run <= options.runs(); run++) {
                            String load = Machine.loadNow();
                            long diskReads = pagesReadFromDisk(connection);
                            report.lookups(run, load, new LookupBench(connection, options.lookupRounds()).run());
                            report.note(String.format(Locale.ROOT, "Lookups, run %d: %,d pages read from disk during "
                                    + "the run (buffer pool %s).", run, pagesReadFromDisk(connection) - diskReads,
                                    bufferPool(connection)));
                        }
                        report.lookupsDone();
                    }
                });
            }
            if (options.runs("pop") || options.runs("ivr") || options.runs("twice") || options.runs("intake")) {
                try (IntakeBench.WildFlyFeed feed = new IntakeBench.WildFlyFeed();
                     ServerUnderTest server = ServerUnderTest.start(options, db.port(),
                             options.runs("intake") ? java.util.Optional.of(feed.port()) : java.util.Optional.empty())) {
                    if (options.runs("ivr")) {
                        progress("Figure 4: IVR status round trips, %d runs …", options.runs());
                        measure(report, "IVR", () -> {
                            String jfr = System.getProperty("bench.ivr.jfr", "");
                            if (!jfr.isBlank()) {
                                progress("  %s", server.diagnose("JFR.start", "name=bench-ivr", "settings="
                                        + System.getProperty("bench.jfr.settings", "profile"), "filename=" + jfr).strip());
                            }
                            try (Connection connection = connect(url)) {
                                report.ivr(new IvrBench(connection, server, options.ivrCalls()).run(options.runs()));
                            } finally {
                                if (!jfr.isBlank()) {
                                    progress("  %s", server.diagnose("JFR.stop", "name=bench-ivr").strip());
                                }
                            }
                        });
                    }
                    if (options.runs("intake")) {
                        progress("Figure 2: AMI intake, %d runs of each consumer, alternating …", options.runs());
                        measure(report, "intake", () -> {
                            try (Connection connection = connect(url)) {
                                report.intake(IntakeBench.fromFixture(options.fixtures(), options.intakeEvents())
                                        .rounds(options.runs()).run(feed, connection, options.agents(),
                                                PopBench.callersWithOpenApplications(connection, 5_000)));
                            }
                        });
                    }
                    try (Connection connection = connect(url);
                         PopBench pops = new PopBench(server, connection, options)) {
                        if (options.runs("pop")) {
                            progress("Figure 1: screen pop with %d agents at %s calls/s, %d runs of %d s …",
                                    options.agents(), options.callsPerSecond(), options.runs(),
                                    options.popDuration().toSeconds());
                            measure(report, "screen pop", () -> report.pop("1", "5", "7",
                                    pops.measure(options.agents(), options.callsPerSecond(), options.runs()), true, true));
                        }
                        if (options.runs("twice")) {
                            progress("Figure 6: screen pop at twice the load, %d agents at %s calls/s, %d runs of %d s …",
                                    options.twiceAgents(), options.twiceCallsPerSecond(), options.runs(),
                                    options.popDuration().toSeconds());
                            measure(report, "screen pop at twice the load", () -> report.pop("6", "5", "7",
                                    pops.measure(options.twiceAgents(), options.twiceCallsPerSecond(), options.runs()),
                                    false, false));
                        }
                    }
                }
            }
        }
        String table = report.render();
        OUT.println();
        OUT.println(table);
        report.write(options.report());
        OUT.println("Written to " + options.report().toAbsolutePath());
        // The WebSocket and HTTP clients' threads would keep the JVM, and so Maven, waiting.
        System.exit(0);
    }

    /** One figure's measurement. */
    @FunctionalInterface
    private interface Figure {
        void measure() throws Exception;
    }

    /** Runs one figure; a failure is printed and noted in the report, and the other figures still run. */
    private static void measure(Report report, String name, Figure figure) {
        try {
            figure.measure();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, e, () -> "The " + name + " figure failed");
            report.note("The " + name + " figure failed: " + e);
        }
    }

    /** A line of progress for the person waiting: through the log, so that the table stays alone on the output. */
    static void progress(String format, Object... args) {
        LOG.info(() -> String.format(Locale.ROOT, format, args));
    }

    static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "acikkapi");
        props.setProperty("password", "acikkapi");
        props.setProperty("allowLocalInfile", "true");
        return DriverManager.getConnection(url, props);
    }

    /**
     * The bulk load of a new database gets a 1 GB redo log (MariaDB's default is 96 MB), which it needs to load
     * millions of rows in reasonable time; the figures are then measured with the product's settings, which the
     * database has again at its next start. The buffer pool is the run command's ({@link EmbeddedMariaDb}).
     */
    private static void enlargeRedoLogForLoading(Connection connection) {
        String setting = "innodb_log_file_size = 1073741824";
        try (Statement s = connection.createStatement()) {
            s.execute("SET GLOBAL " + setting);
        } catch (SQLException e) {
            progress("  (%s not set: %s)", setting, e.getMessage());
        }
    }

    /**
     * Figures for a database that has been answering calls for a while: the tables and indexes the lookups and the
     * IVR read (citizens, their numbers, applications with their history and notes) are read once, so that they are
     * in the buffer pool as they are on a server in use, whose pool holds them ({@link EmbeddedMariaDb}'s default is a
     * quarter of the memory). Waits first for the pool's own load of the pages it held at the last shutdown. Whether
     * a figure still read from disk is in the notes of the lookups.
     */
    private static void warmUp(Connection connection) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < 600 && !bufferPoolLoaded(s); i++) {
                Thread.sleep(500);
            }
            String[][] reads = {
                    {"citizen_phone", "PRIMARY"}, {"citizen_phone", "ix_citizen_phone_number"}, {"citizen_phone", "uq_citizen_phone"},
                    {"citizen", "PRIMARY"}, {"citizen", "ix_citizen_last_first"}, {"citizen", "ix_citizen_first_last"},
                    {"application", "PRIMARY"}, {"application", "uq_application_tracking_no"},
                    {"application", "ix_application_citizen_status_deadline"},
                    {"application_history", "ix_application_history_application"},
                    {"application_note", "ix_application_note_application"}, {"survey_response", "uq_survey_response_application"}};
            for (String[] read : reads) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + read[0] + " FORCE INDEX (" + read[1] + ")")) {
                    rs.next();
                }
            }
            progress("  lookup tables and indexes read into the buffer pool (%s) in %.1f s", bufferPool(connection),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** False while InnoDB is still reading back the pages dumped at the last shutdown ("Loaded n/m pages"). */
    private static boolean bufferPoolLoaded(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_load_status'")) {
            return !rs.next() || !rs.getString(2).startsWith("Loaded ");
        }
    }

    /** InnoDB's count of pages it had to read from disk because they were not in the buffer pool. */
    private static long pagesReadFromDisk(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'")) {
            return rs.next() ? rs.getLong(2) : 0;
        }
    }

    private static String bufferPool(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT @@innodb_buffer_pool_size")) {
            rs.next();
            return String.format(Locale.ROOT, "%,d MB", rs.getLong(1) / (1024 * 1024));
        }
    }

    /**
     * Reuses the kept database when it was generated with the same seed and scale, applying migrations added since;
     * otherwise migrates an empty database and generates it. Open applications are moved forward by the whole days since generation, so that
     * their deadlines still lie ahead and the deadline watch has nothing to escalate during the run.
     */
    private static void prepareDataset(Connection connection, Options options, Report report) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_dataset (seed BIGINT NOT NULL, citizens INT NOT NULL, "
                    + "applications INT NOT NULL, reference DATETIME NOT NULL, generation_seconds DOUBLE NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT seed, citizens, applications, reference, generation_seconds FROM bench_dataset")) {
                if (rs.next() && rs.getLong(1) == options.seed() && rs.getInt(2) == options.citizens()
                        && rs.getInt(3) == options.applications()) {
                    Instant reference = rs.getTimestamp(4).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
                    report.dataset(options.citizens(), options.applications(), Duration.ofMillis((long) (rs.getDouble(5) * 1000)), true);
                    progress("Reusing the benchmark database (%,d citizens, %,d applications) in %s",
                            options.citizens(), options.applications(), options.home());
                    migrate(connection);
                    shiftOpenApplications(connection, reference, now);
                    AgentAccounts.ensure(connection, Math.max(options.agents(), options.twiceAgents()));
                    return;
                }
            }
            s.execute("DROP DATABASE acikkapi");
            s.execute("CREATE DATABASE acikkapi CHARACTER SET utf8mb4 COLLATE utf8mb4_turkish_ci");
            s.execute("USE acikkapi");
        }
        progress("Generating %,d citizens and %,d applications (seed %d) …", options.citizens(),
                options.applications(), options.seed());
        enlargeRedoLogForLoading(connection);
        migrate(connection);
        DataGenerator.Outcome outcome = new DataGenerator(options.seed(), options.citizens(), options.applications(), now)
                .generate(connection, options.home().resolve("work"));
        AgentAccounts.create(connection, Math.max(options.agents(), options.twiceAgents()));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_dataset (seed BIGINT NOT NULL, citizens INT NOT NULL, "
                    + "applications INT NOT NULL, reference DATETIME NOT NULL, generation_seconds DOUBLE NOT NULL)");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO bench_dataset VALUES (?, ?, ?, ?, ?)")) {
            p.setLong(1, options.seed());
            p.setInt(2, options.citizens());
            p.setInt(3, options.applications());
            p.setTimestamp(4, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC)));
            p.setDouble(5, outcome.took().toMillis() / 1000.0);
            p.executeUpdate();
        }
        progress("Generated %,d citizens (%,d phone numbers) and %,d applications in %.1f s",
                outcome.citizens(), outcome.phones(), outcome.applications(), outcome.took().toMillis() / 1000.0);
        report.dataset(options.citizens(), options.applications(), outcome.took(), false);
    }

    /**
     * Applies the case core's migrations: all of them to a new database, and to a kept one those added since it was
     * generated (a new index is built on the kept rows), so that the figures measure the schema as it is now.
     */
    private static void migrate(Connection connection) throws SQLException {
        int applied = Flyway.configure(BenchmarkRun.class.getClassLoader())
                .dataSource(connection.getMetaData().getURL(), "acikkapi", "acikkapi")
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
        if (applied > 0) {
            progress("  %d migration(s) applied", applied);
        }
    }

    private static void shiftOpenApplications(Connection connection, Instant reference, Instant now) throws SQLException {
        long days = Duration.between(reference, now).toDays();
        if (days <= 0) {
            return;
        }
        progress("  moving open applications %d day(s) forward …", days);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE application SET registered_at = registered_at + INTERVAL " + days + " DAY, "
                    + "deadline_at = deadline_at + INTERVAL " + days + " DAY WHERE status IN ('RECEIVED','ROUTED','IN_PROGRESS')");
            s.executeUpdate("UPDATE bench_dataset SET reference = reference + INTERVAL " + days + " DAY");
        }
    }

    /** Reads a whole small file, for /proc. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
