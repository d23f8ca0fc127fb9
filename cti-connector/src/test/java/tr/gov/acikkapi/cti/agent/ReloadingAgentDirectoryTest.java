package tr.gov.acikkapi.cti.agent;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory the event lane asks: answered from memory, read in the background. */
class ReloadingAgentDirectoryTest {

    private final Map<String, String> database = new HashMap<>(Map.of("Local/2001@agents", "temsilci1"));
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean databaseDown;
    /** Background reads asked for, with their delays: run by the test, as a scheduler would later. */
    private final List<Runnable> queued = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    private final ReloadingAgentDirectory directory = new ReloadingAgentDirectory(() -> {
        reads.incrementAndGet();
        if (databaseDown) {
            throw new IllegalStateException("Connection refused");
        }
        return Map.copyOf(database);
    }, (task, delayNanos) -> {
        queued.add(task);
        delays.add(delayNanos);
    }, now::get, Duration.ofSeconds(1));

    @Test
    void aKnownInterfaceOrItsChannelIsAnsweredFromMemory() {
        directory.reload();
        assertEquals(1, reads.get());
        assertEquals(Optional.of("temsilci1"), directory.agentFor("Local/2001@agents"));
        assertEquals(Optional.of("temsilci1"), directory.agentFor("Local/2001@agents-0000002c;1"));
        assertEquals(1, reads.get(), "no read for a known interface");
        assertTrue(queued.isEmpty());
    }

    @Test
    void aUserCreatedAMomentAgoIsFoundByABackgroundReadNotByTheAsker() {
        directory.reload();
        database.put("Local/2002@agents", "temsilci2");

        assertEquals(Optional.empty(), directory.agentFor("Local/2002@agents"), "the asker does not wait for a read");
        assertEquals(1, reads.get(), "no read on the asker's thread");
        assertEquals(1, queued.size());
        assertEquals(Duration.ofSeconds(1).toNanos(), delays.get(0), "at most one read a second");

        runQueued();
        assertEquals(2, reads.get());
        assertEquals(Optional.of("temsilci2"), directory.agentFor("Local/2002@agents"));
    }

    @Test
    void aPhoneThatIsNoOnesDoesNotKeepTheDirectoryReading() {
        directory.reload();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        for (int round = 0; round < 10; round++) {
            assertEquals(Optional.empty(), directory.agentFor("Local/1001@agents"));
            assertEquals(Optional.empty(), directory.agentFor("Local/1002@agents"));
            if (round == 0) {
                assertEquals(List.of(0L), delays, "one read for both, at once: the last read was long enough ago");
            }
            runQueued();
            now.addAndGet(Duration.ofSeconds(2).toNanos());
        }
        assertEquals(2, reads.get(), "one read at start, one for the two unknown phones, then none");

        directory.reload();
        directory.agentFor("Local/1001@agents");
        assertEquals(1, queued.size(), "after the next full read an unknown phone is asked about once more");
    }

    @Test
    void aFailedReadKeepsTheMapItHad() {
        directory.reload();
        databaseDown = true;
        directory.reload();
        assertEquals(Optional.of("temsilci1"), directory.agentFor("Local/2001@agents"));
        assertTrue(directory.loaded());
    }

    @Test
    void whileNoReadHasSucceededABackgroundReadIsTriedAgainUntilOneDoes() {
        databaseDown = true;
        directory.reload();
        assertFalse(directory.loaded());
        assertEquals(Optional.empty(), directory.agentFor("Local/2001@agents"));
        runQueued();
        runQueued();
        assertFalse(directory.loaded());
        assertEquals(1, queued.size(), "a failed first read asks for another");
        databaseDown = false;
        runQueued();
        assertTrue(directory.loaded());
        assertTrue(queued.isEmpty(), "no more reads once one succeeded");
        assertEquals(Optional.of("temsilci1"), directory.agentFor("Local/2001@agents"));
        assertEquals(4, reads.get());
    }

    private void runQueued() {
        List<Runnable> tasks = new ArrayList<>(queued);
        queued.clear();
        delays.clear();
        tasks.forEach(Runnable::run);
    }
}
