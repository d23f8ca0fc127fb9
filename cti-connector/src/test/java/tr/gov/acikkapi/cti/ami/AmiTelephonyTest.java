package tr.gov.acikkapi.cti.ami;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.CtiConfigurationException;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Telephony actions over the AMI link against the simulator: successes and the PBX's own reasons. */
class AmiTelephonyTest {

    private static final Duration BOUND = LinkHarness.BOUND;

    private LinkHarness h;
    private Telephony telephony;

    @BeforeEach
    void connect() {
        h = new LinkHarness();
        telephony = new AmiTelephony(h.link, "outbound", Duration.ofSeconds(30));
        h.link.start();
        h.awaitLink(LinkState.UP, 1);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @Test
    void pauseAndUnpauseWithAReason() {
        TelephonyResult paused = telephony.pause("Local/1002@agents", "acikkapi", "Mola");
        assertEquals(TelephonyResult.ok("Interface paused successfully"), paused);
        AgentStateChanged state = h.events.await(AgentStateChanged.class,
                s -> s.agent().equals("temsilci2") && s.state() == AgentState.PAUSED, BOUND);
        assertEquals(Optional.of("Mola"), state.pauseReason());
        assertTrue(telephony.unpause("Local/1002@agents", "acikkapi").success());
        h.events.await(AgentStateChanged.class, s -> s.agent().equals("temsilci2") && s.state() == AgentState.READY, BOUND);
    }

    @Test
    void refusalsCarryThePbxReason() {
        assertEquals(Optional.of("Interface not found"),
                telephony.pause("Local/1009@agents", "acikkapi", "Mola").failureReason());
        assertEquals(Optional.of("No such channel"), telephony.hangup("Local/s@inbound-deadbeef;1").failureReason());
        assertEquals(Optional.of("Member not dynamic"),
                telephony.queueLogout("Local/1001@agents", "acikkapi").failureReason());
    }

    @Test
    void queueLoginAndLogout() {
        assertEquals(TelephonyResult.ok("Added interface to queue"), telephony.queueLogin("Local/1004@agents", "acikkapi"));
        assertEquals(Optional.of("Unable to add interface: Already there"),
                telephony.queueLogin("Local/1004@agents", "acikkapi").failureReason());
        h.events.await(AgentStateChanged.class, s -> s.iface().equals("Local/1004@agents") && s.state() == AgentState.READY,
                BOUND);
        assertEquals(TelephonyResult.ok("Removed interface from queue"),
                telephony.queueLogout("Local/1004@agents", "acikkapi"));
        h.events.await(AgentStateChanged.class,
                s -> s.iface().equals("Local/1004@agents") && s.state() == AgentState.LOGGED_OUT, BOUND);
    }

    @Test
    void clickToDialRingsTheAgentFirst() {
        TelephonyResult result = telephony.originate("Local/1003@agents", "05551112233", "Ayşe Yılmaz");
        assertEquals(TelephonyResult.ok("Originate successfully queued"), result);
        h.events.await(AgentStateChanged.class, s -> s.agent().equals("temsilci3") && s.state() == AgentState.BUSY, BOUND);
        h.events.await(AgentStateChanged.class, s -> s.agent().equals("temsilci3") && s.state() == AgentState.READY, BOUND);
    }

    @Test
    void hangupOfAWaitingCitizenIsAnAbandon() {
        ScenarioRun waiting = h.sim.play(Scenario.abandoned("05329876543").withPatience(Duration.ofSeconds(30)));
        h.events.await(CallOffered.class, o -> o.linkedid().equals(waiting.linkedid()), BOUND);
        String channel = h.correlator.callerChannel(waiting.linkedid()).orElseThrow();
        assertEquals(TelephonyResult.ok("Channel Hungup"), telephony.hangup(channel));
        h.events.await(CallAbandoned.class, a -> a.linkedid().equals(waiting.linkedid()), BOUND);
    }

    @Test
    void redirectingTheCitizenToAnotherAgentIsATransfer() {
        ScenarioRun call = h.sim.play(Scenario.answered("05321234567", "Local/1001@agents").withTalk(Duration.ofSeconds(30)));
        h.events.await(CallAnswered.class, a -> a.linkedid().equals(call.linkedid()), BOUND);
        String channel = h.correlator.callerChannel(call.linkedid()).orElseThrow();
        assertEquals(TelephonyResult.ok("Redirect successful"), telephony.transfer(channel, "agents", "1002"));
        CallTransferred transferred = h.events.await(CallTransferred.class, t -> t.linkedid().equals(call.linkedid()), BOUND);
        assertEquals("temsilci1", transferred.fromAgent());
        assertEquals("temsilci2", transferred.toAgent());
        h.events.await(AgentStateChanged.class, s -> s.agent().equals("temsilci2") && s.state() == AgentState.BUSY, BOUND);
        assertTrue(h.sim.hangupCall(call.linkedid()));
        CallEnded ended = h.events.await(CallEnded.class, e -> e.linkedid().equals(call.linkedid()), BOUND);
        assertEquals(Optional.of("temsilci2"), ended.summary().agent());
    }

    @Test
    void inputThatCouldInjectAmiHeadersIsRefusedBeforeTheWire() {
        assertFalse(telephony.pause("Local/1001@agents\r\nAction: Hangup", "acikkapi", "Mola").success());
        assertFalse(telephony.originate("Local/1001@agents", "0532;rm", "x").success());
        assertTrue(telephony.transfer("", "agents", "1002").failureReason().orElseThrow().startsWith("Geçersiz"));
        assertThrows(CtiConfigurationException.class, () -> new AmiTelephony(h.link, " ", Duration.ofSeconds(1)));
    }

    @Test
    void withoutALinkEveryActionFailsWithAReason() {
        h.link.close();
        TelephonyResult result = telephony.pause("Local/1001@agents", "acikkapi", "Mola");
        assertFalse(result.success());
        assertTrue(result.message().startsWith("PBX bağlantısı yok"), result.message());
    }
}
