package tr.gov.acikkapi.cti.cluster;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoutedTelephonyTest {

    /** A PBX link's actions as data: what was asked, and a success naming it. */
    private static final class AskedActions implements Telephony {
        final List<TelephonyAction> asked = new ArrayList<>();

        private TelephonyResult asked(TelephonyAction.Verb verb, String... arguments) {
            asked.add(TelephonyAction.of(verb, arguments));
            return TelephonyResult.ok(verb.name());
        }

        @Override
        public TelephonyResult originate(String agentInterface, String citizenNumber, String callerIdName) {
            return asked(TelephonyAction.Verb.ORIGINATE, agentInterface, citizenNumber, callerIdName);
        }

        @Override
        public TelephonyResult pause(String agentInterface, String queue, String reason) {
            return asked(TelephonyAction.Verb.PAUSE, agentInterface, queue, reason);
        }

        @Override
        public TelephonyResult unpause(String agentInterface, String queue) {
            return asked(TelephonyAction.Verb.UNPAUSE, agentInterface, queue);
        }

        @Override
        public TelephonyResult queueLogin(String agentInterface, String queue) {
            return asked(TelephonyAction.Verb.QUEUE_LOGIN, agentInterface, queue);
        }

        @Override
        public TelephonyResult queueLogout(String agentInterface, String queue) {
            return asked(TelephonyAction.Verb.QUEUE_LOGOUT, agentInterface, queue);
        }

        @Override
        public TelephonyResult hangup(String channel) {
            return asked(TelephonyAction.Verb.HANGUP, channel);
        }

        @Override
        public TelephonyResult transfer(String channel, String context, String exten) {
            return asked(TelephonyAction.Verb.TRANSFER, channel, context, exten);
        }
    }

    /** Other nodes that run what they get on their own link, after a trip through the wire form. */
    private record OtherNodes(boolean present, Optional<Telephony> holder) implements RoutedTelephony.Elsewhere {
        @Override
        public boolean hasPeers() {
            return present;
        }

        @Override
        public Optional<TelephonyResult> run(TelephonyAction action) {
            TelephonyAction arrived = EventWire.fromJson(EventWire.toJson(action), TelephonyAction.class);
            return holder.map(arrived::runOn)
                    .map(r -> EventWire.<TelephonyResult>fromJson(EventWire.toJson(r), TelephonyResult.class));
        }
    }

    @Test
    void theNodeHoldingTheLinkRunsTheActionItself() {
        AskedActions here = new AskedActions();
        AskedActions there = new AskedActions();
        Telephony telephony = new RoutedTelephony(() -> Optional.of(here), new OtherNodes(true, Optional.of(there)));

        assertEquals(TelephonyResult.ok("PAUSE"), telephony.pause("PJSIP/1001", "acikkapi", "Çay molası"));
        assertEquals(List.of(TelephonyAction.of(TelephonyAction.Verb.PAUSE, "PJSIP/1001", "acikkapi", "Çay molası")),
                here.asked);
        assertEquals(List.of(), there.asked);
    }

    @Test
    void aNodeWithoutTheLinkRunsEveryActionOnTheNodeThatHoldsIt() {
        AskedActions there = new AskedActions();
        Telephony telephony = new RoutedTelephony(Optional::empty, new OtherNodes(true, Optional.of(there)));

        telephony.originate("Local/1001@agents", "05321234567", "Açık Kapı");
        telephony.pause("Local/1001@agents", "", "Eğitim");
        telephony.unpause("Local/1001@agents", "");
        telephony.queueLogin("Local/1001@agents", "acikkapi");
        telephony.queueLogout("Local/1001@agents", "acikkapi");
        telephony.hangup("PJSIP/1001-00000001");
        TelephonyResult transfer = telephony.transfer("PJSIP/1001-00000001", "agents", "1002");

        assertEquals(TelephonyResult.ok("TRANSFER"), transfer);
        assertEquals(List.of(
                TelephonyAction.of(TelephonyAction.Verb.ORIGINATE, "Local/1001@agents", "05321234567", "Açık Kapı"),
                TelephonyAction.of(TelephonyAction.Verb.PAUSE, "Local/1001@agents", "", "Eğitim"),
                TelephonyAction.of(TelephonyAction.Verb.UNPAUSE, "Local/1001@agents", ""),
                TelephonyAction.of(TelephonyAction.Verb.QUEUE_LOGIN, "Local/1001@agents", "acikkapi"),
                TelephonyAction.of(TelephonyAction.Verb.QUEUE_LOGOUT, "Local/1001@agents", "acikkapi"),
                TelephonyAction.of(TelephonyAction.Verb.HANGUP, "PJSIP/1001-00000001"),
                TelephonyAction.of(TelephonyAction.Verb.TRANSFER, "PJSIP/1001-00000001", "agents", "1002")), there.asked);
    }

    @Test
    void whenNoNodeHoldsTheLinkTheAgentReadsWhyInTurkish() {
        Telephony telephony = new RoutedTelephony(Optional::empty, new OtherNodes(true, Optional.empty()));

        TelephonyResult result = telephony.originate("Local/1001@agents", "05321234567", "Açık Kapı");

        assertEquals(Optional.of(RoutedTelephony.NO_NODE_HOLDS_LINK), result.failureReason());
    }

    @Test
    void aServerAloneWithoutAPbxSaysSoAsBefore() {
        Telephony telephony = new RoutedTelephony(Optional::empty, new OtherNodes(false, Optional.empty()));

        assertEquals(Optional.of("Santral bağlantısı yapılandırılmadı (AMI_ENABLED=false)."),
                telephony.queueLogin("Local/1001@agents", "acikkapi").failureReason());
    }

    @Test
    void anActionWithTheWrongNumberOfArgumentsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TelephonyAction.of(TelephonyAction.Verb.HANGUP));
    }
}
