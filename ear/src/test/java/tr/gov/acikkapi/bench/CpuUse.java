package tr.gov.acikkapi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU a figure costs each process, from {@code /proc}: the user and system time of named processes (WildFly,
 * MariaDB, the benchmark's own JVM) and the machine's idle time, read before and after the figure. Beside a latency
 * that this shared machine moves from run to run, the CPU per call is what the product's own code decides.
 */
final class CpuUse {

    /** One reading: per process, its CPU time in clock ticks; the machine's total and idle ticks. */
    record Reading(long nanos, Map<String, Long> ticks, long machineTotal, long machineIdle) {
    }

    static final String WILDFLY = "WildFly";
    static final String MARIADB = "MariaDB";

    private CpuUse() {
    }

    /**
     * The processes worth naming: WildFly's JVM (if given), the benchmark's database server (the {@code mariadbd}
     * listening on {@code databasePort}: on a machine shared with test runs, the first {@code mariadbd} found was
     * another run's, until 7 December), this JVM.
     */
    static Map<String, Long> processes(Optional<Long> wildfly, int databasePort) {
        Map<String, Long> pids = new LinkedHashMap<>();
        wildfly.ifPresent(pid -> pids.put(WILDFLY, pid));
        ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld"))
                .orElse(false) && listensOn(p, databasePort)).findFirst().ifPresent(p -> pids.put(MARIADB, p.pid()));
        pids.put("the benchmark's JVM (simulator and clients)", ProcessHandle.current().pid());
        return pids;
    }

    /** Whether the database server's command line names this port ({@code --port=…}, as EmbeddedMariaDb starts it). */
    static boolean listensOn(ProcessHandle process, int port) {
        String commandLine = BenchmarkRun.read(Path.of("/proc", Long.toString(process.pid()), "cmdline")).replace('\0', ' ');
        return (" " + commandLine + " ").contains(" --port=" + port + " ");
    }

    static Reading read(Map<String, Long> pids) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            Path stat = Path.of("/proc", Long.toString(p.getValue()), "stat");
            if (Files.isReadable(stat)) {
                ticks.put(p.getKey(), processTicks(Files.readString(stat)));
            }
        }
        long[] machine = machineTicks(Files.readAllLines(Path.of("/proc/stat")));
        return new Reading(System.nanoTime(), ticks, machine[0], machine[1]);
    }

    /**
     * Per process, its share of one core between the readings and its CPU time per call offered; then how idle the
     * machine was. {@code ticksPerSecond} is the kernel's clock tick ({@code getconf CLK_TCK}, 100 on Linux).
     */
    static String perCall(Reading before, Reading after, long calls, long ticksPerSecond) {
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Long> p : after.ticks().entrySet()) {
            Long was = before.ticks().get(p.getKey());
            if (was == null) {
                continue;
            }
            double cpuSeconds = (double) (p.getValue() - was) / ticksPerSecond;
            line.append(line.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s %.1f %% of a core, %.2f ms per call", p.getKey(), cpuSeconds / seconds * 100,
                    calls > 0 ? cpuSeconds * 1000 / calls : 0));
        }
        long total = after.machineTotal() - before.machineTotal();
        if (total > 0) {
            line.append(String.format(Locale.ROOT, "; the machine %.0f %% idle",
                    100.0 * (after.machineIdle() - before.machineIdle()) / total));
        }
        return line.toString();
    }

    /** One process's CPU time per call offered between the readings, in milliseconds; 0 if it was not read. */
    static double millisPerCall(Reading before, Reading after, String process, long calls, long ticksPerSecond) {
        Long was = before.ticks().get(process);
        Long now = after.ticks().get(process);
        if (was == null || now == null || calls <= 0) {
            return 0;
        }
        return (now - was) * 1000.0 / ticksPerSecond / calls;
    }

    /** User plus system time of one process, from the text of its {@code /proc/<pid>/stat}. */
    static long processTicks(String stat) {
        // The name (field 2) is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }

    /** The machine's total and idle (idle + iowait) ticks, from the {@code cpu} line of {@code /proc/stat}. */
    static long[] machineTicks(List<String> procStat) {
        String cpu = procStat.stream().filter(l -> l.startsWith("cpu ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("/proc/stat has no cpu line"));
        String[] f = cpu.substring(4).trim().split(" +");
        long total = 0;
        for (int i = 0; i < Math.min(8, f.length); i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[3]) + Long.parseLong(f[4])};
    }

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}); 100 if it cannot be asked. */
    static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
