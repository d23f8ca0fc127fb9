package tr.gov.acikkapi.cti.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tr.gov.acikkapi.cti.event.AgentSegment;
import tr.gov.acikkapi.cti.event.SegmentEnd;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {

    @TempDir
    Path dir;

    /** A call record waiting in the journal keeps its agents' parts; a line from before they were kept has none. */
    @Test
    void aCallRecordComesBackFromItsJournalLineWithItsAgentSegments() {
        Instant answered = Instant.parse("2026-12-07T19:32:39.761047Z");
        Instant moved = answered.plusSeconds(7);
        OutboxItem.CallRecord record = new OutboxItem.CallRecord("pbx", "1796671957.20", "02242502032", "acikkapi",
                "temsilci3", answered.minusSeconds(2), answered, moved.plusSeconds(5), false, List.of(
                new AgentSegment("temsilci1", answered, moved, 7, SegmentEnd.TRANSFERRED, Optional.of("temsilci3")),
                new AgentSegment("temsilci3", moved, moved.plusSeconds(5), 5, SegmentEnd.COMPLETED, Optional.empty())));
        String line = JournalLine.write(record.fields());
        assertEquals(Optional.of(record), JournalLine.read(line).flatMap(OutboxItem::from));

        Map<String, String> before = new LinkedHashMap<>(record.fields());
        before.keySet().removeIf(k -> k.startsWith("segment"));
        OutboxItem old = OutboxItem.from(before).orElseThrow();
        assertEquals(List.of(), ((OutboxItem.CallRecord) old).segments());
    }

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
        assertTrue(JournalLine.read("{\"a\":\"1\"").isEmpty());
        assertTrue(JournalLine.read("{\"a\":1}").isEmpty());
        assertTrue(JournalLine.read("{\"a\":\"1\"} x").isEmpty());
        assertEquals(Map.of("a", "\u0001/"), JournalLine.read(JournalLine.write(Map.of("a", "\u0001/"))).orElseThrow());
    }
}
