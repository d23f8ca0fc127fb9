package tr.gov.acikkapi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures of one run and renders them as the Markdown table printed and kept in performance.md. */
final class Report {

    private final BenchmarkRun.Options options;
    private final Machine machine;
    private final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String dataset = "";

    Report(BenchmarkRun.Options options, Machine machine) {
        this.options = options;
        this.machine = machine;
    }

    Machine machine() {
        return machine;
    }

    void dataset(int citizens, int applications, Duration generation, boolean reused) {
        dataset = String.format(Locale.ROOT, "%,d citizens and %,d applications (seed %d), generated in %.0f s%s",
                citizens, applications, options.seed(), generation.toMillis() / 1000.0,
                reused ? " in an earlier run and reused" : " in this run");
    }

    void pop(PopBench.Result r) {
        latencyRow("1. Screen pop, push (AgentCalled written → pop with applications received)", r.push(),
                String.format(Locale.ROOT, "%.1f pops/s", r.popsPerSecond()), r.poll(), "p99 ≤ 50 ms",
                r.push().count() > 0 && r.push().p99Millis() <= 50);
        latencyRow("1. baseline: client polling every 1 s (AgentCalled written → poll that shows it)", r.poll(),
                "", null, "", null);
        notes.add(String.format(Locale.ROOT, "Screen pop: %d agent sessions, %d WebSocket connections open; %d calls "
                        + "offered at %.0f/s after %d s of the same load to warm the server up (at least "
                        + "-Dbench.pop.warmup.seconds, then 10 s at a time until WildFly's JIT compiled for less than %.0f %% "
                        + "of them, or -Dbench.pop.warmup.max.seconds), %d pops measured, %d calls without a pop within %d s; "
                        + "%d polling clients; %d failed requests. During the measured minute the JIT compiled for %.1f %% "
                        + "of the time.",
                r.sessions(), r.sockets(), r.callsOffered(), options.callsPerSecond(), r.warmUpSeconds(),
                ServerUnderTest.JIT_QUIET_SHARE * 100, r.push().count(), r.missed(), PopBench.GIVE_UP.toSeconds(), r.pollers(),
                r.errors(), r.jitShare() * 100));
        notes.add("Screen pop: database statements per call offered in the measured minute (the server's counters): "
                + r.databaseWork() + ".");
        notes.add("Screen pop: CPU in the measured minute (/proc; per call offered, polls and pushes included): "
                + r.cpu() + ".");
        notes.add(String.format(Locale.ROOT, "Screen pop: beside the pops, every %d ms through the measured minute, "
                        + "MariaDB answered SELECT 1 on the benchmark's own connection in median %.2f ms, p99 %.2f ms, "
                        + "max %.1f ms (%d probes).", PopBench.FLOOR_PERIOD_MILLIS, r.databaseFloor().medianMillis(),
                r.databaseFloor().p99Millis(), r.databaseFloor().maxMillis(), r.databaseFloor().count()));
    }

    void intake(IntakeBench.Result r) {
        double ratio = r.bare().perSecond() == 0 ? 0 : r.ours().perSecond() / r.bare().perSecond();
        long ourDrops = r.drops(r.ourRuns());
        rows.add(String.format(Locale.ROOT, "| 2. AMI intake, ours (AmiLink: events off the socket → correlate → CTI events) | – | – | – "
                        + "| median %,.0f events/s (runs: %s; %,d dropped) | bare asterisk-java, empty listener: median "
                        + "%,.0f events/s (runs: %s; %,d dropped) | %.2f | ≥ 0.8 of bare, no drop | %s |",
                r.ours().perSecond(), IntakeBench.Result.rates(r.ourRuns()), ourDrops, r.bare().perSecond(),
                IntakeBench.Result.rates(r.bareRuns()), r.drops(r.bareRuns()), ratio,
                ratio >= 0.8 && ourDrops == 0 ? "met" : "missed"));
        notes.add(String.format(Locale.ROOT, "AMI intake: the recorded answered call repeated %,d times (%,d events "
                + "written at full speed), read %d times by each consumer, alternating; rate = stream events ÷ time from "
                + "the first to the last event the consumer finished. Ours handled %,d events per run, bare asterisk-java "
                + "%,d (asterisk-java adds synthetic Dial/Bridge events; our link takes the events as written).", r.callsInStream(),
                r.eventsSent(), r.bareRuns().size(), r.ours().events(), r.bare().events()));
    }

