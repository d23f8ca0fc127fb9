package tr.gov.acikkapi.bench;

import java.util.Arrays;

/** Latencies of one figure, in nanoseconds, with median, 99th percentile and maximum (nearest rank). */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    synchronized double medianMillis() {
        return percentile(50) / 1e6;
    }

    synchronized double p99Millis() {
        return percentile(99) / 1e6;
    }

    synchronized double maxMillis() {
        return percentile(100) / 1e6;
    }

    private long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }
}
