package tr.gov.acikkapi.bench;

import tr.gov.acikkapi.cti.simulator.AmiSimulator;
import tr.gov.acikkapi.cti.simulator.SimulatorConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product as the run command starts it: the provisioned WildFly with the EAR (its configuration and JVM settings
 * unchanged), pointed at the benchmark database and at an AMI simulator in this JVM, demo mode off. Ports are chosen
 * free (WildFly with a port offset), so the benchmark runs beside a running product or test run.
 */
final class ServerUnderTest implements AutoCloseable {

    /**
     * A warm-up counts as done when WildFly's JIT compiled for less than this share of its last part's time (one
     * compiler thread busy 5 % of the time): see {@link #jitMillis()}.
     */
    static final double JIT_QUIET_SHARE = 0.05;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    /**
     * WildFly's heap cap for the benchmark ({@code bench.server.heap}, 2g): the run command's WildFly has
     * {@code -Xmx512m}, which a heap figure could never exceed; with this cap the collector is not pressed during the
     * figures, and the live set (the heap in use after a full GC) is what the server needs.
     */
    static final String HEAP = System.getProperty("bench.server.heap", "2g");

    /**
     * Memory of the WildFly JVM: the heap in use after a full GC (the live set), the heap committed and its cap, the
     * resident set size before the full GC, and the live set and RSS right after deployment for comparison.
     */
    record Memory(long liveSetMb, long heapCommittedMb, long heapMaxMb, long rssMb, long idleLiveSetMb, long idleRssMb) {

        String describe() {
            return String.format(java.util.Locale.ROOT, "live set %,d MB (heap committed %,d MB, cap %,d MB), RSS %,d MB",
                    liveSetMb, heapCommittedMb, heapMaxMb, rssMb);
        }
    }

    private final AmiSimulator simulator;
    private final Process wildfly;
    private final int httpPort;
    private final int ivrPort;
    private final GcLog gcLog;
    private long idleHeapMb;
    private long idleRssMb;

    private ServerUnderTest(AmiSimulator simulator, Process wildfly, int httpPort, int ivrPort, GcLog gcLog) {
        this.simulator = simulator;
        this.wildfly = wildfly;
        this.httpPort = httpPort;
        this.ivrPort = ivrPort;
        this.gcLog = gcLog;
    }

    /**
     * Starts WildFly against the database on {@code dbPort} and the simulator; with {@code intakePort}, a second PBX
     * link ({@link IntakeBench.WildFlyFeed#SERVER}) to that port on this machine, for the intake figure.
     */
    static ServerUnderTest start(BenchmarkRun.Options options, int dbPort, Optional<Integer> intakePort) throws Exception {
        AmiSimulator simulator = AmiSimulator.start(new SimulatorConfig(0, "cti", "bench-secret"));
        int offset = freeOffset();
        int ivrPort = freePort();
        Path base = options.home().resolve("server");
        tr.gov.acikkapi.launcher.ServerCopy.prepare(options.serverDir(), base, options.ear());
        List<String> command = List.of(options.serverDir().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(base.resolve("log/console.log").toFile()));
        builder.environment().put("MARIADB_HOST", "127.0.0.1");
        builder.environment().put("MARIADB_PORT", Integer.toString(dbPort));
        builder.environment().put("MARIADB_DATABASE", "acikkapi");
        builder.environment().put("MARIADB_USER", "acikkapi");
        builder.environment().put("MARIADB_PASSWORD", "acikkapi");
        builder.environment().put("AMI_HOST", "127.0.0.1");
        builder.environment().put("AMI_PORT", Integer.toString(simulator.port()));
        builder.environment().put("AMI_USER", "cti");
        builder.environment().put("AMI_SECRET", "bench-secret");
        intakePort.ifPresent(port -> {
            // The simulator stays the first PBX (the one desks' telephony uses); the intake figure feeds the second.
            String intake = "AMI_" + IntakeBench.WildFlyFeed.SERVER.toUpperCase(java.util.Locale.ROOT) + "_";
            builder.environment().put("AMI_SERVERS", "pbx," + IntakeBench.WildFlyFeed.SERVER);
            builder.environment().put("AMI_PBX_HOST", "127.0.0.1");
            builder.environment().put("AMI_PBX_PORT", Integer.toString(simulator.port()));
            builder.environment().put("AMI_PBX_USER", "cti");
            builder.environment().put("AMI_PBX_SECRET", "bench-secret");
            builder.environment().put(intake + "HOST", "127.0.0.1");
            builder.environment().put(intake + "PORT", Integer.toString(port));
            builder.environment().put(intake + "USER", "cti");
            builder.environment().put(intake + "SECRET", "secret");
        });
        builder.environment().put("ACIKKAPI_IVR_PORT", Integer.toString(ivrPort));
        builder.environment().put("ACIKKAPI_DEMO", "false");
        // The load's agents answer the next call at once, as before the wrap-up: what is measured is the pop's path.
        builder.environment().put("WRAPUP_MAX_SECONDS", "0");
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // standalone.conf's sizing with a cap that does not bind (-Xmx512m there), and a GC log stamped with the wall
        // clock, whose pauses the screen pop's runs count.
        Path gcLog = base.resolve("log/bench-gc.log");
        java.nio.file.Files.deleteIfExists(gcLog);
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms64m -Xmx" + HEAP + " -Xlog:gc:file=" + gcLog + ":timemillis");
        BenchmarkRun.progress("  starting WildFly (logs in %s) …", base.resolve("log"));
        long t0 = System.nanoTime();
        ServerUnderTest server = new ServerUnderTest(simulator, builder.start(), 8080 + offset, ivrPort, new GcLog(gcLog));
        server.awaitReady();
        BenchmarkRun.progress("  WildFly ready in %.1f s", (System.nanoTime() - t0) / 1e9);
        TimeUnit.SECONDS.sleep(5);
        Memory idle = server.liveSet(server.rssMb());
        server.idleHeapMb = idle.liveSetMb();
        server.idleRssMb = idle.rssMb();
        BenchmarkRun.progress("  after deployment, idle: %s", idle.describe());
        return server;
    }

