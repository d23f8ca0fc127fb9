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
    private final List<Boolean> lookupMet = new ArrayList<>();
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

    /**
     * A screen-pop figure: one row per run (push against the 1 s poller of the same run); the CPU per call of each
     * run; the memory after each run (live set after a full GC, RSS, GC pauses in the minute); a verdict row each.
     */
    void pop(String figure, String memoryFigure, String cpuFigure, PopBench.Figure f, boolean memoryTarget, boolean cpuTarget) {
        String what = String.format(Locale.ROOT, "%d agents, %.0f calls/s", f.agents(), f.callsPerSecond());
        List<Boolean> met = new ArrayList<>();
        for (PopBench.Run r : f.runs()) {
            boolean ok = r.rang() > 0 && r.push().p99Millis() <= 50 && r.missed() == 0;
            met.add(ok);
            latencyRow(String.format(Locale.ROOT, "%s. Screen pop, %s, run %d (load %s): push, AgentCalled written → pop "
                            + "with applications received", figure, what, r.number(), r.loadAtStart()), r.push(),
                    String.format(Locale.ROOT, "%.1f pops/s; %d of %d calls popped", r.popsPerSecond(),
                            r.rang() - r.missed(), r.rang()),
                    r.poll(), "client polling every 1 s", "p99 ≤ 50 ms, every call popped", ok);
        }
        verdict(figure + ". Screen pop, " + what, "p99 ≤ 50 ms and every call popped in each run", met);
        List<Boolean> memory = new ArrayList<>();
        for (PopBench.Run r : f.runs()) {
            ServerUnderTest.Memory m = r.memory();
            boolean ok = m.liveSetMb() <= 256;
            memory.add(ok);
            rows.add(String.format(Locale.ROOT, "| %s. Memory, %d agents signed in, after run %d of figure %s: live set "
                            + "(heap in use after a full GC); GC pauses in the run's minute | – | %s | %s | live set %,d MB "
                            + "(heap committed %,d MB, cap %,d MB); RSS %,d MB; %d GC pauses, %.0f ms in all | after "
                            + "deployment, idle: live set %,d MB, RSS %,d MB | %.2f (live set) | %s | %s |",
                    memoryFigure, f.agents(), r.number(), figure,
                    r.pauses().count() == 0 ? "–" : ms(r.pauses().p99Millis()),
                    r.pauses().count() == 0 ? "–" : ms(r.pauses().maxMillis()), m.liveSetMb(), m.heapCommittedMb(),
                    m.heapMaxMb(), m.rssMb(), r.pauses().count(), r.pauses().totalMillis(), m.idleLiveSetMb(),
                    m.idleRssMb(), m.idleLiveSetMb() == 0 ? 0 : (double) m.liveSetMb() / m.idleLiveSetMb(),
                    memoryTarget ? "live set ≤ 256 MB" : "(none at this load)",
                    memoryTarget ? (ok ? "met" : "missed") : ""));
        }
        if (memoryTarget) {
            verdict(memoryFigure + ". Memory, " + f.agents() + " agents signed in", "live set ≤ 256 MB after each run", memory);
        }
        List<Boolean> cpu = new ArrayList<>();
        for (PopBench.Run r : f.runs()) {
            boolean ok = r.callsOffered() > 0 && r.serverMillisPerCall() <= 3.0;
            cpu.add(ok);
            rows.add(String.format(Locale.ROOT, "| %s. CPU per call offered, %s, run %d of figure %s (/proc; polls, "
                            + "pushes and the database's floor probes included) | – | – | – | WildFly %.2f ms + MariaDB "
                            + "%.2f ms = %.2f ms per call | – | – | %s | %s |", cpuFigure, what, r.number(), figure,
                    r.wildflyMillisPerCall(), r.mariadbMillisPerCall(), r.serverMillisPerCall(),
                    cpuTarget ? "≤ 3 ms both together" : "(none at this load)", cpuTarget ? (ok ? "met" : "missed") : ""));
        }
        if (cpuTarget) {
            verdict(cpuFigure + ". CPU per call, " + what, "≤ 3 ms in each run", cpu);
        }
        notes.add(String.format(Locale.ROOT, "Screen pop, %s: %d agent sessions, %d WebSocket connections open; warmed "
                        + "up for %d s under the same load (at least -Dbench.pop.warmup.seconds, then 10 s at a time until "
                        + "WildFly's JIT compiled for less than %.0f %% of them, or -Dbench.pop.warmup.max.seconds), then "
                        + "%d runs of %d s one after the other under the same load; a call counts for the run in whose "
                        + "minute AgentCalled went out, and is missed if no pop came within %d s; %d polling clients. After "
                        + "each run's minute, %d s for its last pops, a full GC of WildFly (jcmd GC.run) for the live set, "
                        + "then %d s unmeasured before the next run. WildFly's heap cap is %s for the benchmark "
                        + "(-Dbench.server.heap; the run command's is 512 MB).", what, f.sessions(), f.sockets(),
                f.warmUpSeconds(), ServerUnderTest.JIT_QUIET_SHARE * 100, f.runs().size(),
                options.popDuration().toSeconds(), PopBench.GIVE_UP.toSeconds(), f.pollers(), 2, 5, ServerUnderTest.HEAP));
        for (PopBench.Run r : f.runs()) {
            notes.add(String.format(Locale.ROOT, "Screen pop, %s, run %d: %d calls offered, %d failed requests; the JIT "
                            + "compiled for %.1f %% of the minute. Database statements per call offered (the server's "
                            + "counters): %s. CPU in the minute (/proc; per call offered): %s. Beside the pops, every %d ms, "
                            + "MariaDB answered SELECT 1 on the benchmark's own connection in median %.2f ms, p99 %.2f ms, "
                            + "max %.1f ms (%d probes). GC pauses in the minute: %s.", what, r.number(), r.callsOffered(),
                    r.errors(), r.jitShare() * 100, r.databaseWork(), r.cpu(), PopBench.FLOOR_PERIOD_MILLIS,
                    r.databaseFloor().medianMillis(), r.databaseFloor().p99Millis(), r.databaseFloor().maxMillis(),
                    r.databaseFloor().count(), r.pauses().describe()));
        }
    }

    void intake(IntakeBench.Result r) {
        List<Boolean> met = new ArrayList<>();
        for (int i = 0; i < r.ourRuns().size(); i++) {
            IntakeBench.Run ours = r.ourRuns().get(i);
            IntakeBench.Run bare = r.bareRuns().get(i);
            double ratio = bare.perSecond() == 0 ? 0 : ours.perSecond() / bare.perSecond();
            boolean ok = ratio >= 1.0 && ours.drops() == 0 && bare.drops() == 0;
            met.add(ok);
            rows.add(String.format(Locale.ROOT, "| 2. AMI intake, run %d (load %s): ours (the deployed EAR, every listener: "
                            + "pop, wallboard, call records through the outbox) | – | – | – | %,.0f events/s; %,d dropped | bare asterisk-java, "
                            + "empty listener, same stream, just before: %,.0f events/s; %,d dropped | %.2f | ≥ 1.0× bare, "
                            + "0 dropped | %s |", i + 1, ours.loadAtStart(), ours.perSecond(), ours.drops(),
                    bare.perSecond(), bare.drops(), ratio, ok ? "met" : "missed"));
        }
        verdict("2. AMI intake", "≥ 1.0× bare and 0 dropped in each run", met);
        notes.add(String.format(Locale.ROOT, "AMI intake: the recorded answered call repeated %,d times (%,d events "
                + "written at full speed), each call on the next agent from the next citizen's number, read %d times by "
                + "each consumer, alternating (bare, ours, bare, ours …); rate = stream events ÷ time from the first byte "
                + "written until the consumer was done (bare: its listener's last event; ours: the round's last call "
                + "record or pop audit row written by WildFly). Calls recorded / popped by ours per run: %s.",
                r.callsInStream(), r.eventsSent(), r.bareRuns().size(), r.ourRuns().stream().map(o -> o.recorded() + " / "
                        + o.popped()).collect(java.util.stream.Collectors.joining(", "))));
    }

    /** One run of the lookups: a row per lookup, each against the primary-key floor of the same run. */
    void lookups(int run, String load, LookupBench.Result r) {
        String floor = "primary-key read of one application";
        lookupMet.add(r.byPhone().p99Millis() <= 5 && r.byTrackingNumber().p99Millis() <= 5 && r.byNamePrefix().p99Millis() <= 5);
        latencyRow("3. Lookup, run " + run + " (load " + load + "): phone → citizens → open applications", r.byPhone(), "",
                r.primaryKey(), floor, "p99 ≤ 5 ms", r.byPhone().p99Millis() <= 5);
        latencyRow("3. Lookup, run " + run + ": tracking number → application", r.byTrackingNumber(), "", r.primaryKey(),
                floor, "p99 ≤ 5 ms", r.byTrackingNumber().p99Millis() <= 5);
        latencyRow("3. Lookup, run " + run + ": name prefix (20 results)", r.byNamePrefix(), "", r.primaryKey(), floor,
                "p99 ≤ 5 ms", r.byNamePrefix().p99Millis() <= 5);
    }

    /** After the lookups' runs: met only if every lookup met its target in every run. */
    void lookupsDone() {
        verdict("3. Lookups", "p99 ≤ 5 ms for each lookup in each run", lookupMet);
    }

    void ivr(List<IvrBench.Result> runs) {
        List<Boolean> met = new ArrayList<>();
        for (IvrBench.Result r : runs) {
            boolean ok = r.status().p99Millis() <= 20 && r.failures() == 0;
            met.add(ok);
            latencyRow("4. IVR, run " + r.run() + " (load " + r.loadAtStart() + "): FastAGI `status` session (connect → "
                            + "told → hang-up)", r.status(), String.format(Locale.ROOT, "%d sessions", r.status().count()),
                    r.baseline(), "session of an unknown script (connect → refused), alternating", "p99 ≤ 20 ms", ok);
            notes.add(String.format(Locale.ROOT, "IVR, run %d: the JIT compiled for %.1f %% of the measured sessions' time; "
                    + "database work per status session (with its baseline session), from MariaDB's counters: %s.%s",
                    r.run(), r.jitShare() * 100, r.databaseWork(),
                    r.failures() > 0 ? " " + r.failures() + " sessions did not end with the status told." : ""));
        }
        verdict("4. IVR", "p99 ≤ 20 ms in each run", met);
        if (!runs.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "IVR: measured after %,d status and %,d baseline sessions dialled to warm "
                    + "the server up: at least -Dbench.ivr.warmup, then rounds of 1,000 until WildFly's JIT compiled for "
                    + "less than %.0f %% of a round's time, or -Dbench.ivr.warmup.max; then %d runs of %d pairs one after "
                    + "the other.", runs.get(0).warmUps(), runs.get(0).warmUps(), ServerUnderTest.JIT_QUIET_SHARE * 100,
                    runs.size(), runs.get(0).status().count() + runs.get(0).failures()));
        }
    }

    /** A figure's verdict: met only when every one of its runs met the target. */
    private void verdict(String figure, String target, List<Boolean> runs) {
        long met = runs.stream().filter(Boolean::booleanValue).count();
        rows.add(String.format(Locale.ROOT, "| **%s: all %d runs** | | | | %d of %d runs met the target | | | %s | **%s** |",
                figure, runs.size(), met, runs.size(), target, !runs.isEmpty() && met == runs.size() ? "met" : "missed"));
    }

    void note(String text) {
        notes.add(text);
    }

    private void latencyRow(String what, Samples s, String throughput, Samples baseline, String baselineName,
                            String target, Boolean met) {
        String ratio = baseline == null || baseline.count() == 0 || baseline.medianMillis() == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", s.medianMillis() / baseline.medianMillis());
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", what, ms(s.medianMillis()),
                ms(s.p99Millis()), ms(s.maxMillis()), throughput.isEmpty() ? s.count() + " samples" : throughput,
                baseline == null ? "" : baselineName + ": median " + ms(baseline.medianMillis()) + ", p99 "
                        + ms(baseline.p99Millis()) + ", max " + ms(baseline.maxMillis()),
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
