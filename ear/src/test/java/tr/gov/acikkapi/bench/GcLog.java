package tr.gov.acikkapi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WildFly's GC log as the benchmark has the JVM write it ({@code -Xlog:gc:file=<file>:timemillis}, one line per
 * collection, stamped with the wall clock in milliseconds): the stop-the-world pauses (young, mixed, remark, cleanup,
 * full) whose end fell in a window, with their p99 and longest. Concurrent phases do not stop the application and
 * are not counted.
 */
record GcLog(Path file) {

    /** {@code [1765151234567ms] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 12.345ms}. */
    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+)ms\\] GC\\(\\d+\\) Pause .* (\\d+(?:\\.\\d+)?)ms$");

    /** The pauses of a window: how many, their sum, p99 and the longest. */
    record Pauses(int count, double totalMillis, double p99Millis, double maxMillis) {

        String describe() {
            return count == 0 ? "none" : String.format(Locale.ROOT, "%d, %.0f ms in all, p99 %.1f ms, max %.1f ms",
                    count, totalMillis, p99Millis, maxMillis);
        }
    }

    /** The pauses that ended between the two wall-clock times (milliseconds since the epoch). */
    Pauses pausesBetween(long fromMillis, long toMillis) throws IOException {
        if (!Files.isReadable(file)) {
            return new Pauses(0, 0, 0, 0);
        }
        return pausesBetween(Files.readAllLines(file, StandardCharsets.UTF_8), fromMillis, toMillis);
    }

    static Pauses pausesBetween(List<String> lines, long fromMillis, long toMillis) {
        Samples samples = new Samples();
        List<Double> millis = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line.strip());
            if (m.matches()) {
                long at = Long.parseLong(m.group(1));
                if (at >= fromMillis && at <= toMillis) {
                    double pause = Double.parseDouble(m.group(2));
                    millis.add(pause);
                    samples.add(Math.round(pause * 1e6));
                }
            }
        }
        return new Pauses(millis.size(), millis.stream().mapToDouble(Double::doubleValue).sum(), samples.p99Millis(),
                samples.maxMillis());
    }
}
