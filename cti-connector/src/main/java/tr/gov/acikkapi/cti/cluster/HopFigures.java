package tr.gov.acikkapi.cti.cluster;

import java.time.Duration;
import java.util.Arrays;

/**
 * The cluster hop of the last events that reached another node: from the moment the link's node published an event
 * to the moment the other node's listeners had it. A ring of the last {@code capacity} hops, for the median and the
 * 99th percentile (docs/src/architecture.md gives what was measured). Thread-safe.
 */
public final class HopFigures {

    /** The figures now. */
    public record Summary(long events, int sampled, Duration median, Duration p99) {
    }

    private final long[] micros;
    private long count;

    public HopFigures(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity < 1");
        }
        micros = new long[capacity];
    }

    /** One event's hop, in microseconds (a negative one, from clocks that disagree, counts as zero). */
    public synchronized void record(long hopMicros) {
        micros[(int) (count % micros.length)] = Math.max(0, hopMicros);
        count++;
    }

    /** The median and 99th percentile over the last hops (zero when none yet). */
    public synchronized Summary summary() {
        int n = (int) Math.min(count, micros.length);
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        return new Summary(count, n, Duration.ofNanos(percentile(sorted, 50) * 1_000),
                Duration.ofNanos(percentile(sorted, 99) * 1_000));
    }

    /** The nearest-rank percentile of sorted values, 0 for none. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
