package tr.gov.acikkapi.cti.simulator;

import java.util.ArrayList;
import java.util.List;

/** A basic two-party bridge of the simulated PBX. */
final class SimBridge {

    final String id;
    final List<SimChannel> channels = new ArrayList<>();

    SimBridge(String id) {
        this.id = id;
    }
}
