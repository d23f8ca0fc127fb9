package tr.gov.acikkapi.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for something the application does asynchronously (a PBX event, a push), polling, up to a bound. */
public final class Waiting {

    private Waiting() {
    }

    /** Calls {@code probe} every 100 ms until it returns non-null, and returns that; fails after {@code bound}. */
    public static <T> T until(Duration bound, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not there within " + bound.toSeconds() + " s", last);
    }
}
