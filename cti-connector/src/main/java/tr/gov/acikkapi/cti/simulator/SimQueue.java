package tr.gov.acikkapi.cti.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A simulated queue: members in order, waiting callers in order, cumulative counters. */
final class SimQueue {

    final String name;
    final String strategy;
    final Map<String, SimMember> members = new LinkedHashMap<>();
    final List<SimCall> waiting = new ArrayList<>();
    int completed;
    int abandoned;
    long holdTotal;
    long talkTotal;
    String lastServed = "";
    /** queues.conf {@code wrapuptime}: after a queue call completes, its member is offered no call of this queue for so long. */
    Duration wrapUpTime = Duration.ZERO;

    SimQueue(String name, String strategy) {
        this.name = name;
        this.strategy = strategy;
    }

    int averageHold() {
        int n = completed + abandoned;
        return n == 0 ? 0 : (int) (holdTotal / n);
    }

    int averageTalk() {
        return completed == 0 ? 0 : (int) (talkTotal / completed);
    }
}
