package tr.gov.acikkapi.cti.outbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 20, point 4: the outbox's items are not stranded on a node. Two nodes' outboxes journal into one map, which
 * stands for the replicated cache (every node holds every entry; the replication itself is Infinispan's). Node 1
 * journals calls while the database is down and dies; node 2, now the oldest member, takes its items over and writes
 * them, in order, once the database is back. Before, each node journaled into a file on its own disk and node 2 wrote
 * none of them.
 */
class OutboxHandOverTest {

    private final ScheduledExecutorService scheduler1 = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService scheduler2 = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentMap<String, String> replicated = new ConcurrentHashMap<>();
    private final AtomicReference<List<String>> members = new AtomicReference<>(List.of("node1", "node2"));
    private final OutboxTest.FakeCaseCore database = new OutboxTest.FakeCaseCore();

    @AfterEach
    void stop() {
        scheduler1.shutdownNow();
        scheduler2.shutdownNow();
    }

    private Outbox outbox(OutboxJournal journal, ScheduledExecutorService scheduler) {
        return new Outbox(journal, database::deliver, e -> e instanceof IllegalArgumentException, scheduler,
                Clock.systemUTC());
    }

    private static OutboxItem.CallRecord record(String linkedid) {
        Instant at = Instant.parse("2026-12-07T23:00:00Z");
        return new OutboxItem.CallRecord("pbx", linkedid, "05321234567", "acikkapi", null, at, null, at.plusSeconds(5),
                false);
    }

    @Test
    void theItemsOfANodeThatDiedAreWrittenByTheOldestSurvivorInTheirOrder() throws Exception {
        ClusterJournal journal1 = new ClusterJournal(replicated, "node1", members::get);
        ClusterJournal journal2 = new ClusterJournal(replicated, "node2", members::get);
        Outbox node1 = outbox(journal1, scheduler1);
        Outbox node2 = outbox(journal2, scheduler2);
        database.down = true;
        for (int i = 1; i <= 150; i++) {
            node1.submit(record("n1-" + i));
        }
        node2.submit(record("n2-1"));
        assertEquals(150, node1.pending());
        assertEquals(0, journal2.adoptOrphans(), "node 1 is alive: nobody takes its items");
        assertEquals(0, journal1.adoptOrphans(), "nor does node 1 take node 2's");

        scheduler1.shutdownNow();
        members.set(List.of("node2"));
        assertEquals(150, journal2.adoptOrphans(), "node 1 died: node 2 takes its items");
        assertEquals(0, journal2.adoptOrphans(), "once");
        database.down = false;
        node2.start();
        awaitEmpty(node2);

        List<String> expected = new java.util.ArrayList<>(List.of("n2-1"));
        for (int i = 1; i <= 150; i++) {
            expected.add("n1-" + i);
        }
        assertEquals(expected, database.written(), "every item written once, each node's in its order");
        assertEquals(List.of(), List.copyOf(replicated.keySet()), "nothing left in the replicated journal");
    }

    @Test
    void aNodeThatRestartsUnderItsNameFindsItsItemsAndTheOthersLeaveThemAlone() throws Exception {
        Outbox before = outbox(new ClusterJournal(replicated, "node1", members::get), scheduler1);
        database.down = true;
        before.submit(record("1"));
        before.submit(record("2"));

        ClusterJournal restarted = new ClusterJournal(replicated, "node1", members::get);
        assertEquals(2, restarted.pendingCount());
        assertEquals(0, new ClusterJournal(replicated, "node2", members::get).adoptOrphans());
        Outbox after = outbox(restarted, scheduler2);
        database.down = false;
        after.start();
        awaitEmpty(after);
        assertEquals(List.of("1", "2"), database.written());
        after.submit(record("3"));
        assertEquals(List.of("1", "2", "3"), database.written(), "written at once again");
    }

    private static void awaitEmpty(Outbox outbox) throws InterruptedException {
        for (int i = 0; i < 600 && (outbox.pending() > 0 || outbox.failingSince().isPresent()); i++) {
            Thread.sleep(50);
        }
        assertEquals(0, outbox.pending(), "the outbox drained");
    }
}
