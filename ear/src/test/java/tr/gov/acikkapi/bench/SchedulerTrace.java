package tr.gov.acikkapi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lines the screen pops up with a trace of the kernel's scheduler, to see what held the CPUs while the slow pops
 * waited. Input: the pops as {@code -Dbench.pop.samples} wrote them, and the text of {@code perf sched timehist} of a
 * trace recorded with the same clock through the measured minute ({@code perf sched record -k CLOCK_MONOTONIC -a});
 * docs/src/performance.md has the commands. Prints, for the measured minute: the CPU time per task name, the slices
 * longer than 4 ms, who ran on a CPU while a thread waited for it more than 5 ms, and, per band of pop latency, how
 * many pops had {@code task} (default {@code kdamond.0}) on a CPU for more than 2 ms while they were under way, against
 * the same intervals moved by up to a second.
 *
 * <pre>java … tr.gov.acikkapi.bench.SchedulerTrace timehist.txt pops.txt [task]</pre>
 */
public final class SchedulerTrace {

    /** A line of {@code perf sched timehist}: the end of a task's slice on a CPU, with its wait, delay and run time. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(\\d+\\.\\d+)\\s+\\[(\\d+)]\\s+(.+?)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s*$");
    private static final Pattern TID = Pattern.compile("\\[.*$");
    static final double LONG_SLICE = 0.004;
    static final double LONG_WAIT = 0.005;
    static final double PRESENT = 0.002;

    /** A task on a CPU from {@code start} to {@code end} (seconds); {@code delay} it waited to get there after waking. */
    record Slice(int cpu, double start, double end, String task, double delay) {
    }

    /** A pop: when AgentCalled went out and how long until the agent had it (seconds). */
    record Pop(double start, double latency) {
    }

    private final Map<Integer, List<Slice>> byCpu = new TreeMap<>();

    SchedulerTrace(List<Slice> slices) {
        for (Slice s : slices) {
            byCpu.computeIfAbsent(s.cpu(), c -> new ArrayList<>()).add(s);
        }
        byCpu.values().forEach(l -> l.sort(Comparator.comparingDouble(Slice::start)));
    }

