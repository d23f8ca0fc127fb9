package tr.gov.acikkapi.cti.outbox;

import tr.gov.acikkapi.cti.event.AgentSegment;
import tr.gov.acikkapi.cti.event.SegmentEnd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write of the CTI side into the case core, as the outbox keeps it. Each has a natural key on which its write is
 * idempotent: the call's (server, linkedid) for records, callback tasks and dispositions (a default one only where none was written); closing a caller's open
 * callback tasks again closes nothing more.
 */
public sealed interface OutboxItem {

    /** What the journal line holds. */
    Map<String, String> fields();

    /** A short name for logs: kind and key. */
    String describe();

    /** The record of an ended call, with each agent's part of it. */
    record CallRecord(String server, String linkedid, String callerRaw, String queue, String agent, Instant enteredAt,
                      Instant answeredAt, Instant endedAt, boolean endedWhileLinkDown, List<AgentSegment> segments)
            implements OutboxItem {

        public CallRecord {
            segments = segments == null ? List.of() : List.copyOf(segments);
        }

        /** A record without agent segments. */
        public CallRecord(String server, String linkedid, String callerRaw, String queue, String agent, Instant enteredAt,
                          Instant answeredAt, Instant endedAt, boolean endedWhileLinkDown) {
            this(server, linkedid, callerRaw, queue, agent, enteredAt, answeredAt, endedAt, endedWhileLinkDown, List.of());
        }

        @Override
        public Map<String, String> fields() {
            Map<String, String> f = kind("call-record");
            f.put("server", server);
            f.put("linkedid", linkedid);
            f.put("caller", callerRaw);
            f.put("queue", queue);
            f.put("agent", agent);
            f.put("entered", text(enteredAt));
            f.put("answered", text(answeredAt));
            f.put("ended", text(endedAt));
            f.put("linkDown", Boolean.toString(endedWhileLinkDown));
            f.put("segments", Integer.toString(segments.size()));
            for (int i = 0; i < segments.size(); i++) {
                AgentSegment s = segments.get(i);
                f.put("segment." + i + ".agent", s.agent());
                f.put("segment." + i + ".from", text(s.from()));
                f.put("segment." + i + ".to", text(s.to()));
                f.put("segment." + i + ".talk", Long.toString(s.talkSeconds()));
                f.put("segment." + i + ".end", s.end().name());
                f.put("segment." + i + ".transferredTo", s.transferredTo().orElse(null));
            }
            return f;
        }

        /** The segments a journal line holds (none in a line written before segments were kept). */
        static List<AgentSegment> segmentsFrom(Map<String, String> f) {
            int count = f.get("segments") == null ? 0 : Integer.parseInt(f.get("segments"));
            List<AgentSegment> result = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String p = "segment." + i + ".";
                result.add(new AgentSegment(f.get(p + "agent"), Instant.parse(f.get(p + "from")),
                        Instant.parse(f.get(p + "to")), Long.parseLong(f.get(p + "talk")),
                        SegmentEnd.valueOf(f.get(p + "end")), Optional.ofNullable(f.get(p + "transferredTo"))));
            }
            return result;
        }

        @Override
        public String describe() {
            return "call record " + server + "/" + linkedid;
        }
    }

    /** A caller hung up in the queue: a callback task. */
    record AbandonedCall(String server, String linkedid, String callerRaw, String queue, Instant at, int waitSeconds)
            implements OutboxItem {
        @Override
        public Map<String, String> fields() {
            Map<String, String> f = kind("abandoned");
            f.put("server", server);
            f.put("linkedid", linkedid);
            f.put("caller", callerRaw);
            f.put("queue", queue);
            f.put("at", text(at));
            f.put("wait", Integer.toString(waitSeconds));
            return f;
        }

        @Override
        public String describe() {
            return "callback task " + server + "/" + linkedid;
        }
    }

    /** The caller called again and an agent answered: close the caller's open callback tasks. */
    record AnsweredAgain(String callerRaw, String agent, String linkedid) implements OutboxItem {
        @Override
        public Map<String, String> fields() {
            Map<String, String> f = kind("answered-again");
            f.put("caller", callerRaw);
            f.put("agent", agent);
            f.put("linkedid", linkedid);
            return f;
        }

        @Override
        public String describe() {
            return "callback close for call " + linkedid;
        }
    }

    /**
     * The wrap-up code of a call: the agent's, or ({@code byDefault}) the one written when the agent's wrap-up time ran
     * out, which is written only if the call has none yet.
     */
    record Disposition(String server, String linkedid, String code, boolean byDefault) implements OutboxItem {

        /** The agent's choice. */
        public Disposition(String server, String linkedid, String code) {
            this(server, linkedid, code, false);
        }

        @Override
        public Map<String, String> fields() {
            Map<String, String> f = kind("disposition");
            f.put("server", server);
            f.put("linkedid", linkedid);
            f.put("code", code);
            if (byDefault) {
                f.put("default", "true");
            }
            return f;
        }

        @Override
        public String describe() {
            return (byDefault ? "default disposition of " : "disposition of ") + server + "/" + linkedid;
        }
    }

    /** The item a journal line holds, or empty for an unknown kind or a missing field. */
    static Optional<OutboxItem> from(Map<String, String> f) {
        try {
            String kind = String.valueOf(f.get("kind"));
            return Optional.ofNullable(switch (kind) {
                case "call-record" -> new CallRecord(f.get("server"), f.get("linkedid"), f.get("caller"), f.get("queue"),
                        f.get("agent"), Instant.parse(f.get("entered")), instant(f.get("answered")),
                        Instant.parse(f.get("ended")), Boolean.parseBoolean(f.get("linkDown")), CallRecord.segmentsFrom(f));
                case "abandoned" -> new AbandonedCall(f.get("server"), f.get("linkedid"), f.get("caller"), f.get("queue"),
                        Instant.parse(f.get("at")), Integer.parseInt(f.get("wait")));
                case "answered-again" -> new AnsweredAgain(f.get("caller"), f.get("agent"), f.get("linkedid"));
                case "disposition" -> new Disposition(f.get("server"), f.get("linkedid"), f.get("code"),
                        Boolean.parseBoolean(f.get("default")));
                default -> null;
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> kind(String kind) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        return fields;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
