package tr.gov.acikkapi.console.wallboard;

import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.PbxLinkChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The live state of the call center, folded from our CTI events: per queue who waits now and the day's counters,
 * per agent the state and the current caller, per PBX the link state.
 *
 * <p><strong>Counting once.</strong> Calls are identified by their linkedid; each stage of a call (offered, answered,
 * abandoned, ended) is counted once per linkedid, whatever repeats or late announcements arrive (a resync after a
 * lost link announces calls again that started unseen). {@link CallEnded} comes exactly once per call and completes
 * what the earlier events did not say (a call first seen when it ended). Waiting callers are not counted from
 * events at all: every {@link QueueSnapshot} replaces the queue's waiting list, so a resync cannot double them.
 *
 * <p><strong>The day.</strong> Counters cover the current day in Istanbul; at midnight they start again (calls of
 * the day before are remembered so that their late events are not counted into the new day). Waiting callers, agent
 * states and links are live state and carry over.
 *
 * <p>Thread-safe: events arrive on the PBX lanes, views are taken by page requests.
 */
public final class WallboardModel {

    private static final Comparator<String> TURKISH = Comparator.comparing(s -> s, Collator.getInstance(Locale.forLanguageTag("tr")));

    private final Clock clock;
    private final ZoneId zone;
    private final long serviceLevelSeconds;

    private LocalDate day;
    private Instant countingSince;
    private final Map<String, Call> calls = new HashMap<>();
    private Set<String> previousDaysCalls = Set.of();
    private final Map<String, Counters> counters = new TreeMap<>();
    private final Map<String, List<QueueSnapshot.WaitingCaller>> waiting = new TreeMap<>();
    private final Map<String, Agent> agents = new HashMap<>();
    /** Per phone interface, the agent it was last given to (its entry may since have moved to another phone). */
    private final Map<String, String> ownerOfPhone = new HashMap<>();
    private final Map<String, LinkFigures> links = new TreeMap<>();