    /** The slices of a {@code perf sched timehist} text (lines of wake-ups and anything else are skipped). */
    static List<Slice> parse(List<String> lines) {
        List<Slice> slices = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("awakened")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                double end = Double.parseDouble(m.group(1));
                double run = Double.parseDouble(m.group(6)) / 1000;
                slices.add(new Slice(Integer.parseInt(m.group(2)), end - run, end,
                        TID.matcher(m.group(3)).replaceFirst(""), Double.parseDouble(m.group(5)) / 1000));
            }
        }
        return slices;
    }

    /** The pops of a {@code bench.pop.samples} file (nanoseconds there). */
    static List<Pop> pops(List<String> lines) {
        return lines.stream().filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0))).map(l -> l.split(" "))
                .map(f -> new Pop(Long.parseLong(f[0]) / 1e9, Long.parseLong(f[1]) / 1e9)).toList();
    }

    /** Seconds each task was on any CPU within [from, to]; {@code only} keeps one task's name (null: all). */
    Map<String, Double> onCpu(double from, double to, String only) {
        Map<String, Double> time = new HashMap<>();
        for (List<Slice> slices : byCpu.values()) {
            onCpu(slices, from, to, only, time);
        }
        return time;
    }

    private static void onCpu(List<Slice> slices, double from, double to, String only, Map<String, Double> time) {
        int i = firstEndingAfter(slices, from);
        for (; i < slices.size() && slices.get(i).start() < to; i++) {
            Slice s = slices.get(i);
            double overlap = Math.min(s.end(), to) - Math.max(s.start(), from);
            if (overlap > 0 && (only == null || only.equals(s.task()))) {
                time.merge(s.task(), overlap, Double::sum);
            }
        }
    }

    /** Index of the first slice (sorted by start) that may end after {@code t}: slices do not overlap on one CPU. */
    private static int firstEndingAfter(List<Slice> slices, double t) {
        int lo = 0;
        int hi = slices.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (slices.get(mid).end() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Seconds {@code task} was on any CPU within [from, to]. */
    double time(String task, double from, double to) {
        return onCpu(from, to, task).getOrDefault(task, 0.0);
    }

    /** Who held the CPU while a thread waited for it more than {@link #LONG_WAIT}, in seconds per task. */
    Map<String, Double> heldWhileWaiting(double from, double to) {
        Map<String, Double> held = new HashMap<>();
        for (List<Slice> slices : byCpu.values()) {
            for (Slice s : slices) {
                if (s.delay() > LONG_WAIT && s.start() - s.delay() >= from && s.start() <= to) {
                    onCpu(slices, s.start() - s.delay(), s.start(), null, held);
                }
            }
        }
        return held;
    }

    String report(List<Pop> pops, String task) {
        double from = pops.stream().mapToDouble(Pop::start).min().orElse(0);
        double to = pops.stream().mapToDouble(p -> p.start() + p.latency()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d pops over %.1f s%n", pops.size(), to - from));
        out.append("CPU time in that window: ").append(top(onCpu(from, to, null), 12, v -> String.format(Locale.ROOT, "%.2f s", v)))
                .append('\n');
        Map<String, Integer> longSlices = new HashMap<>();
        Map<String, Double> longest = new HashMap<>();
        byCpu.values().forEach(l -> l.stream().filter(s -> s.start() >= from && s.end() <= to && s.end() - s.start() > LONG_SLICE)
                .forEach(s -> {
                    longSlices.merge(s.task(), 1, Integer::sum);
                    longest.merge(s.task(), s.end() - s.start(), Math::max);
                }));
        out.append("slices over 4 ms: ").append(longSlices.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .map(e -> String.format(Locale.ROOT, "%s %d (longest %.1f ms)", e.getKey(), e.getValue(), longest.get(e.getKey()) * 1000))
                .collect(Collectors.joining(", "))).append('\n');
        Map<String, Double> held = heldWhileWaiting(from, to);
        double heldTotal = held.values().stream().mapToDouble(Double::doubleValue).sum();
        out.append("while a thread waited for its CPU over 5 ms, that CPU ran: ")
                .append(top(held, 8, v -> String.format(Locale.ROOT, "%.0f %%", v / heldTotal * 100))).append('\n');
        double[][] bands = {{0, 0.010}, {0.010, 0.025}, {0.025, 0.050}, {0.050, 0.100}, {0.100, Double.MAX_VALUE}};
        for (double[] band : bands) {
            List<Pop> in = pops.stream().filter(p -> p.latency() >= band[0] && p.latency() < band[1]).toList();
            if (in.isEmpty()) {
                continue;
            }
            double[] present = in.stream().mapToDouble(p -> time(task, p.start(), p.start() + p.latency())).toArray();
            long with = Arrays.stream(present).filter(t -> t > PRESENT).count();
            out.append(String.format(Locale.ROOT, "pops %s ms: %d, with %s on a CPU over 2 ms during the pop: %d (%.0f %%), "
                            + "its mean time on a CPU during them %.2f ms%n", band[1] == Double.MAX_VALUE
                            ? String.format(Locale.ROOT, "%.0f+", band[0] * 1000)
                            : String.format(Locale.ROOT, "%.0f-%.0f", band[0] * 1000, band[1] * 1000),
                    in.size(), task, with, 100.0 * with / in.size(), Arrays.stream(present).average().orElse(0) * 1000));
        }
        List<Pop> slow = pops.stream().filter(p -> p.latency() >= 0.050).toList();
        if (!slow.isEmpty()) {
            Random random = new Random(1);
            double[] moved = slow.stream().mapToDouble(p -> {
                double start = p.start() + (random.nextDouble() * 2 - 1);
                return time(task, start, start + p.latency());
            }).toArray();
            out.append(String.format(Locale.ROOT, "control, the intervals of the pops over 50 ms moved by up to 1 s: %d of %d with %s "
                            + "over 2 ms, its mean time %.2f ms%n", Arrays.stream(moved).filter(t -> t > PRESENT).count(),
                    slow.size(), task, Arrays.stream(moved).average().orElse(0) * 1000));
        }
        return out.toString();
    }

    private static String top(Map<String, Double> values, int n, DoubleFunction<String> format) {
        return values.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + " " + format.apply(e.getValue())).collect(Collectors.joining(", "));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SchedulerTrace <perf sched timehist text> <bench.pop.samples file> [task]");
            System.exit(2);
        }
        SchedulerTrace trace = new SchedulerTrace(parse(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)));
        List<Pop> pops = pops(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        System.out.print(trace.report(pops, args.length > 2 ? args[2] : "kdamond.0"));
    }
}
