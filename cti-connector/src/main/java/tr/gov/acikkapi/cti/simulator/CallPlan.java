package tr.gov.acikkapi.cti.simulator;

import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/** How a simulated inbound call goes: whom the queue may ring, who answers, how long things take. */
final class CallPlan {

    /** Members to ring in this order (attempt i rings entry min(i, size-1)); empty means any free member. */
    List<String> order = List.of();
    /** Members the call may go to when {@link #order} is empty; empty means every member of the queue. */
    List<String> pool = List.of();
    /** True: never offered to anyone (all members "paused" for this call). */
    boolean noAgents;
    /** Whether the agent rung at attempt i answers. */
    IntPredicate answers = i -> true;
    Supplier<Duration> ring = () -> Scenario.RING;
    Supplier<Duration> talk = () -> Scenario.TALK;
    Duration noAnswerAfter = Duration.ofMillis(300);
    Duration retry = Duration.ofMillis(100);
    Duration joinDelay = Duration.ofMillis(20);
    /** The caller hangs up if still waiting after this long; null waits forever. */
    Duration patience;
    /** Blind-transfer target member interface after {@link #talkBeforeTransfer}; null for none. */
    String transferTo;
    Duration talkBeforeTransfer = Duration.ofMillis(300);
    /** Attended-transfer target member interface (consulted after {@link #talkBeforeTransfer}); null for none. */
    String attendedTo;
    /** How long the first agent consults the target before hanging up to complete the attended transfer. */
    Duration consult = Duration.ofMillis(300);
    /**
     * The order of the attended transfer's completion: true as in attended-transfer-merge-first.txt (the first
     * agent leaves the consult bridge after the merge), false as in attended-transfer.txt (before it).
     */
    boolean mergeFirst;
}
