package tr.gov.acikkapi.bench;

import java.nio.file.Path;
import java.util.Locale;

/** The machine a run measured on: CPUs, their model, memory, JDK, and the load when the run began. */
record Machine(int cpus, String model, long memoryMb, String jdk, String os, String loadAtStart) {

    static Machine describe() {
        String cpuinfo = BenchmarkRun.read(Path.of("/proc/cpuinfo"));
        String model = cpuinfo.lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        long memKb = BenchmarkRun.read(Path.of("/proc/meminfo")).lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        String load = BenchmarkRun.read(Path.of("/proc/loadavg")).strip();
        return new Machine(Runtime.getRuntime().availableProcessors(), model, memKb / 1024,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                load.isEmpty() ? "unknown" : load.substring(0, Math.min(load.length(), 14)));
    }

    /** The load average of the last minute, as {@code uptime} gives it first, for a run's row. */
    static String loadNow() {
        String load = BenchmarkRun.read(Path.of("/proc/loadavg")).strip();
        return load.isEmpty() ? "unknown" : load.split(" ")[0];
    }

    String summary() {
        return String.format(Locale.ROOT, "%d CPUs (%s), %,d MB RAM, %s, %s; load average at start %s", cpus, model,
                memoryMb, jdk, os, loadAtStart);
    }
}
