package tr.gov.acikkapi.cti.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One journal line: a flat JSON object whose values are strings or null. Small on purpose (the connector has no
 * JSON implementation outside the server, and the journal needs no more), and strict: anything else, such as the
 * half-written last line of a crash, does not parse.
 */
final class FlatJson {

    private FlatJson() {
    }

    static String write(Map<String, String> fields) {
        StringBuilder out = new StringBuilder(128).append('{');
        boolean first = true;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, field.getKey());
            out.append(':');
            if (field.getValue() == null) {
                out.append("null");
            } else {
                quote(out, field.getValue());
            }
        }
        return out.append('}').toString();
    }

    /** The fields of a line, or empty if the line is not one flat object of strings and nulls. */
    static Optional<Map<String, String>> read(String line) {
        try {
            Parser parser = new Parser(line.strip());
            Map<String, String> fields = parser.object();
            return parser.atEnd() ? Optional.of(fields) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Map<String, String> object() {
            Map<String, String> fields = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
                return fields;
            }
            while (true) {
                String key = string();
                expect(':');
                String value;
                if (text.startsWith("null", at)) {
                    at += 4;
                    value = null;
                } else {
                    value = string();
                }
                fields.put(key, value);
                char next = text.charAt(at++);
                if (next == '}') {
                    return fields;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("',' or '}' expected at " + at);
                }
            }
        }

        boolean atEnd() {
            return at == text.length();
        }

        private char peek() {
            return text.charAt(at);
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + at);
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case '"', '\\', '/' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape at " + at);
                }
            }
        }
    }
}
