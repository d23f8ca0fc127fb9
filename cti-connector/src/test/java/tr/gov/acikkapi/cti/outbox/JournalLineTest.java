package tr.gov.acikkapi.cti.outbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox journal's lines: JSON any parser reads back to the same text, and the lines written before still read. */
class JournalLineTest {

    /** Quotes, backslashes, every kind of control character, Turkish letters, a character outside the BMP, JS's line separators. */
    private static final String HARD = "Ayşe \"Çağrı\" \\ yol\\n ğüşıöçİĞÜŞÖÇ \u0000\u0001\u001f\u007f\b\f\t\n\r 😀 \u2028\u2029 </script>";

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("seq", "7");
        fields.put("kind", "callback");
        fields.put("note", HARD);
        fields.put("agent", null);
        return fields;
    }

    @Test
    void aLineIsJsonThatAStandardParserReadsBackToTheSameText() {
        String line = JournalLine.write(fields());

        JsonObject parsed;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            parsed = reader.readObject();
        }
        assertEquals(HARD, parsed.getString("note"));
        assertTrue(parsed.isNull("agent"));
        assertEquals("7", parsed.getString("seq"));
        assertFalse(line.contains("\n"), "one line: " + line);
        assertFalse(line.chars().anyMatch(c -> c < 0x20), "no raw control character: " + line);
    }

    @Test
    void aLineComesBackAsItsFieldsInOrder() {
        assertEquals(Optional.of(fields()), JournalLine.read(JournalLine.write(fields())));
    }

    /** A line as the journal wrote it before its lines were written with JSON-P: still read after an upgrade. */
    @Test
    void aLineWrittenByTheEarlierWriterIsStillRead() {
        String earlier = "{\"seq\":\"7\",\"kind\":\"callback\",\"note\":\"Ayşe \\\"Çağrı\\\" \\\\ yol\\\\n ğüşıöçİĞÜŞÖÇ "
                + "\\u0000\\u0001\\u001f\u007f\\u0008\\u000c\\t\\n\\r 😀 \\u2028\\u2029 </script>\",\"agent\":null}";

        assertEquals(Optional.of(fields()), JournalLine.read(earlier));
    }

    @Test
    void anythingButOneFlatObjectOfStringsAndNullsIsUnreadable() {
        assertTrue(JournalLine.read("{\"seq\":\"1\",\"kind\":\"cal").isEmpty(), "half-written last line of a crash");
        assertTrue(JournalLine.read("{\"a\":\"1\"").isEmpty());
        assertTrue(JournalLine.read("{\"a\":1}").isEmpty());
        assertTrue(JournalLine.read("{\"a\":{\"b\":\"c\"}}").isEmpty());
        assertTrue(JournalLine.read("[\"a\"]").isEmpty());
        assertTrue(JournalLine.read("{\"a\":\"1\"} x").isEmpty());
        assertTrue(JournalLine.read("{\"a\":\"1\"}{\"b\":\"2\"}").isEmpty());
        assertTrue(JournalLine.read("").isEmpty());
    }
}
