package tr.gov.acikkapi.cti.runtime;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CtiEventBusTest {

    private static QueueSnapshot snapshot(String queue, AgentState state) {
        return new QueueSnapshot(queue, List.of(),
                List.of(new QueueSnapshot.Member("temsilci1", "Local/1001@agents", state, Optional.empty())));
    }

    @Test
    void aLateSubscriberFirstGetsTheLastLinkStateAndQueueSnapshotsThenLiveEvents() {
        CtiEventBus bus = new CtiEventBus();
        List<CtiEvent> early = new ArrayList<>();
        bus.subscribe(early::add);
        PbxLinkChanged connecting = new PbxLinkChanged("pbx", LinkState.CONNECTING, "");
        PbxLinkChanged up = new PbxLinkChanged("pbx", LinkState.UP, "");
        QueueSnapshot ready = snapshot("acikkapi", AgentState.READY);
        QueueSnapshot busy = snapshot("acikkapi", AgentState.BUSY);
        QueueSnapshot other = snapshot("diger", AgentState.PAUSED);
        CallOffered call = new CallOffered("1.1", "05321234567", "acikkapi", Instant.EPOCH);
        for (CtiEvent e : List.of(connecting, up, ready, call, other, busy)) {
            bus.publish(e);
        }
        assertEquals(List.of(connecting, up, ready, call, other, busy), early, "subscribers get every event in order");

        List<CtiEvent> late = new ArrayList<>();
        bus.subscribe(late::add);
        assertEquals(List.of(up, busy, other), late, "the current picture only: no call events, one snapshot per queue");
        bus.publish(call);
        assertEquals(call, late.get(late.size() - 1));
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        CtiEventBus bus = new CtiEventBus();
        List<CtiEvent> received = new ArrayList<>();
        bus.subscribe(e -> {
            throw new IllegalStateException("boom");
        });
        bus.subscribe(received::add);
        CallOffered call = new CallOffered("1.1", "", "acikkapi", Instant.EPOCH);
        bus.publish(call);
        assertEquals(List.of(call), received);
    }

    @Test
    void aStartingNodeTakesAnotherNodesPictureOnlyWhereItHasNothingNewer() {
        CtiEventBus bus = new CtiEventBus();
        List<CtiEvent> received = new ArrayList<>();
        bus.subscribe(received::add);
        QueueSnapshot live = snapshot("acikkapi", AgentState.BUSY);
        bus.publishFromPeer(live);

        PbxLinkChanged up = new PbxLinkChanged("pbx", LinkState.UP, "");
        int taken = bus.adopt(List.of(up, snapshot("acikkapi", AgentState.READY), snapshot("diger", AgentState.PAUSED)));

        assertEquals(2, taken);
        assertEquals(List.of(live, up, snapshot("diger", AgentState.PAUSED)), received);
        assertEquals(List.of(up, live, snapshot("diger", AgentState.PAUSED)), bus.picture());
    }
}