    /**
     * @param clock               the time of snapshots and of the day boundary
     * @param zone                whose midnight starts the counters (Europe/Istanbul)
     * @param serviceLevelThreshold a call answered after at most this wait counts for the service level
     */
    public WallboardModel(Clock clock, ZoneId zone, Duration serviceLevelThreshold) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.serviceLevelSeconds = serviceLevelThreshold.toSeconds();
        this.countingSince = clock.instant();
        this.day = LocalDate.ofInstant(countingSince, zone);
    }

    /** The service-level threshold in seconds. */
    public long serviceLevelSeconds() {
        return serviceLevelSeconds;
    }

    /** Folds one event into the state. Unknown or irrelevant events change nothing. */
    public synchronized void apply(CtiEvent event) {
        rollOver();
        if (event instanceof CallOffered e) {
            offered(call(e.linkedid()), e.queue());
        } else if (event instanceof CallAnswered e) {
            answered(e.linkedid(), e.queue(), e.holdSeconds());
            Agent agent = agent(e.agent());
            agent.call = Optional.of(new Caller(e.linkedid(), e.callerNumber()));
            agent.ringing = Optional.empty();
        } else if (event instanceof CallAbandoned e) {
            abandoned(e.linkedid(), e.queue(), e.holdSeconds());
        } else if (event instanceof CallEnded e) {
            ended(e.summary());
        } else if (event instanceof AgentRinging e) {
            agent(e.agent()).ringing = Optional.of(new Caller(e.linkedid(), e.callerNumber()));
        } else if (event instanceof AgentRingStopped e) {
            Agent agent = agent(e.agent());
            if (agent.ringing.filter(c -> c.linkedid().equals(e.linkedid())).isPresent()) {
                agent.ringing = Optional.empty();
            }
        } else if (event instanceof CallTransferred e) {
            Agent from = agent(e.fromAgent());
            Optional<Caller> moving = from.call.filter(c -> c.linkedid().equals(e.linkedid()));
            from.call = from.call.filter(c -> !c.linkedid().equals(e.linkedid()));
            Agent to = agent(e.toAgent());
            to.call = Optional.of(moving.orElse(new Caller(e.linkedid(), "")));
        } else if (event instanceof AgentStateChanged e) {
            phone(e.agent(), e.iface()).member(e.queue(), e.state(), e.pauseReason(), e.at());
        } else if (event instanceof QueueSnapshot e) {
            snapshot(e);
        } else if (event instanceof PbxLinkChanged e) {
            LinkFigures before = links.get(e.server());
            Instant since = before != null && before.state() == e.state() ? before.since() : clock.instant();
            links.put(e.server(), new LinkFigures(e.server(), e.state(), e.detail(), since));
        }
    }

    /** A copy of the state now. */
    public synchronized WallboardView view() {
        rollOver();
        Instant now = clock.instant();
        Set<String> queueNames = new java.util.TreeSet<>(TURKISH);
        queueNames.addAll(counters.keySet());
        queueNames.addAll(waiting.keySet());
        List<QueueFigures> queues = new ArrayList<>();
        for (String queue : queueNames) {
            Counters c = counters.getOrDefault(queue, new Counters());
            List<QueueSnapshot.WaitingCaller> w = waiting.getOrDefault(queue, List.of());
            Optional<Instant> oldest = w.stream().map(QueueSnapshot.WaitingCaller::since).min(Comparator.naturalOrder());
            queues.add(new QueueFigures(queue, w.size(), oldest, c.offered, c.answered, c.answeredWithin, c.abandoned,
                    c.unanswered, c.waitTotal, c.talkTotal, c.talkCount));
        }
        List<AgentFigures> agentRows = agents.values().stream()
                .map(Agent::figures)
                .sorted(Comparator.comparing(AgentFigures::agent, TURKISH))
                .toList();
        return new WallboardView(now, countingSince, queues, agentRows, new ArrayList<>(links.values()));
    }

    // ------------------------------------------------------------------ calls

    private Call call(String linkedid) {
        return calls.computeIfAbsent(linkedid, id -> new Call());
    }

    private boolean fromAnotherDay(String linkedid) {
        return !calls.containsKey(linkedid) && previousDaysCalls.contains(linkedid);
    }

    private Counters counters(String queue) {
        return counters.computeIfAbsent(queue == null ? "" : queue, q -> new Counters());
    }

    private void offered(Call call, String queue) {
        if (call.offered) {
            return;
        }
        call.offered = true;
        call.queue = queue;
        counters(queue).offered++;
    }

    private void answered(String linkedid, String queue, long holdSeconds) {
        if (fromAnotherDay(linkedid)) {
            return;
        }
        Call call = call(linkedid);
        offered(call, queue);
        if (call.answered || call.abandoned) {
            return;
        }
        call.answered = true;
        Counters c = counters(call.queue);
        c.answered++;
        c.waitTotal += holdSeconds;
        if (holdSeconds <= serviceLevelSeconds) {
            c.answeredWithin++;
        }
    }

    private void abandoned(String linkedid, String queue, long holdSeconds) {
        if (fromAnotherDay(linkedid)) {
            return;
        }
        Call call = call(linkedid);
        offered(call, queue);
        if (call.answered || call.abandoned) {
            return;
        }
        call.abandoned = true;
        Counters c = counters(call.queue);
        c.abandoned++;
        c.waitTotal += holdSeconds;
    }

    private void ended(CallSummary summary) {
        summary.agent().ifPresent(name -> {
            Agent agent = agents.get(name);
            if (agent != null) {
                agent.call = agent.call.filter(c -> !c.linkedid().equals(summary.linkedid()));
                agent.ringing = agent.ringing.filter(c -> !c.linkedid().equals(summary.linkedid()));
            }
        });
        if (fromAnotherDay(summary.linkedid())) {
            return;
        }
        Call call = call(summary.linkedid());
        if (call.ended) {
            return;
        }
        call.ended = true;
        switch (summary.outcome()) {
            case ANSWERED -> {
                answered(summary.linkedid(), summary.queue(), summary.waitSeconds());
                Counters c = counters(call.queue);
                c.talkTotal += summary.talkSeconds();
                c.talkCount++;
            }
            case ABANDONED -> abandoned(summary.linkedid(), summary.queue(), summary.waitSeconds());
            case UNANSWERED -> {
                offered(call, summary.queue());
                counters(call.queue).unanswered++;
            }
            case LOST -> offered(call, summary.queue());
        }
    }

    // ------------------------------------------------------------------ agents and queues

    private Agent agent(String name) {
        return agents.computeIfAbsent(name, Agent::new);
    }

    /**
     * The agent of a queue member's phone. A phone is named by its interface until the connector knows its user;
     * once it names the user, the entry under the interface's name goes. The phone's last owner is found through
     * {@link #ownerOfPhone} rather than by looking at every agent: a queue snapshot names every member, and looking
     * at all agents for each of them cost the PBX's event lane 300 × 300 steps per snapshot with 300 agents
     * (docs/src/performance.md).
     */
    private Agent phone(String name, String iface) {
        String before = ownerOfPhone.put(iface, name);
        if (before != null && !before.equals(name)) {
            Agent other = agents.get(before);
            if (other != null && iface.equals(other.iface)) {
                agents.remove(before);
            }
        }
        Agent agent = agent(name);
        agent.iface = iface;
        return agent;
    }

    private void snapshot(QueueSnapshot snapshot) {
        waiting.put(snapshot.queue(), snapshot.waiting());
        Instant now = clock.instant();
        Set<String> present = new HashSet<>();
        for (QueueSnapshot.Member m : snapshot.members()) {
            present.add(m.agent());
            Agent known = agents.get(m.agent());
            boolean same = known != null && m.iface().equals(known.iface) && m.agent().equals(ownerOfPhone.get(m.iface()))
                    && known.unchangedBy(snapshot.queue(), m.state(), m.pauseReason());
            if (!same) {
                phone(m.agent(), m.iface()).member(snapshot.queue(), m.state(), m.pauseReason(), now);
            }
        }
        for (Agent agent : agents.values()) {
            if (!present.contains(agent.name) && agent.memberships.containsKey(snapshot.queue())) {
                agent.leave(snapshot.queue(), now);
            }
        }
        counters(snapshot.queue());
    }

    /** Starts the counters again when the day (in Istanbul) has changed. */
    private void rollOver() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!today.isAfter(day)) {
            return;
        }
        previousDaysCalls = new HashSet<>(calls.keySet());
        calls.clear();
        counters.replaceAll((queue, c) -> new Counters());
        day = today;
        countingSince = today.atStartOfDay(zone).toInstant();
    }

    /** One call's stages, each counted once. */
    private static final class Call {
        String queue;
        boolean offered;
        boolean answered;
        boolean abandoned;
        boolean ended;
    }

    /** A queue's counters for the day. */
    private static final class Counters {
        long offered;
        long answered;
        long answeredWithin;
        long abandoned;
        long unanswered;
        long waitTotal;
        long talkTotal;
        long talkCount;
    }

    /** A call as an agent has it. */
    private record Caller(String linkedid, String number) {
    }

    /** An agent's state in one queue. */
    private record Membership(AgentState state, Optional<String> pauseReason) {
    }

    /** One agent: states per queue, the shown state and since when, the current and ringing call. */
    private static final class Agent {
        private static final List<AgentState> PRECEDENCE = List.of(AgentState.BUSY, AgentState.RINGING, AgentState.READY,
                AgentState.PAUSED, AgentState.LOGGED_OUT);

        final String name;
        String iface;
        final Map<String, Membership> memberships = new TreeMap<>();
        AgentState shown = AgentState.LOGGED_OUT;
        Optional<String> shownReason = Optional.empty();
        Instant since = Instant.EPOCH;
        Optional<Caller> call = Optional.empty();
        Optional<Caller> ringing = Optional.empty();

        Agent(String name) {
            this.name = name;
        }

        void member(String queue, AgentState state, Optional<String> reason, Instant at) {
            memberships.put(queue, new Membership(state, reason));
            recompute(at);
        }

        /**
         * True if {@link #member} with these would change nothing: the same state in that queue, already shown since a
         * known time, and no ringing call that it would clear. A queue snapshot names every member, and under load
         * nearly all of them are as they were (docs/src/performance.md).
         */
        boolean unchangedBy(String queue, AgentState state, Optional<String> reason) {
            Membership now = memberships.get(queue);
            return now != null && now.state() == state && now.pauseReason().equals(reason) && !since.equals(Instant.EPOCH)
                    && (shown == AgentState.BUSY || shown == AgentState.RINGING || ringing.isEmpty());
        }

        void leave(String queue, Instant at) {
            memberships.remove(queue);
            recompute(at);
        }

        private void recompute(Instant at) {
            Membership top = memberships.values().stream()
                    .min(Comparator.comparingInt(m -> PRECEDENCE.indexOf(m.state())))
                    .orElse(new Membership(AgentState.LOGGED_OUT, Optional.empty()));
            if (top.state() != shown || !top.pauseReason().equals(shownReason) || since.equals(Instant.EPOCH)) {
                shown = top.state();
                shownReason = top.pauseReason();
                since = at;
            }
            if (shown != AgentState.BUSY && shown != AgentState.RINGING) {
                ringing = Optional.empty();
            }
        }

        AgentFigures figures() {
            Optional<String> number = switch (shown) {
                case RINGING -> ringing.or(() -> call).map(Caller::number);
                case BUSY -> call.or(() -> ringing).map(Caller::number);
                default -> Optional.empty();
            };
            return new AgentFigures(name, shown, shownReason, since, number.filter(n -> !n.isEmpty()),
                    new ArrayList<>(memberships.keySet()));
        }
    }
}
