package tr.gov.acikkapi.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intake's stream: each call of a round on its own agent and caller, with Linkedids no other round has. */
class IntakeBenchTest {

    private static final Path FIXTURES = Path.of(System.getProperty("it.fixtures.dir", "../../shared/fixtures"));

    @Test
    void everyCallOfEveryRoundHasItsOwnLinkedidAgentAndCaller() throws Exception {
        IntakeBench bench = IntakeBench.fromFixture(FIXTURES, 1000);
        String first = new String(bench.stream(0, 3, List.of("05550000001", "05550000002")), StandardCharsets.ISO_8859_1);
        String second = new String(bench.stream(1, 3, List.of("05550000001", "05550000002")), StandardCharsets.ISO_8859_1);

        Set<String> firstIds = linkedids(first);
        Set<String> secondIds = linkedids(second);
        int calls = (bench.eventsSent() + 156) / 157;
        assertEquals(calls, firstIds.size(), "one Linkedid per call");
        assertEquals(calls, secondIds.size());
        secondIds.retainAll(firstIds);
        assertTrue(secondIds.isEmpty(), "no Linkedid of the first round in the second");
        assertFalse(first.contains("1795896568.86\r"), "the recorded call's own Linkedid is replaced");
        assertTrue(first.contains("Interface: Local/2001@agents\r") && first.contains("Interface: Local/2003@agents\r"));
        assertFalse(first.contains("Local/1001@agents"), "the recorded agent is replaced");
        assertTrue(first.contains("CallerIDNum: 05550000002\r") && !first.contains("05321234567"));
    }

    private static Set<String> linkedids(String stream) {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^Linkedid: (\\S+)(?=\r\n)").matcher(stream);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
