package tr.gov.acikkapi.cti.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Something the simulated PBX can be told to play. The factories use short timings so tests run fast;
 * each record's {@code with...} methods give longer, more realistic ones. Call scenarios run in the
 * default queue {@code acikkapi} and follow the event order of the recorded transcripts.
 */
public sealed interface Scenario {

    /** Short default ring time (answer comes after it). */
    Duration RING = Duration.ofMillis(150);
    /** Short default talk time. */
    Duration TALK = Duration.ofMillis(500);

    /** A citizen calls and the given member answers after ringing, talks, and the agent hangs up. */
    static Answered answered(String callerNumber, String agentInterface) {
        return new Answered(callerNumber, agentInterface, RING, TALK);
    }

    /** A citizen waits (offered to nobody, as if all members were paused) and hangs up. */
    static Abandoned abandoned(String callerNumber) {
        return new Abandoned(callerNumber, Duration.ofMillis(400));
    }

    /** The first member does not answer in time ({@code AgentRingNoAnswer}); the second one answers. */
    static RingNoAnswer ringNoAnswer(String callerNumber, String firstAgent, String secondAgent) {
        return new RingNoAnswer(callerNumber, firstAgent, secondAgent, Duration.ofMillis(300), RING, TALK);
    }

    /** The first member answers, then blind-transfers the citizen to the second one's extension. */
    static Transfer transfer(String callerNumber, String fromAgent, String toAgent) {
        return new Transfer(callerNumber, fromAgent, toAgent, Duration.ofMillis(300), Duration.ofMillis(300));
    }

    /**
     * The first member answers, consults the second one (an attended transfer, {@code Atxfer}) and hangs up to complete
     * it, as recorded in attended-transfer.txt ({@code mergeFirst} false: the first agent leaves before the bridges
     * merge) or attended-transfer-merge-first.txt ({@code mergeFirst} true); the second member then talks and hangs up.
     */
    static AttendedTransfer attendedTransfer(String callerNumber, String fromAgent, String toAgent, boolean mergeFirst) {
        return new AttendedTransfer(callerNumber, fromAgent, toAgent, Duration.ofMillis(300), Duration.ofMillis(300),
                Duration.ofMillis(300), mergeFirst);
    }

    /** A member takes a break with a reason ({@code QueuePause}) and comes back after it. */
    static Pause pauseUnpause(String agentInterface, String reason) {
        return new Pause(agentInterface, "acikkapi", reason, Duration.ofMillis(300));
    }

    /** A new dynamic member logs in to a queue ({@code QueueAdd}). */
    static AgentLogin agentLogin(String agentInterface) {
        return new AgentLogin(agentInterface, "acikkapi");
    }

    /** A dynamic member logs out of a queue ({@code QueueRemove}). */
    static AgentLogout agentLogout(String agentInterface) {
        return new AgentLogout(agentInterface, "acikkapi");
    }

    /** The PBX restarts: {@code Shutdown}, sockets closed, down for a while, back with new Uniqueids. */
    static PbxRestart pbxRestart() {
        return new PbxRestart(Duration.ofMillis(300));
    }

    /** See {@link #answered(String, String)}. */
    record Answered(String callerNumber, String agentInterface, Duration ring, Duration talk) implements Scenario {
        public Answered {
            Objects.requireNonNull(callerNumber, "callerNumber");
            Objects.requireNonNull(agentInterface, "agentInterface");
            Objects.requireNonNull(ring, "ring");
            Objects.requireNonNull(talk, "talk");
        }

        public Answered withTalk(Duration newTalk) {
            return new Answered(callerNumber, agentInterface, ring, newTalk);
        }

        public Answered withRing(Duration newRing) {
            return new Answered(callerNumber, agentInterface, newRing, talk);
        }
    }

    /** See {@link #abandoned(String)}. */
    record Abandoned(String callerNumber, Duration patience) implements Scenario {
        public Abandoned {
            Objects.requireNonNull(callerNumber, "callerNumber");
            Objects.requireNonNull(patience, "patience");
        }

        public Abandoned withPatience(Duration newPatience) {
            return new Abandoned(callerNumber, newPatience);
        }
    }

    /** See {@link #ringNoAnswer(String, String, String)}. */
    record RingNoAnswer(String callerNumber, String firstAgent, String secondAgent, Duration noAnswerAfter,
            Duration ring, Duration talk) implements Scenario {
        public RingNoAnswer {
            Objects.requireNonNull(callerNumber, "callerNumber");
            Objects.requireNonNull(firstAgent, "firstAgent");
            Objects.requireNonNull(secondAgent, "secondAgent");
            Objects.requireNonNull(noAnswerAfter, "noAnswerAfter");
            Objects.requireNonNull(ring, "ring");
            Objects.requireNonNull(talk, "talk");
        }
    }

    /** See {@link #transfer(String, String, String)}. */
    record Transfer(String callerNumber, String fromAgent, String toAgent, Duration talkBefore, Duration talkAfter)
            implements Scenario {
        public Transfer {
            Objects.requireNonNull(callerNumber, "callerNumber");
            Objects.requireNonNull(fromAgent, "fromAgent");
            Objects.requireNonNull(toAgent, "toAgent");
            Objects.requireNonNull(talkBefore, "talkBefore");
            Objects.requireNonNull(talkAfter, "talkAfter");
        }
    }

    /** See {@link #attendedTransfer(String, String, String, boolean)}. */
    record AttendedTransfer(String callerNumber, String fromAgent, String toAgent, Duration talkBefore, Duration consult,
            Duration talkAfter, boolean mergeFirst) implements Scenario {
        public AttendedTransfer {
            Objects.requireNonNull(callerNumber, "callerNumber");
            Objects.requireNonNull(fromAgent, "fromAgent");
            Objects.requireNonNull(toAgent, "toAgent");
            Objects.requireNonNull(talkBefore, "talkBefore");
            Objects.requireNonNull(consult, "consult");
            Objects.requireNonNull(talkAfter, "talkAfter");
        }
    }

    /** See {@link #pauseUnpause(String, String)}. */
    record Pause(String agentInterface, String queue, String reason, Duration breakLength) implements Scenario {
        public Pause {
            Objects.requireNonNull(agentInterface, "agentInterface");
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(breakLength, "breakLength");
        }
    }

    /** See {@link #agentLogin(String)}. */
    record AgentLogin(String agentInterface, String queue) implements Scenario {
        public AgentLogin {
            Objects.requireNonNull(agentInterface, "agentInterface");
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** See {@link #agentLogout(String)}. */
    record AgentLogout(String agentInterface, String queue) implements Scenario {
        public AgentLogout {
            Objects.requireNonNull(agentInterface, "agentInterface");
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** See {@link #pbxRestart()}. */
    record PbxRestart(Duration downtime) implements Scenario {
        public PbxRestart {
            Objects.requireNonNull(downtime, "downtime");
        }
    }
}
