package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tr.gov.acikkapi.cti.testsupport.FixtureTranscripts;
import tr.gov.acikkapi.cti.testsupport.ReplayServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each recorded transcript, sent byte for byte over TCP to asterisk-java's connection with the {@link EventTap}: the
 * tap takes exactly the events Asterisk sent on its own, field for field and in order, and asterisk-java still
 * delivers the events that answer an action (the list items of {@code QueueStatus}, {@code OriginateResponse}).
 */
class EventTapReplayTest {

    static List<String> transcripts() {
        return FixtureTranscripts.callTranscripts();
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void theTapTakesThePbxsOwnEventsAsRecordedAndLeavesTheAnswersToAsteriskJava(String fixture) throws Exception {
        List<AmiMessage> recorded = FixtureTranscripts.events(fixture);
        List<AmiMessage> own = recorded.stream().filter(m -> m.get("ActionID").isEmpty()).toList();
        long answers = recorded.size() - own.size();
        List<AmiMessage> taken = new ArrayList<>();
        List<ManagerEvent> delivered = new ArrayList<>();

        try (ReplayServer server = new ReplayServer(fixture)) {
            GuardedAmiConnection connection = new GuardedAmiConnection(
                    AmiLinkConfig.of("replay", "127.0.0.1", server.port(), "cti", "cti-secret"));
            connection.addEventListener(e -> {
                synchronized (delivered) {
                    delivered.add(e);
                }
            });
            connection.tapEvents(m -> {
                synchronized (taken) {
                    taken.add(m);
                }
            });
            connection.login();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && (size(taken) < own.size() || answersIn(delivered) < answers)) {
                Thread.sleep(20);
            }
            connection.logoff();
        }

        assertEquals(own, taken, fixture);
        synchronized (delivered) {
            assertEquals(answers, answersIn(delivered), fixture + ": events answering an action");
            for (ManagerEvent e : delivered) {
                assertTrue(e instanceof ResponseEvent || e instanceof ConnectEvent || e instanceof DisconnectEvent,
                        fixture + ": asterisk-java delivered " + e.getClass().getSimpleName() + ", which the tap takes");
            }
        }
    }

    private static int size(List<AmiMessage> list) {
        synchronized (list) {
            return list.size();
        }
    }

    private static long answersIn(List<ManagerEvent> delivered) {
        synchronized (delivered) {
            return delivered.stream().filter(ResponseEvent.class::isInstance).count();
        }
    }
}