    void lookups(LookupBench.Result r) {
        latencyRow("3. Lookup: phone → citizens → open applications", r.byPhone(), "", r.primaryKey(), "p99 ≤ 5 ms",
                r.byPhone().p99Millis() <= 5);
        latencyRow("3. Lookup: tracking number → application", r.byTrackingNumber(), "", r.primaryKey(), "p99 ≤ 5 ms",
                r.byTrackingNumber().p99Millis() <= 5);
        latencyRow("3. Lookup: name prefix (20 results)", r.byNamePrefix(), "", r.primaryKey(), "p99 ≤ 5 ms",
                r.byNamePrefix().p99Millis() <= 5);
        latencyRow("3. baseline: primary-key read of one application", r.primaryKey(), "", null, "", null);
    }

    void ivr(IvrBench.Result r) {
        latencyRow("4. IVR: FastAGI `status` session (connect → told → hang-up)", r.status(),
                String.format(Locale.ROOT, "%d sessions", r.status().count()), r.baseline(), "p99 ≤ 20 ms",
                r.status().p99Millis() <= 20);
        latencyRow("4. baseline: FastAGI session of an unknown script (connect → refused)", r.baseline(), "", null, "", null);
        notes.add(String.format(Locale.ROOT, "IVR: measured after %,d status and %,d baseline sessions dialled to warm "
                + "the server up: at least -Dbench.ivr.warmup, then rounds of 1,000 until WildFly's JIT compiled for "
                + "less than %.0f %% of a round's time, or -Dbench.ivr.warmup.max. During the measured sessions the JIT "
                + "compiled for %.1f %% of their time.", r.warmUps(), r.warmUps(), ServerUnderTest.JIT_QUIET_SHARE * 100,
                r.jitShare() * 100));
        notes.add("IVR: database work per status session (with its baseline session), from MariaDB's counters: "
                + r.databaseWork() + ".");
        if (r.failures() > 0) {
            notes.add("IVR: " + r.failures() + " sessions did not end with the status told.");
        }
    }

    void memory(ServerUnderTest.Memory m) {
        rows.add(String.format(Locale.ROOT, "| 5. Memory at the end: heap used / committed / max; RSS | – | – | – "
                        + "| heap %,d / %,d / %,d MB; RSS %,d MB | after deployment, idle: heap %,d MB, RSS %,d MB "
                        + "| %.2f (heap) | heap ≤ 512 MB | %s |",
                m.heapUsedMb(), m.heapCommittedMb(), m.heapMaxMb(), m.rssMb(), m.idleHeapUsedMb(), m.idleRssMb(),
                m.idleHeapUsedMb() == 0 ? 0 : (double) m.heapUsedMb() / m.idleHeapUsedMb(),
                m.heapUsedMb() <= 512 ? "met" : "missed"));
    }

    void note(String text) {
        notes.add(text);
    }

    private void latencyRow(String what, Samples s, String throughput, Samples baseline, String target, Boolean met) {
        String ratio = baseline == null || baseline.count() == 0 || baseline.medianMillis() == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", s.medianMillis() / baseline.medianMillis());
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", what, ms(s.medianMillis()),
                ms(s.p99Millis()), ms(s.maxMillis()), throughput.isEmpty() ? s.count() + " samples" : throughput,
                baseline == null ? "" : "median " + ms(baseline.medianMillis()) + ", p99 " + ms(baseline.p99Millis()),
                ratio, target, met == null ? "" : (met ? "met" : "missed")));
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }

    String render() {
        StringBuilder b = new StringBuilder();
        b.append("Run of ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(started))
                .append(" with `").append(options.command()).append("`").append(System.lineSeparator())
                .append("Machine: ").append(machine.summary()).append(System.lineSeparator())
                .append("Data: ").append(dataset).append(System.lineSeparator()).append(System.lineSeparator())
                .append("| figure | median | p99 | max | throughput | baseline (same run) | ratio (median ÷ baseline median) "
                        + "| target | |").append(System.lineSeparator())
                .append("|---|---|---|---|---|---|---|---|---|").append(System.lineSeparator());
        rows.forEach(r -> b.append(r).append(System.lineSeparator()));
        if (!notes.isEmpty()) {
            b.append(System.lineSeparator());
            notes.forEach(n -> b.append("- ").append(n).append(System.lineSeparator()));
        }
        return b.toString();
    }

    /**
     * Replaces the part of performance.md between the markers {@code <!-- bench:begin -->} and
     * {@code <!-- bench:end -->} with this run's table; the rest of the page (method, history) stays.
     */
    void write(Path file) throws IOException {
        String begin = "<!-- bench:begin -->";
        String end = "<!-- bench:end -->";
        String table = begin + System.lineSeparator() + render() + end;
        String page = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Performance\n\n" + begin + "\n" + end + "\n";
        int from = page.indexOf(begin);
        int to = page.indexOf(end);
        String updated = from < 0 || to < 0 ? page + System.lineSeparator() + table + System.lineSeparator()
                : page.substring(0, from) + table + page.substring(to + end.length());
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
