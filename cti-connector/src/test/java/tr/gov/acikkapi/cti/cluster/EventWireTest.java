package tr.gov.acikkapi.cti.cluster;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentSegment;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.event.RingStopReason;
import tr.gov.acikkapi.cti.event.SegmentEnd;
import tr.gov.acikkapi.cti.event.WrapUpEnded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventWireTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:15:30.123456Z");
    private static final Instant T1 = T0.plusSeconds(42);

    static List<CtiEvent> oneOfEach() {
        AgentSegment first = new AgentSegment("temsilci1", T0, T1, 42, SegmentEnd.TRANSFERRED, Optional.of("temsilci2"));
        AgentSegment second = new AgentSegment("temsilci2", T1, T1.plusSeconds(5), 5, SegmentEnd.CALLER_HUNG_UP, Optional.empty());
        return List.of(
                new CallOffered("1733566530.1", "05321234567", "acikkapi", T0),
                new AgentRinging("temsilci1", "05321234567", "1733566530.1", "acikkapi", T0),
                new AgentRingStopped("temsilci3", "1733566530.1", RingStopReason.ANSWERED_ELSEWHERE),
                new CallAnswered("1733566530.1", "temsilci1", "05321234567", "acikkapi", 7, T0),
                new CallTransferred("1733566530.1", "temsilci1", "temsilci2", T1),
                new CallEnded(new CallSummary("pbx", "1733566530.1", "05321234567", "acikkapi", Optional.of("temsilci2"),
                        T0, Optional.of(T0.plusSeconds(7)), T1.plusSeconds(5), 7, 47, CallOutcome.ANSWERED, false,
                        List.of(first, second))),
                new CallEnded(new CallSummary("pbx", "1733566531.9", "", "acikkapi", Optional.empty(), T0,
                        Optional.empty(), T1, 42, 0, CallOutcome.ABANDONED, true)),
                new CallAbandoned("1733566531.9", "", "acikkapi", 2, 42, T1),
                new AgentStateChanged("temsilci1", "Local/1001@agents", "acikkapi", AgentState.PAUSED,
                        Optional.of("Çay molası"), T0),
                new AgentStateChanged("temsilci1", "Local/1001@agents", "acikkapi", AgentState.READY, Optional.empty(), T1),
                new QueueSnapshot("acikkapi", List.of(new QueueSnapshot.WaitingCaller("1733566532.4", "02121234567", 1, T0)),
                        List.of(new QueueSnapshot.Member("temsilci1", "Local/1001@agents", AgentState.PAUSED,
                                Optional.of("Eğitim")), new QueueSnapshot.Member("Local/1009@agents",
                                "Local/1009@agents", AgentState.LOGGED_OUT, Optional.empty()))),
                new PbxLinkChanged("pbx", LinkState.UP, "Bağlandı: 127.0.0.1:5038"),
                new WrapUpEnded("temsilci2", "1733566530.1", "OTOMATIK", T1));
    }

    @Test
    void everyKindOfEventArrivesAsItWasPublishedInOrder() {
        List<CtiEvent> events = oneOfEach();
        Set<Class<?>> kinds = events.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Arrays.asList(CtiEvent.class.getPermittedSubclasses())), kinds,
                "the test covers every kind of CTI event");

        List<EventWire.Stamped> sent = events.stream().map(e -> new EventWire.Stamped(e, T0)).toList();
        List<EventWire.Stamped> received = EventWire.read(EventWire.write(sent));

        assertEquals(sent, received);
    }

    @Test
    void thePublishingMomentKeepsItsMicroseconds() {
        Instant published = Instant.parse("2026-12-07T23:59:59.999999Z");
        CtiEvent event = new PbxLinkChanged("pbx", LinkState.DOWN, "Bağlantı koptu");

        EventWire.Stamped received = EventWire.read(EventWire.write(List.of(new EventWire.Stamped(event, published)))).get(0);

        assertEquals(published, received.published());
    }

    @Test
    void aDocumentOfAnotherKindIsRefusedWithItsReason() {
        byte[] unknown = "[{\"type\":\"Bilinmeyen\",\"event\":\"{}\",\"publishedMicros\":0}]".getBytes(StandardCharsets.UTF_8);
        byte[] broken = "{ yarım".getBytes(StandardCharsets.UTF_8);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventWire.read(unknown));
        assertEquals("unknown CTI event type Bilinmeyen", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventWire.read(broken));
    }
}
