package tr.gov.acikkapi.cti.outbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox against a fake case core that can be switched off: nothing submitted while it is off is lost, the
 * waiting items are written in order once it is back, and a replay after a crash does not double a record because
 * the fake store is idempotent on the call key, as the real one is.
 */
class OutboxTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final FakeCaseCore store = new FakeCaseCore();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void writesAtOnceWhileTheDatabaseIsUp() {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            outbox.submit(record("1"));
            assertEquals(List.of("1"), store.written());
            assertEquals(0, outbox.pending());
            assertEquals(0, outbox.journaled());
        }
    }

    @Test
    void nothingSubmittedDuringAnOutageIsLostOrReordered() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            store.down = true;
            for (int i = 1; i <= 250; i++) {
                outbox.submit(record(Integer.toString(i)));
            }
            assertEquals(250, outbox.pending());
            assertTrue(outbox.failingSince().isPresent());
            assertEquals(List.of(), store.written());

            store.down = false;
            awaitEmpty(outbox);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 250; i++) {
                expected.add(Integer.toString(i));
            }
            assertEquals(expected, store.written());
            assertTrue(outbox.failingSince().isEmpty());
            assertEquals(250, outbox.drained());
        }
    }

    @Test
    void anItemSubmittedWhileOthersWaitQueuesBehindThemEvenIfTheDatabaseIsBack() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            store.down = true;
            outbox.submit(record("1"));
            store.down = false;
            outbox.submit(new OutboxItem.Disposition("pbx", "1", "INFO"));
            awaitEmpty(outbox);
            assertEquals(List.of("1", "disposition 1"), store.log);
        }
    }

    @Test
    void aDefaultDispositionWaitingInTheJournalIsStillADefaultOneAfterARestart() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            store.down = true;
            outbox.submit(new OutboxItem.Disposition("pbx", "1", "SURE_DOLDU", true));
            outbox.submit(new OutboxItem.Disposition("pbx", "2", "INFO"));
        }
        try (Journal restarted = Journal.open(dir)) {
            assertEquals(List.of(new OutboxItem.Disposition("pbx", "1", "SURE_DOLDU", true),
                            new OutboxItem.Disposition("pbx", "2", "INFO", false)),
                    restarted.pending(10).stream().map(e -> OutboxItem.from(e.fields()).orElseThrow()).toList(),
                    "a default disposition never overwrites the agent's, so it must not come back as an agent's");
        }
    }

    @Test
    void aCrashBetweenTheWriteAndTheAcknowledgementDoesNotDoubleTheRecord() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            store.down = true;
            outbox.submit(record("1"));
            outbox.submit(record("2"));
        }
        store.down = false;
        try (Journal crashed = Journal.open(dir)) {
            for (Journal.Entry entry : crashed.pending(10)) {
                store.deliver(OutboxItem.from(entry.fields()).orElseThrow());
            }
        }
        try (Journal restarted = Journal.open(dir)) {
            assertEquals(2, restarted.pendingCount(), "the writes were never acknowledged");
            Outbox outbox = outbox(restarted);
            outbox.start();
            awaitEmpty(outbox);
            assertEquals(List.of("1", "2"), store.written(), "written once each");
            assertEquals(4, store.log.size(), "both were written twice, the second time to no effect");
        }
    }

    @Test
    void anItemTheCaseCoreRefusesIsDroppedAndDoesNotBlockTheOthers() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            store.down = true;
            outbox.submit(record("1"));
            outbox.submit(record("bad"));
            outbox.submit(record("3"));
            store.down = false;
            awaitEmpty(outbox);
            assertEquals(List.of("1", "3"), store.written());
            assertEquals(1, outbox.refused());
        }
    }

    @Test
    void itemsLeftFromTheLastRunAreWrittenAtStart() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            store.down = true;
            outbox(journal).submit(record("1"));
        }
        store.down = false;
        try (Journal reopened = Journal.open(dir)) {
            Outbox outbox = outbox(reopened);
            outbox.start();
            awaitEmpty(outbox);
            assertEquals(List.of("1"), store.written());
        }
    }

    @Test
    void withTheWriterThreadSubmitReturnsAtOnceAndTheItemsAreWrittenInOrder() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            outbox.startWriter(Thread::new);
            store.down = true;
            for (int i = 1; i <= 50; i++) {
                outbox.submit(record(Integer.toString(i)));
            }
            store.down = false;
            for (int i = 51; i <= 100; i++) {
                outbox.submit(record(Integer.toString(i)));
            }
            awaitEmpty(outbox);
            outbox.stop();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                expected.add(Integer.toString(i));
            }
            assertEquals(expected, store.written());
        }
    }

    @Test
    void itemsTheWriterHasNotWrittenWhenItStopsGoIntoTheJournal() {
        try (Journal journal = Journal.open(dir)) {
            Outbox outbox = outbox(journal);
            java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
            outbox.startWriter(task -> new Thread(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            outbox.submit(record("1"));
            outbox.submit(record("2"));
            outbox.stop();
            assertEquals(List.of("1", "2"), journal.pending(10).stream().map(e -> e.fields().get("linkedid")).toList());
            assertEquals(2, outbox.pending());
        }
    }

    private Outbox outbox(Journal journal) {
        return new Outbox(journal, store::deliver, e -> e instanceof IllegalArgumentException, scheduler, Clock.systemUTC());
    }

    private static OutboxItem.CallRecord record(String linkedid) {
        Instant at = Instant.parse("2026-12-02T05:00:00Z");
        return new OutboxItem.CallRecord("pbx", linkedid, "05321234567", "acikkapi", null, at, null, at.plusSeconds(5),
                false);
    }

    /** Waits (polling, as the drain runs on the scheduler with a back-off of up to a few seconds here) until empty. */
    private static void awaitEmpty(Outbox outbox) throws InterruptedException {
        for (int i = 0; i < 600 && (outbox.pending() > 0 || outbox.failingSince().isPresent()); i++) {
            Thread.sleep(50);
        }
        assertEquals(0, outbox.pending(), "the outbox drained");
    }

    /** A case core that keeps one record per linkedid, like the unique key of call_record. */
    static final class FakeCaseCore {
        volatile boolean down;
        final List<String> log = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private final List<String> records = new ArrayList<>();

        synchronized void deliver(OutboxItem item) {
            if (down) {
                throw new IllegalStateException("Connection refused");
            }
            if (item instanceof OutboxItem.CallRecord c) {
                if (c.linkedid().equals("bad")) {
                    throw new IllegalArgumentException("invalid");
                }
                log.add(c.linkedid());
                if (keys.add(c.linkedid())) {
                    records.add(c.linkedid());
                }
            } else if (item instanceof OutboxItem.Disposition d) {
                log.add("disposition " + d.linkedid());
            }
        }

        synchronized List<String> written() {
            return List.copyOf(records);
        }
    }
}
