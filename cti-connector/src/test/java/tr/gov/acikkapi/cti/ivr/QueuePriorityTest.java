package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueuePriorityTest {

    private final RunningIvr ivr = new RunningIvr();

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    void escortCallerGoesAheadAndTheDialplanSeesTheFlags() throws Exception {
        ivr.cases.profile("+905321234567", new CallerProfile(EnumSet.of(EscortFlag.DISABLED, EscortFlag.VETERAN), 2, 0));

        var call = ivr.dial(AsteriskAgiPeer.call("priority").from("05321234567"));

        assertEquals(Map.of(QueuePriority.PRIORITY_VARIABLE, "10", QueuePriority.OPEN_APPS_VARIABLE, "2",
                QueuePriority.ESCORT_VARIABLE, "gazi,engelli"), withoutLibraryStatus(call.variables));
        assertFalse(call.answered, "the priority script must not answer: Queue() decides that");
        assertTrue(call.played.isEmpty());
    }

    @Test
    void callerWithAnOverdueApplicationGoesAhead() throws Exception {
        ivr.cases.profile("05321234567", new CallerProfile(Set.of(), 3, 1));

        var call = ivr.dial(AsteriskAgiPeer.call("priority").from("+905321234567"));

        assertEquals("5", call.variables.get(QueuePriority.PRIORITY_VARIABLE));
        assertEquals("3", call.variables.get(QueuePriority.OPEN_APPS_VARIABLE));
        assertEquals("", call.variables.get(QueuePriority.ESCORT_VARIABLE));
    }

    @Test
    void escortAndOverdueAddUp() throws Exception {
        ivr.cases.profile("05321234567", new CallerProfile(Set.of(EscortFlag.MARTYR_RELATIVE), 1, 1));

        var call = ivr.dial(AsteriskAgiPeer.call("priority").from("5321234567"));

        assertEquals("15", call.variables.get(QueuePriority.PRIORITY_VARIABLE));
        assertEquals("sehit_yakini", call.variables.get(QueuePriority.ESCORT_VARIABLE));
    }

    @Test
    void unknownCallerGetsTheDefaults() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("priority").from("05550001122"));

        assertDefaults(call);
        assertEquals(1, ivr.cases.calls.get());
    }

    @Test
    void withheldOrMissingCallerIdGetsTheDefaultsWithoutALookup() throws Exception {
        ivr.cases.profile("05321234567", new CallerProfile(Set.of(EscortFlag.ELDERLY), 1, 1));

        assertDefaults(ivr.dial(AsteriskAgiPeer.call("priority").from("05321234567").withheld()));
        assertDefaults(ivr.dial(AsteriskAgiPeer.call("priority").from("unknown")));
        assertDefaults(ivr.dial(AsteriskAgiPeer.call("priority").from("anonymous")));
        assertEquals(0, ivr.cases.calls.get());
    }

    @Test
    void lookupFailureNeverFailsTheCall() throws Exception {
        ivr.cases.failure = new IllegalStateException("veritabanı yok");

        var call = ivr.dial(AsteriskAgiPeer.call("priority").from("05321234567"));

        assertDefaults(call);
        assertEquals("SUCCESS", call.variables.get("AJ_AGISTATUS"));
    }

    @Test
    void priorityRule() {
        QueuePriority rule = new QueuePriority(new InMemoryIvrCases(), 20, 7);

        assertEquals(0, rule.priorityOf(CallerProfile.unknown()));
        assertEquals(0, rule.priorityOf(new CallerProfile(Set.of(), 4, 0)));
        assertEquals(7, rule.priorityOf(new CallerProfile(Set.of(), 4, 2)));
        assertEquals(20, rule.priorityOf(new CallerProfile(EnumSet.allOf(EscortFlag.class), 0, 0)));
        assertEquals(27, rule.priorityOf(new CallerProfile(Set.of(EscortFlag.SICK), 1, 1)));
        assertEquals("sehit_yakini,gazi,engelli,yasli,hasta",
                QueuePriority.escortList(new CallerProfile(EnumSet.allOf(EscortFlag.class), 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> new CallerProfile(Set.of(), 1, 2));
    }

    private static void assertDefaults(AsteriskAgiPeer.Transcript call) {
        assertEquals(Map.of(QueuePriority.PRIORITY_VARIABLE, "0", QueuePriority.OPEN_APPS_VARIABLE, "0",
                QueuePriority.ESCORT_VARIABLE, ""), withoutLibraryStatus(call.variables));
    }

    /** asterisk-java sets AJ_AGISTATUS after every script; the dialplan may read it, the tests ignore it. */
    private static Map<String, String> withoutLibraryStatus(Map<String, String> variables) {
        Map<String, String> copy = new LinkedHashMap<>(variables);
        copy.remove("AJ_AGISTATUS");
        return copy;
    }
}