    AmiSimulator simulator() {
        return simulator;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    int ivrPort() {
        return ivrPort;
    }

    GcLog gcLog() {
        return gcLog;
    }

    /** WildFly's resident set size now, from {@code /proc/<pid>/status}. */
    long rssMb() {
        long pid = javaProcess().orElseThrow(() -> new IllegalStateException("no WildFly JVM found")).pid();
        long rssKb = BenchmarkRun.read(Path.of("/proc/" + pid + "/status")).lines()
                .filter(l -> l.startsWith("VmRSS:")).findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        return rssKb / 1024;
    }

    /**
     * A full GC of WildFly ({@code jcmd GC.run}), then the heap in use after it (the live set), the heap committed and
     * its cap ({@code GC.heap_info}, {@code VM.flags}); with the RSS read before the collection.
     */
    Memory liveSet(long rssMb) throws IOException, InterruptedException {
        ProcessHandle java = javaProcess().orElseThrow(() -> new IllegalStateException("no WildFly JVM found"));
        jcmd(java.pid(), "GC.run");
        String heap = jcmd(java.pid(), "GC.heap_info");
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heap);
        long committed = 0;
        long used = 0;
        if (m.find()) {
            committed = Long.parseLong(m.group(1)) / 1024;
            used = Long.parseLong(m.group(2)) / 1024;
        }
        Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(jcmd(java.pid(), "VM.flags"));
        long maxMb = max.find() ? Long.parseLong(max.group(1)) / (1024 * 1024) : 0;
        return new Memory(used, committed, maxMb, rssMb, idleHeapMb, idleRssMb);
    }

    /**
     * Runs a diagnostic command in WildFly's JVM (e.g. {@code JFR.start}), for profiling a figure with
     * {@code -Dbench.jfr=<file>}; returns its output.
     */
    String diagnose(String... command) throws IOException, InterruptedException {
        ProcessHandle java = javaProcess().orElseThrow(() -> new IllegalStateException("no WildFly JVM found"));
        return jcmd(java.pid(), String.join(" ", command));
    }

    /**
     * The time WildFly's JIT compilers have spent compiling since the JVM started ({@code java.ci.totalTime} of
     * {@code jcmd PerfCounter.print}, in the JVM's high-resolution ticks), in milliseconds. The benchmark warms the
     * server up until this stops growing much: a figure measured while the compilers still work on the deployment's
     * code is one of a server that has just started, and on two cores they take a core from the server.
     */
    double jitMillis() throws IOException, InterruptedException {
        Map<String, String> counters = new HashMap<>();
        for (String line : diagnose("PerfCounter.print").split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                counters.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        String ticks = counters.get("java.ci.totalTime");
        String frequency = counters.get("sun.os.hrt.frequency");
        if (ticks == null || frequency == null) {
            throw new IllegalStateException("jcmd PerfCounter.print gave no java.ci.totalTime for WildFly's JVM");
        }
        return Long.parseLong(ticks) * 1000.0 / Long.parseLong(frequency);
    }

    /** The pid of WildFly's JVM, if it is running. */
    Optional<Long> pid() {
        return javaProcess().map(ProcessHandle::pid);
    }

    private Optional<ProcessHandle> javaProcess() {
        return wildfly.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
    }

    private static String jcmd(long pid, String what) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> command = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        command.addAll(List.of(what.split(" ")));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = base().resolve("health/ready");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!wildfly.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up: see its server.log");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("WildFly was not ready within " + READY_TIMEOUT.toMinutes() + " minutes");
    }

    private static int freeOffset() {
        for (int offset = 3000; offset <= 6000; offset += 100) {
            if (free(8080 + offset) && free(9990 + offset) && free(8443 + offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free WildFly port offset between 3000 and 6000");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(wildfly.descendants().toList());
        wildfly.destroy();
        all.forEach(ProcessHandle::destroy);
        try {
            if (!wildfly.waitFor(30, TimeUnit.SECONDS)) {
                wildfly.destroyForcibly();
            }
            for (ProcessHandle p : all) {
                p.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            all.forEach(ProcessHandle::destroyForcibly);
        }
        // Seen once: WildFly and its start script still running after the graceful stop; nothing may outlive the run.
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (wildfly.isAlive()) {
            wildfly.destroyForcibly();
        }
        simulator.close();
    }
}
