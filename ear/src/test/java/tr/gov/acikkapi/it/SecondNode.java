package tr.gov.acikkapi.it;

import tr.gov.acikkapi.launcher.ServerCopy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A second WildFly node beside the Arquillian container, for the cluster tests (docs/src/cluster.md). The Arquillian
 * container is {@code node1}; this is {@code node2}: a copy of the provisioned server's configuration under
 * {@code target/it/node2} with the product's EAR (without the tests' classes), its own port offset, the same member
 * list as node1 ({@code ACIKKAPI_CLUSTER_MEMBERS}, chosen by {@link TestEnvironment}), the same embedded MariaDB and
 * the same AMI simulator. So the two form a cluster of two. Both elect the youngest node for the PBX link (the
 * singleton policy's position -1, {@code acikkapi.cluster.link.position}), so node2, which a test can kill, holds
 * it while it runs.
 *
 * <p>A test gets the node with {@link #running()}, which starts it once and hands the same node to every later test
 * (a start costs 30-60 s here); {@link TestEnvironment} stops it after the last test. The faults: {@link #kill()}
 * ({@code kill -9} of its JVM), {@link #stop()} (a graceful stop, SIGTERM as a service manager sends), and a fresh
 * {@link #start(Map)} with settings of the test's own, e.g. a wrong cluster setting, whose failure
 * {@link #awaitReady(Duration)} reports with the deployment's own reason.
 *
 * <p>Its log: {@code target/it/node2/log/server.log} ({@link #log()}).
 */
public final class SecondNode implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SecondNode.class.getName());

    /** The node's name ({@code jboss.node.name}); the Arquillian container is {@value #FIRST_NODE}. */
    public static final String NAME = "node2";

    /** The Arquillian container's node name. */
    public static final String FIRST_NODE = "node1";

    private static final String EAR_NAME = "acikkapi.ear";
    private static final Duration READY = Duration.ofMinutes(4);

    private static SecondNode shared;

    private final Path base;
    private final int offset;
    private final Process process;

    private SecondNode(Path base, int offset, Process process) {
        this.base = base;
        this.offset = offset;
        this.process = process;
    }

    /**
     * The shared second node, started (and awaited ready) if it is not running: the node of the previous test when it
     * is still alive, else a fresh one with the default settings.
     */
    public static synchronized SecondNode running() throws Exception {
        if (shared == null || !shared.isAlive()) {
            shared = start(Map.of());
            shared.awaitReady(READY);
        }
        return shared;
    }

    /** Stops the shared node if one runs (the test environment calls it after the last test). */
    static synchronized void stopShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /**
     * Starts a second node (without waiting for it; see {@link #awaitReady(Duration)}) with the test environment's
     * settings and {@code properties} on top (system properties, {@code -Dname=value}; the product reads its
     * settings from system properties before the environment). A shared node still running is stopped first: one
     * second node at a time. The node's data folder is emptied first, as on a fresh machine; its log stays (the
     * new start appends).
     */
    public static synchronized SecondNode start(Map<String, String> properties) throws IOException {
        if (shared != null) {
            shared.close();
            shared = null;
        }
        Path server = Path.of(required("it.server.dir"));
        Path base = Path.of(System.getProperty("it.work.dir", "target/it")).resolve(NAME);
        deleteRecursively(base.resolve("data"));
        deleteRecursively(base.resolve("tmp"));
        ServerCopy.prepare(server, base, Path.of(required("it.ear")));
        withoutDeployments(base.resolve("configuration/standalone.xml"));
        int offset = Integer.parseInt(required("it.node2.port.offset"));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("jboss.server.base.dir", base.toString());
        settings.put("jboss.node.name", NAME);
        settings.put("jboss.tx.node.id", NAME);
        settings.put("jboss.socket.binding.port-offset", Integer.toString(offset));
        settings.put("java.net.preferIPv4Stack", "true");
        settings.put("acikkapi.cluster.members", required("it.cluster.members"));
        settings.put("acikkapi.cluster.link.position", "-1");
        for (String name : List.of("host", "port", "name", "user", "password")) {
            settings.put("acikkapi.db." + name, required("it.db." + name));
        }
        settings.put("acikkapi.demo", "true");
        settings.put("acikkapi.behind.proxy", "true");
        settings.put("acikkapi.health.token", TestEnvironment.HEALTH_TOKEN);
        settings.put("ACIKKAPI_IVR_PORT", required("it.node2.ivr.port"));
        settings.put("AMI_HOST", "127.0.0.1");
        settings.put("AMI_PORT", required("it.ami.port"));
        settings.put("AMI_USER", required("it.ami.user"));
        settings.put("AMI_SECRET", required("it.ami.secret"));
        settings.put("WRAPUP_MAX_SECONDS", "0");
        settings.putAll(properties);
        List<String> command = new ArrayList<>(List.of(server.resolve("bin/standalone.sh").toString()));
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-b", "127.0.0.1", "-bmanagement", "127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("log/console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -XX:MaxMetaspaceSize=384m");
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JBOSS_PIDFILE", base.resolve("wildfly.pid").toString());
        Files.deleteIfExists(base.resolve("wildfly.pid"));
        LOG.info(() -> "Starting WildFly " + NAME + " (port offset " + offset + ", log " + base.resolve("log/server.log") + ")");
        return new SecondNode(base, offset, builder.start());
    }

    /**
     * Waits until the node answers {@code /health/ready} with the database UP and returns that answer (with the
     * checks' details); fails with the deployment's own reason when the EAR failed to deploy or the JVM ended.
     */
    public String awaitReady(Duration bound) throws Exception {
        long started = System.nanoTime();
        long deadline = started + bound.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Optional<String> failure = deploymentFailure();
            if (failure.isPresent()) {
                throw new IllegalStateException(NAME + " failed to deploy the application: " + failure.get());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(NAME + " ended during start-up (exit " + process.exitValue() + "): see " + log());
            }
            try {
                last = readiness();
                if (last.contains("\"name\":\"database\",\"status\":\"UP\"")) {
                    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                    LOG.info(() -> NAME + " is ready at " + base() + " after " + seconds + " s");
                    return last;
                }
            } catch (IOException e) {
                last = String.valueOf(e.getMessage());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(NAME + " was not ready within " + bound.toSeconds() + " s (" + last + "): see " + log());
    }

    /**
     * The deployment scanner's reason when the EAR failed to deploy (the text of its {@code .failed} marker, on one
     * line), empty while it has not failed.
     */
    public Optional<String> deploymentFailure() throws IOException {
        Path marker = base.resolve("deployments/" + EAR_NAME + ".failed");
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(marker, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip());
    }

    /** The node's {@code /health/ready} answer with the checks' details (the tests' monitoring token). */
    public String readiness() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http.send(TestEnvironment.readinessWithDetails(base()), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The application's address on this node ({@code http://127.0.0.1:PORT/}). */
    public URL base() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node's JGroups port (the second entry of the member list). */
    public int clusterPort() {
        return 7600 + offset;
    }

    /** The node's server log. */
    public Path log() {
        return base.resolve("log/server.log");
    }

    /** Whether the node's JVM runs. */
    public boolean isAlive() {
        return jvm().map(ProcessHandle::isAlive).orElse(process.isAlive());
    }

    /**
     * {@code kill -9} of the node's JVM: no shutdown of any kind, the other node learns it from JGroups' failure
     * detection. Returns once the JVM is gone.
     */
    public void kill() throws InterruptedException {
        Optional<ProcessHandle> jvm = jvm();
        LOG.info(() -> "kill -9 of " + NAME + " (pid " + jvm.map(ProcessHandle::pid).orElse(process.pid()) + ")");
        jvm.ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        jvm.ifPresent(handle -> handle.onExit().join());
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * A graceful stop: SIGTERM to the JVM, as {@code systemctl stop} sends, after which WildFly stops its services
     * (the application's, then the cluster's) and leaves the cluster. Waits (up to 60 s, then kills) until it is gone.
     */
    public void stop() throws InterruptedException {
        Optional<ProcessHandle> jvm = jvm();
        LOG.info(() -> "Graceful stop of " + NAME);
        jvm.ifPresent(ProcessHandle::destroy);
        if (jvm.isEmpty()) {
            process.destroy();
        }
        boolean ended = jvm.map(handle -> {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }).orElse(true);
        if (!ended) {
            LOG.warning(() -> NAME + " did not stop within 60 s; killing it");
            kill();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the node gracefully if it runs (never throws). */
    @Override
    public void close() {
        try {
            if (isAlive()) {
                stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The WildFly JVM (the start script runs it as a child and writes its pid to the pid file). */
    private Optional<ProcessHandle> jvm() {
        Path pidFile = base.resolve("wildfly.pid");
        try {
            if (Files.exists(pidFile)) {
                String pid = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
                if (!pid.isEmpty()) {
                    return ProcessHandle.of(Long.parseLong(pid));
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.fine(() -> "No pid in " + pidFile + ": " + e.getMessage());
        }
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst();
    }

    /**
     * Removes the deployments from a configuration copied while node1 runs: Arquillian's deployment on node1 is in
     * its {@code standalone.xml} then, and node2 would fail to boot with it beside the scanner's copy of the EAR
     * ("WFLYCTL0212: Duplicate resource").
     */
    private static void withoutDeployments(Path configuration) throws IOException {
        String xml = Files.readString(configuration, StandardCharsets.UTF_8);
        Files.writeString(configuration, xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""), StandardCharsets.UTF_8);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is missing: run the tests through Maven");
        }
        return value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
