package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The guard between the AMI socket and asterisk-java's reader, line by line. */
class FrameGuardTest {

    @Test
    void framesOfAsteriskSizePassUnchanged() throws Exception {
        List<String> frame = List.of("Event: QueueCallerJoin", "Privilege: agent,all", "Queue: acikkapi", "");
        assertEquals(frame, readAll(frame));
    }

    @Test
    void aLongLineIsCutAndTheNextLinesPass() throws Exception {
        String huge = "Value: " + "A".repeat(FrameGuard.MAX_LINE_CHARS * 3);
        List<String> read = readAll(List.of("Event: VarSet", huge, "Variable: X", ""));
        assertEquals(FrameGuard.MAX_LINE_CHARS, read.get(1).length());
        assertEquals(List.of("Variable: X", ""), read.subList(2, 4));
    }

    @Test
    void aFrameBeyondTheLimitLosesItsTailAndTheNextFrameIsWhole() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("Event: VarSet");
        IntStream.range(0, 10_000).forEach(i -> lines.add("X-" + i + ": v"));
        lines.add("");
        List<String> next = List.of("Event: Hangup", "Linkedid: 1.1", "");
        lines.addAll(next);

        List<String> read = readAll(lines);

        assertEquals(FrameGuard.MAX_FIELDS + 1 + next.size(), read.size());
        assertEquals("", read.get(FrameGuard.MAX_FIELDS));
        assertEquals(next, read.subList(FrameGuard.MAX_FIELDS + 1, read.size()));
    }

    @Test
    void theEndOfTheStreamInsideAnOversizedFrameIsTheEnd() throws Exception {
        List<String> lines = new ArrayList<>();
        IntStream.range(0, FrameGuard.MAX_FIELDS + 5).forEach(i -> lines.add("X-" + i + ": v"));
        List<String> read = readAll(lines);
        assertEquals(FrameGuard.MAX_FIELDS, read.size());
    }

    private static List<String> readAll(List<String> lines) throws Exception {
        FrameGuard guard = new FrameGuard(new ScriptedSocket(lines), "test");
        List<String> read = new ArrayList<>();
        String line;
        while ((line = guard.readLine()) != null) {
            read.add(line);
        }
        return read;
    }
}
