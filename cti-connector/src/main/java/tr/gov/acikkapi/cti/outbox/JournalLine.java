package tr.gov.acikkapi.cti.outbox;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One line of the outbox journal: a flat JSON object whose values are strings or null, written and read with JSON-P
 * (WildFly provides it; Parsson). Strict: anything else, such as the half-written last line of a crash, does not
 * read. The lines the journal wrote before with its own writer are the same JSON, so they read the same after an
 * upgrade.
 */
final class JournalLine {

    private static final JsonGeneratorFactory WRITERS = Json.createGeneratorFactory(Map.of());
    private static final JsonParserFactory READERS = Json.createParserFactory(Map.of());

    private JournalLine() {
    }

    static String write(Map<String, String> fields) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = WRITERS.createGenerator(out)) {
            json.writeStartObject();
            fields.forEach((key, value) -> {
                if (value == null) {
                    json.writeNull(key);
                } else {
                    json.write(key, value);
                }
            });
            json.writeEnd();
        }
        return out.toString();
    }

    /** The fields of a line, or empty if the line is not one flat object of strings and nulls. */
    static Optional<Map<String, String>> read(String line) {
        try (JsonParser json = READERS.createParser(new StringReader(line))) {
            if (json.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (JsonParser.Event event = json.next(); event == JsonParser.Event.KEY_NAME; event = json.next()) {
                String key = json.getString();
                switch (json.next()) {
                    case VALUE_STRING -> fields.put(key, json.getString());
                    case VALUE_NULL -> fields.put(key, null);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return json.hasNext() ? Optional.empty() : Optional.of(fields);
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
