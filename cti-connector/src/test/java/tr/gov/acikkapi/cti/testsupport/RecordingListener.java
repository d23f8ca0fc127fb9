package tr.gov.acikkapi.cti.testsupport;

import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Records CTI events (thread-safe) and lets a test wait for one. */
public final class RecordingListener implements CtiEventListener {

    private final List<CtiEvent> events = new ArrayList<>();

    @Override
    public synchronized void onCtiEvent(CtiEvent event) {
        events.add(event);
        notifyAll();
    }

    /** A copy of everything recorded so far. */
    public synchronized List<CtiEvent> all() {
        return new ArrayList<>(events);
    }

    /** The recorded events of one type. */
    public synchronized <T extends CtiEvent> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Everything except queue snapshots and agent states: the call story. */
    public synchronized List<CtiEvent> callEvents() {
        return events.stream().filter(e -> !(e instanceof tr.gov.acikkapi.cti.event.QueueSnapshot)
                && !(e instanceof tr.gov.acikkapi.cti.event.AgentStateChanged)
                && !(e instanceof tr.gov.acikkapi.cti.event.PbxLinkChanged)).toList();
    }

    /** Forgets what was recorded. */
    public synchronized void clear() {
        events.clear();
    }

    /** Waits until an event of that type matching the condition was recorded; fails after the bound. */
    public synchronized <T extends CtiEvent> T await(Class<T> type, Predicate<T> condition, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            for (CtiEvent e : events) {
                if (type.isInstance(e) && condition.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type.getSimpleName() + " matching the condition within " + bound
                        + "; recorded: " + events);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
