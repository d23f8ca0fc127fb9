package tr.gov.acikkapi.cti.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {

    @TempDir
    Path dir;

    @Test
    void appendedItemsComeBackInOrderWithTheirFields() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(Map.of("kind", "a", "text", "Çağrı \"1\"\nikinci satır"));
            journal.append(Map.of("kind", "b"));
            List<Journal.Entry> pending = journal.pending(10);
            assertEquals(List.of(1L, 2L), pending.stream().map(Journal.Entry::seq).toList());
            assertEquals("Çağrı \"1\"\nikinci satır", pending.get(0).fields().get("text"));
            assertEquals(2, journal.pendingCount());
        }
    }

    @Test
    void acknowledgedItemsAreNotHandedOutAgainAndTheFileEmptiesWhenAllAreDone() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(Map.of("n", "1"));
            journal.append(Map.of("n", "2"));
            journal.append(Map.of("n", "3"));
            journal.ack(2);
            assertEquals(List.of("3"), journal.pending(10).stream().map(e -> e.fields().get("n")).toList());
            journal.ack(3);
            assertEquals(0, journal.pendingCount());
            assertEquals(0, Files.size(dir.resolve("outbox.jsonl")));
            assertEquals(4, journal.append(Map.of("n", "4")), "numbering goes on after the file was emptied");
        }
    }

    @Test
    void itemsSurviveAReopenAndOnlyTheUnacknowledgedComeBack() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(Map.of("n", "1"));
            journal.append(Map.of("n", "2"));
            journal.ack(1);
        }
        try (Journal reopened = Journal.open(dir)) {
            assertEquals(List.of("2"), reopened.pending(10).stream().map(e -> e.fields().get("n")).toList());
            assertEquals(3, reopened.append(Map.of("n", "3")));
        }
    }

    @Test
    void aCrashBetweenDeliveryAndAcknowledgementHandsTheItemOutAgain() {
        try (Journal journal = Journal.open(dir)) {
            journal.append(Map.of("n", "1"));
            assertEquals(1, journal.pending(10).size(), "delivered, but the process dies before the ack");
        }
        try (Journal reopened = Journal.open(dir)) {
            assertEquals(List.of(1L), reopened.pending(10).stream().map(Journal.Entry::seq).toList());
        }
    }

    @Test
    void aHalfWrittenLastLineIsCutOffAndTheNextAppendIsReadable() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(Map.of("n", "1"));
        }
        Files.writeString(dir.resolve("outbox.jsonl"), "{\"seq\":\"2\",\"n\":\"tr", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (Journal reopened = Journal.open(dir)) {
            assertEquals(List.of(1L), reopened.pending(10).stream().map(Journal.Entry::seq).toList());
            assertEquals(2, reopened.append(Map.of("n", "2")));
            assertEquals(List.of("1", "2"), reopened.pending(10).stream().map(e -> e.fields().get("n")).toList());
        }
    }

    @Test
    void anUnreadableLineInTheMiddleIsSkipped() throws Exception {
        try (Journal journal = Journal.open(dir)) {
            journal.append(Map.of("n", "1"));
        }
        Files.writeString(dir.resolve("outbox.jsonl"), "not json\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Journal reopened = Journal.open(dir)) {
            reopened.append(Map.of("n", "2"));
            assertEquals(List.of("1", "2"), reopened.pending(10).stream().map(e -> e.fields().get("n")).toList());
        }
    }

    @Test
    void pendingIsLimited() {
        try (Journal journal = Journal.open(dir)) {
            for (int i = 0; i < 5; i++) {
                journal.append(Map.of("n", Integer.toString(i)));
            }
            assertEquals(2, journal.pending(2).size());
            assertTrue(journal.pending(2).get(0).seq() < journal.pending(2).get(1).seq());
        }
    }

    @Test
    void flatJsonRefusesWhatIsNotAFlatObjectOfStrings() {
        assertTrue(FlatJson.read("{\"a\":\"1\"").isEmpty());
        assertTrue(FlatJson.read("{\"a\":1}").isEmpty());
        assertTrue(FlatJson.read("{\"a\":\"1\"} x").isEmpty());
        assertEquals(Map.of("a", "\u0001/"), FlatJson.read(FlatJson.write(Map.of("a", "\u0001/"))).orElseThrow());
    }
}
