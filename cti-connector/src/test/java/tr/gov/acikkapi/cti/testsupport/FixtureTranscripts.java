package tr.gov.acikkapi.cti.testsupport;

import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw AMI transcripts recorded from Asterisk 22.10.1 in {@code ../shared/fixtures/ami/}: found
 * from the module directory ({@code user.dir}, two levels up, then {@code shared/fixtures/ami}) or
 * from the system property {@code it.fixtures.dir}.
 */
public final class FixtureTranscripts {

    private FixtureTranscripts() {
    }

    /** The fixtures directory. */
    public static Path dir() {
        String override = System.getProperty("it.fixtures.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path fromModule = Path.of(System.getProperty("user.dir")).resolve("../../shared/fixtures/ami").normalize();
        if (Files.isDirectory(fromModule)) {
            return fromModule;
        }
        return Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/ami").normalize();
    }

    /** Every byte of {@code NAME.txt}. */
    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The banner line, without CRLF. */
    public static String banner(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf("\r\n"));
    }

    /** All messages after the banner, in order (events and responses). */
    public static List<AmiMessage> messages(String name) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("\r\n") + 2);
        List<AmiMessage> result = new ArrayList<>();
        for (String frame : body.split("\r\n\r\n")) {
            if (!frame.isBlank()) {
                result.add(AmiMessage.parse(frame));
            }
        }
        return result;
    }

    /** Only the events, in order. */
    public static List<AmiMessage> events(String name) {
        return messages(name).stream().filter(m -> m.eventName().isPresent()).toList();
    }

    /** The names of the call transcripts (everything but the login ones). */
    public static List<String> callTranscripts() {
        return List.of("answered-call", "abandoned-call", "ring-no-answer", "pause-unpause", "queue-status",
                "originate-callback", "ivr-status", "attended-transfer", "attended-transfer-merge-first");
    }
}
