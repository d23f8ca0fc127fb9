package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;

/**
 * The {@link Telephony} the console injects: the first configured PBX's actions, or, without any PBX, one that
 * answers every action with a failure saying so.
 */
@ApplicationScoped
public class TelephonyProducer {

    @Inject
    CtiRuntime runtime;

    @Produces
    Telephony telephony() {
        return runtime.telephony().orElse(NoPbx.INSTANCE);
    }

    /** Every action fails: no PBX is configured. */
    enum NoPbx implements Telephony {
        INSTANCE;

        private static TelephonyResult none() {
            return TelephonyResult.failed("Santral bağlantısı yapılandırılmadı (AMI_ENABLED=false).");
        }

        @Override
        public TelephonyResult originate(String agentInterface, String citizenNumber, String callerIdName) {
            return none();
        }

        @Override
        public TelephonyResult pause(String agentInterface, String queue, String reason) {
            return none();
        }

        @Override
        public TelephonyResult unpause(String agentInterface, String queue) {
            return none();
        }

        @Override
        public TelephonyResult queueLogin(String agentInterface, String queue) {
            return none();
        }

        @Override
        public TelephonyResult queueLogout(String agentInterface, String queue) {
            return none();
        }

        @Override
        public TelephonyResult hangup(String channel) {
            return none();
        }

        @Override
        public TelephonyResult transfer(String channel, String context, String exten) {
            return none();
        }
    }
}
