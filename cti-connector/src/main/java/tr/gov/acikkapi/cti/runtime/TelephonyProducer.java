package tr.gov.acikkapi.cti.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.cluster.ClusterRelay;
import tr.gov.acikkapi.cti.cluster.RoutedTelephony;

/**
 * The {@link Telephony} the console injects: the first configured PBX's actions on this node while it holds the
 * link, on the node that holds it otherwise ({@link RoutedTelephony}); without any PBX, every action fails saying so.
 */
@ApplicationScoped
public class TelephonyProducer {

    @Inject
    CtiRuntime runtime;

    @Inject
    ClusterRelay relay;

    @Produces
    Telephony telephony() {
        return new RoutedTelephony(runtime::telephony, relay);
    }
}
