package tr.gov.acikkapi.cti.ami;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One AMI message (event, response or action) in the PBX's own terms: its {@code Key: Value} lines in
 * wire order, names exactly as Asterisk writes them ({@code Linkedid}, {@code CallerIDNum},
 * {@code DestUniqueid}).
 *
 * <p>This neutral form is what the {@link tr.gov.acikkapi.cti.call.CallCorrelator} consumes, what the
 * AMI simulator writes and what the fixture tests parse, so all three speak the vocabulary of
 * Asterisk's documentation and of the recorded transcripts. asterisk-java's typed events are turned
 * into this form in one place ({@link ManagerEventTranslator}); field look-ups ignore case, because
 * asterisk-java's property names ({@code linkedId}, {@code callerIdNum}) differ from the wire only in
 * case. Case folding uses {@link Locale#ROOT}: protocol names must never meet the Turkish dotless i.
 *
 * @param fields the lines in order; the first is {@code Event}, {@code Response} or {@code Action}
 */
public record AmiMessage(List<Field> fields) {

    /** One {@code Key: Value} line. */
    public record Field(String name, String value) {

        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        /**
         * One line as Asterisk writes it, {@code Name: value}: the name up to the first colon, the value after it
         * without the one space that follows the colon. A line without a colon is kept with an empty name, so nothing
         * is lost silently.
         */
        public static Field parse(String line) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                return new Field("", line);
            }
            int start = colon + 1 < line.length() && line.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1;
            return new Field(line.substring(0, colon), line.substring(start));
        }
    }

    private static final String CRLF = "\r\n";

    public AmiMessage {
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** Starts an event message: {@code Event: name}. */
    public static Builder event(String name) {
        return new Builder().add("Event", name);
    }

    /** Starts a response message: {@code Response: status}. */
    public static Builder response(String status) {
        return new Builder().add("Response", status);
    }

    /** Starts an action message: {@code Action: name}. */
    public static Builder action(String name) {
        return new Builder().add("Action", name);
    }

    /**
     * Parses one frame (the lines of a message without the terminating empty line), CRLF or LF
     * separated. A line without a colon is kept with an empty name, so nothing is lost silently.
     */
    public static AmiMessage parse(String frame) {
        List<Field> parsed = new ArrayList<>();
        for (String line : frame.split("\r?\n")) {
            if (!line.isEmpty()) {
                parsed.add(Field.parse(line));
            }
        }
        return new AmiMessage(parsed);
    }

    /** The event name if this is an event. */
    public Optional<String> eventName() {
        return firstLine("Event");
    }

    /** The response status ({@code Success}, {@code Error}, {@code Goodbye}) if this is a response. */
    public Optional<String> responseStatus() {
        return firstLine("Response");
    }

    /** The action name if this is an action. */
    public Optional<String> actionName() {
        return firstLine("Action");
    }

    /** True if this is the named event (case ignored). */
    public boolean isEvent(String name) {
        return eventName().map(n -> n.equalsIgnoreCase(name)).orElse(false);
    }

    /** The value of the first field of that name (case ignored). */
    public Optional<String> get(String name) {
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    /** The value of the first field of that name, or {@code fallback}. */
    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /** The value of a field, empty string when absent. */
    public String text(String name) {
        return get(name, "");
    }

    /** All values of the fields of that name, in order ({@code Variable} lines of an Originate). */
    public List<String> getAll(String name) {
        List<String> values = new ArrayList<>();
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                values.add(f.value());
            }
        }
        return values;
    }

    /** A field as a whole number, if present and numeric. */
    public Optional<Long> number(String name) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw.get().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A yes/no field: {@code 1}, {@code true}, {@code yes}, {@code on} are true (case ignored). */
    public boolean flag(String name) {
        String v = text(name).trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("on");
    }

    /**
     * The event's {@code Timestamp} ({@code 1795896568.759442}, seconds since the epoch with
     * microseconds), if present and well-formed.
     */
    public Optional<Instant> timestamp() {
        Optional<String> raw = get("Timestamp");
        if (raw.isEmpty() || raw.get().isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal seconds = new BigDecimal(raw.get().trim());
            long whole = seconds.longValue();
            long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            return Optional.of(Instant.ofEpochSecond(whole, nanos));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The field names in order (for shape comparisons). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(fields.size());
        fields.forEach(f -> names.add(f.name()));
        return names;
    }

    /** The message as AMI wire text: CRLF after each line and an empty line at the end. */
    public String toWire() {
        StringBuilder sb = new StringBuilder(fields.size() * 32);
        for (Field f : fields) {
            sb.append(f.name()).append(": ").append(f.value()).append(CRLF);
        }
        return sb.append(CRLF).toString();
    }

    /** {@link #toWire()} as UTF-8 bytes. */
    public byte[] toWireBytes() {
        return toWire().getBytes(StandardCharsets.UTF_8);
    }

    private Optional<String> firstLine(String kind) {
        if (fields.isEmpty() || !fields.get(0).name().equalsIgnoreCase(kind)) {
            return Optional.empty();
        }
        return Optional.of(fields.get(0).value());
    }

    @Override
    public String toString() {
        return toWire().replace(CRLF, "|");
    }

    /** Builds a message field by field, in wire order. */
    public static final class Builder {

        private final List<Field> fields = new ArrayList<>();

        private Builder() {
        }

        /** Appends a line. */
        public Builder add(String name, String value) {
            fields.add(new Field(name, value == null ? "" : value));
            return this;
        }

        /** Appends a line with a number. */
        public Builder add(String name, long value) {
            return add(name, Long.toString(value));
        }

        /** Appends all lines of another message (or a part built for a prefix). */
        public Builder addAll(List<Field> more) {
            fields.addAll(more);
            return this;
        }

        /** The message. */
        public AmiMessage build() {
            return new AmiMessage(fields);
        }
    }
}
