package tr.gov.acikkapi.cti.cluster;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import tr.gov.acikkapi.cti.event.CtiEvent;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The form in which our CTI events travel between the nodes: a JSON-B document (UTF-8) listing each event with its
 * type and the moment it was published on its node. JSON-B and not Java serialization, because the events are records
 * with {@code Optional} components, which Java serialization refuses; the type is the record's simple name, one of
 * the permitted subtypes of the sealed {@link CtiEvent}.
 */
public final class EventWire {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Map<String, Class<?>> TYPES = Arrays.stream(CtiEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final Type ENTRIES = new ArrayList<Entry>() { }.getClass().getGenericSuperclass();

    private EventWire() {
    }

    /** An event with the moment its node published it. */
    public record Stamped(CtiEvent event, Instant published) {
    }

    /** One event as written: its type, the event as JSON, when it was published (epoch microseconds). */
    public record Entry(String type, String event, long publishedMicros) {
    }

    /** The events as one document. */
    public static byte[] write(List<Stamped> events) {
        List<Entry> entries = events.stream().map(s -> new Entry(s.event().getClass().getSimpleName(),
                JSONB.toJson(s.event()), micros(s.published()))).toList();
        return JSONB.toJson(entries).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The events of a document, in order.
     *
     * @throws IllegalArgumentException if the document is not one {@link #write} wrote (an unknown type, a broken
     *                                  event)
     */
    public static List<Stamped> read(byte[] document) {
        try {
            List<Entry> entries = JSONB.fromJson(new String(document, StandardCharsets.UTF_8), ENTRIES);
            List<Stamped> events = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                Class<?> type = TYPES.get(entry.type());
                if (type == null) {
                    throw new IllegalArgumentException("unknown CTI event type " + entry.type());
                }
                events.add(new Stamped((CtiEvent) JSONB.fromJson(entry.event(), type), fromMicros(entry.publishedMicros())));
            }
            return events;
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not a list of CTI events: " + e.getMessage(), e);
        }
    }

    /** Any value JSON-B can write (a telephony action, its result, the current picture), as UTF-8. */
    static byte[] toJson(Object value) {
        return JSONB.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /** A value {@link #toJson} wrote. */
    static <T> T fromJson(byte[] json, Type type) {
        try {
            return JSONB.fromJson(new String(json, StandardCharsets.UTF_8), type);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("unreadable message from another node: " + e.getMessage(), e);
        }
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
