package tr.gov.acikkapi.console.desk;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.console.health.DatabaseStatus;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;
import tr.gov.acikkapi.cti.event.WrapUpEnded;
import tr.gov.acikkapi.cti.runtime.CtiEventBus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The screen pop: keeps, per agent, the call that is ringing at or connected to that agent, and sends it to that
 * agent's open desk pages whenever it changes: a WebSocket message to that user only, which holds the whole pop
 * ({@link PopMessage}) for the page to draw by itself, with no request back. A ringing call pops with the caller's
 * citizens and their open applications; ring-no-answer or an answer elsewhere retracts it; a transfer moves it to
 * the new agent; hang-up leaves it for the wrap-up, and a call that rings before the wrap-up is done does not take it
 * away: the ended call stays on the desk beside the new one until its wrap-up is saved or its time runs out.
 *
 * <p>Showing citizens to an agent is an opening of their records: each is audited with the call's linkedid as reason,
 * all of one pop in one transaction, the one that reads them ({@link CallerRecords}). In a cluster every node builds
 * every agent's pop (the agent's desk may be open on any node, or move to another when its node stops), and the node
 * that holds the PBX link writes the audit entries, once per pop; the others only read.
 *
 * <p>The work of a pop (the caller lookup, the audit entries, the push) is done off the PBX's event lane, in order per
 * agent, on the managed executor: done on the lane, every pop waited for the one before it, whoever it was for, and
 * at 50 calls a second the lane fell seconds behind (docs/src/performance.md).
 *
 * <p>While the database is unreachable the call still pops, without the caller's records (they are neither looked up
 * nor shown unaudited); the pop does not even try while {@link DatabaseStatus} knows the database is down, so the
 * event lane does not wait for failing lookups.
 */
@ApplicationScoped
public class ScreenPopBoard {

    private static final Logger LOG = Logger.getLogger(ScreenPopBoard.class);
    /**
     * The most ended calls kept awaiting their wrap-up beside the current one. With the wrap-up pause only a direct or
     * transferred call can ring during a wrap-up, and the wrap-up's time limit takes the call off the desk; a queue
     * without a wrap-up could otherwise pile up every call of the day.
     */
    static final int AWAITING_KEPT = 5;

    private final Map<String, Pop> byAgent = new ConcurrentHashMap<>();
    /**
     * Per agent, the call the desk showed before the current one, while it may still be acted on: a call transferred
     * away while the agent was typing for it.
     */
    private final Map<String, Pop> previous = new ConcurrentHashMap<>();
    /**
     * Per agent, the ended calls whose wrap-up is still to be done while another call is the current one (it rang
     * during the wrap-up: a direct call, a transfer), oldest first, at most {@link #AWAITING_KEPT}. The desk shows them
     * beside the current call until the agent saves their disposition or their wrap-up time runs out
     * ({@link WrapUpEnded}).
     */
    private final Map<String, Map<String, Pop>> awaitingWrapUp = new ConcurrentHashMap<>();
    /** Per agent, held while a message is built and sent, so that the agent's pages get them in the order of seq. */
    private final Map<String, Object> sendLocks = new ConcurrentHashMap<>();
    private final long epoch = System.currentTimeMillis();
    private final AtomicLong seq = new AtomicLong();

    @Inject
    Lookups lookups;

    @Inject
    CallerRecords records;

    @Inject
    DatabaseStatus database;

    @Inject
    PopsPushed popsPushed;

    @Inject
    @Push(channel = "desk")
    PushContext desk;

    @Resource
    ManagedExecutorService executor;

    private final Clock clock = Clock.systemUTC();
    /** The last piece of work queued for each agent: the next one runs after it. */
    private final Map<String, CompletableFuture<Void>> agentLanes = new ConcurrentHashMap<>();

    @Inject
    CtiEventBus bus;

    private final CtiEventListener listener = new CtiEventListener() {
        @Override
        public void onCtiEvent(CtiEvent event) {
            ScreenPopBoard.this.onCtiEvent(event, true);
        }

        @Override
        public void onPeerEvent(CtiEvent event) {
            ScreenPopBoard.this.onCtiEvent(event, false);
        }
    };

    void subscribe(@Observes @Initialized(ApplicationScoped.class) Object started) {
        bus.subscribe(listener);
    }

    void unsubscribe(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        bus.unsubscribe(listener);
    }

    /**
     * Our CTI events, on the PBX's event lane: handed to the agent's own lane at once. {@code audited}: this node holds
     * the PBX link that sent the event, and so writes the audit entries of the citizens the pop shows; the other nodes
     * of a cluster build the same pop for the agent's desk pages they serve without auditing it again.
     */
    void onCtiEvent(CtiEvent event, boolean audited) {
        agentOf(event).ifPresent(agent -> onAgentLane(agent, () -> handle(event, audited)));
    }

    private static Optional<String> agentOf(CtiEvent event) {
        if (event instanceof AgentRinging e) {
            return Optional.of(e.agent());
        } else if (event instanceof AgentRingStopped e) {
            return Optional.of(e.agent());
        } else if (event instanceof CallAnswered e) {
            return Optional.of(e.agent());
        } else if (event instanceof CallTransferred e) {
            return Optional.of(e.fromAgent());
        } else if (event instanceof CallEnded e) {
            return e.summary().agent();
        } else if (event instanceof WrapUpEnded e) {
            return Optional.of(e.agent());
        }
        return Optional.empty();
    }

    /** Runs {@code work} after everything queued before for this agent, on the managed executor. */
    private void onAgentLane(String agent, Runnable work) {
        agentLanes.compute(agent, (a, tail) -> (tail == null ? CompletableFuture.<Void>completedFuture(null)
                : tail.exceptionally(failure -> null)).thenRunAsync(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "Screen pop update for agent %s failed", a);
                    }
                }, executor));
    }

    void handle(CtiEvent event, boolean audited) {
        if (event instanceof AgentRinging e) {
            onRinging(e, audited);
        } else if (event instanceof AgentRingStopped e) {
            onRingStopped(e);
        } else if (event instanceof CallAnswered e) {
            onAnswered(e, audited);
        } else if (event instanceof CallTransferred e) {
            onTransferred(e, audited);
        } else if (event instanceof CallEnded e) {
            onEnded(e);
        } else if (event instanceof WrapUpEnded e) {
            clear(e.agent(), e.linkedid());
        }
    }

    /**
     * A desk page's socket opened, or reopened after a lost connection: greet that user's desk pages with their pop.
     * Faces' push script tells a page nothing when it reconnects by itself; the greeting tells it the connection is
     * back, and brings what changed meanwhile.
     */
    void onSocketOpened(@Observes @WebsocketEvent.Opened WebsocketEvent opened) {
        if ("desk".equals(opened.getChannel()) && opened.getUser() instanceof String user) {
            send(user, true);
        }
    }

    /**
     * Reads the citizens and open applications of the agent's current call again, after the agent registered an
     * application or changed one's status during the call, so that the pop shows them at once. Citizens new to the
     * pop (a caller registered as a new citizen) are audited like those found at ring time. Returns the updated pop.
     */
    public Optional<Pop> reread(String agent) {
        Pop current = byAgent.get(agent);
        if (current == null) {
            return Optional.empty();
        }
        List<CitizenOverview> citizens = current.phoneE164().flatMap(PhoneNumber::tryParse).map(lookups::byPhone)
                .orElse(List.of());
        List<Long> known = current.citizens().stream().map(c -> c.citizen().id()).toList();
        records.audit(citizens.stream().filter(c -> !known.contains(c.citizen().id())).toList(), agent, current.linkedid());
        Pop updated = byAgent.computeIfPresent(agent, (a, pop) -> pop.linkedid().equals(current.linkedid())
                ? pop.withCitizens(citizens) : pop);
        notify(agent);
        return Optional.ofNullable(updated);
    }

    /** The call this agent currently sees, if any. */
    public Optional<Pop> of(String agent) {
        return Optional.ofNullable(byAgent.get(agent));
    }

    /**
     * The call {@code linkedid} as this agent's desk showed it: the current one, or the one just before it (an ended
     * call awaiting its wrap-up when the next one rang, a call transferred away). Empty for any other call: a page's
     * request names the call it shows, and is acted on only if that call is the agent's.
     */
    public Optional<Pop> shown(String agent, String linkedid) {
        if (linkedid == null || linkedid.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byAgent.get(agent)).filter(p -> p.linkedid().equals(linkedid))
                .or(() -> Optional.ofNullable(awaitingWrapUp.getOrDefault(agent, Map.of()).get(linkedid)))
                .or(() -> Optional.ofNullable(previous.get(agent)).filter(p -> p.linkedid().equals(linkedid)));
    }

    /** The ended calls of this agent still awaiting their wrap-up while another call is the current one, oldest first. */
    public List<Pop> awaitingWrapUp(String agent) {
        Map<String, Pop> awaiting = awaitingWrapUp.get(agent);
        if (awaiting == null) {
            return List.of();
        }
        synchronized (awaiting) {
            return new ArrayList<>(awaiting.values());
        }
    }

    /** The agent's pop as the desk page draws it, for a page that loads or polls (stamped with the latest seq). */
    public String message(String agent) {
        synchronized (sendLock(agent)) {
            return PopMessage.of(of(agent), awaitingWrapUp(agent), epoch, seq.get(), false, clock.instant());
        }
    }

    /**
     * The wrap-up of the call is done (the agent saved it, or its time ran out): the desk is free for the next call, or
     * shows only the current one.
     */
    public void clear(String agent, String linkedid) {
        previous.computeIfPresent(agent, (a, pop) -> pop.linkedid().equals(linkedid) ? null : pop);
        boolean wasAwaiting = false;
        Map<String, Pop> awaiting = awaitingWrapUp.get(agent);
        if (awaiting != null) {
            synchronized (awaiting) {
                wasAwaiting = awaiting.remove(linkedid) != null;
            }
        }
        if (byAgent.computeIfPresent(agent, (a, pop) -> pop.linkedid().equals(linkedid) ? null : pop) == null
                || wasAwaiting) {
            notify(agent);
        }
    }

    void onRinging(AgentRinging ringing, boolean audited) {
        try {
            Pop pop = newPop(ringing.linkedid(), ringing.callerNumber(), ringing.queue(), ringing.agent(), audited);
            remember(ringing.agent(), byAgent.put(ringing.agent(), pop));
            notify(ringing.agent());
            popsPushed.pushed(ringing.at());
            LOG.infof("Screen pop for agent %s, call %s: %d citizen(s)", ringing.agent(), ringing.linkedid(),
                    pop.citizens().size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Screen pop for agent %s (call %s) failed", ringing.agent(), ringing.linkedid());
        }
    }

    void onRingStopped(AgentRingStopped stopped) {
        Pop removed = byAgent.computeIfPresent(stopped.agent(),
                (agent, pop) -> pop.linkedid().equals(stopped.linkedid()) && pop.state() == Pop.State.RINGING ? null : pop);
        if (removed == null) {
            notify(stopped.agent());
        }
    }

    void onAnswered(CallAnswered answered, boolean audited) {
        Pop pop = byAgent.get(answered.agent());
        if (pop == null || !pop.linkedid().equals(answered.linkedid())) {
            pop = newPop(answered.linkedid(), answered.callerNumber(), answered.queue(), answered.agent(), audited);
        }
        if (pop.state() == Pop.State.CONNECTED) {
            return;
        }
        remember(answered.agent(), byAgent.put(answered.agent(), pop.connected(answered.at())));
        notify(answered.agent());
    }

    void onTransferred(CallTransferred transferred, boolean audited) {
        Pop pop = byAgent.get(transferred.fromAgent());
        if (pop == null || !pop.linkedid().equals(transferred.linkedid())) {
            return;
        }
        if (byAgent.remove(transferred.fromAgent(), pop)) {
            remember(transferred.fromAgent(), pop);
        }
        notify(transferred.fromAgent());
        if (audited) {
            records.audit(pop.citizens(), transferred.toAgent(), pop.linkedid());
        }
        remember(transferred.toAgent(), byAgent.put(transferred.toAgent(), pop.connected(transferred.at())));
        notify(transferred.toAgent());
    }

    void onEnded(CallEnded ended) {
        ended.summary().agent().ifPresent(agent -> {
            Pop before = byAgent.get(agent);
            if (before == null || !before.linkedid().equals(ended.linkedid()) || before.state() == Pop.State.ENDED) {
                return;
            }
            Pop updated = byAgent.computeIfPresent(agent, (a, pop) -> pop.linkedid().equals(ended.linkedid())
                    ? (pop.state() == Pop.State.RINGING ? null : pop.ended(ended.summary().ended())) : pop);
            notify(agent);
            if (updated == null) {
                LOG.debugf("Call %s ended while still ringing at %s", ended.linkedid(), agent);
            }
        });
    }

    private Pop newPop(String linkedid, String callerNumber, String queue, String agent, boolean audited) {
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(callerNumber);
        List<CitizenOverview> citizens;
        try {
            citizens = database.isDegraded() || phone.isEmpty() ? List.of()
                    : audited ? records.showTo(agent, phone.get(), linkedid) : lookups.byPhone(phone.get());
        } catch (RuntimeException e) {
            LOG.warnf("Call %s pops at %s without the caller's records (lookup or audit failed: %s)", linkedid, agent,
                    e.getMessage());
            citizens = List.of();
        }
        return new Pop("", linkedid, callerNumber, phone.map(PhoneNumber::e164), queue, Pop.State.RINGING, citizens,
                clock.instant(), Optional.empty(), Optional.empty());
    }

    /**
     * A pop that was answered and is now replaced keeps being one of the agent's {@link #shown} calls: an ended one
     * until its wrap-up is done, another one until the next one replaces it.
     */
    private void remember(String agent, Pop replaced) {
        if (replaced == null || replaced.state() == Pop.State.RINGING) {
            return;
        }
        if (replaced.state() == Pop.State.ENDED) {
            Map<String, Pop> awaiting = awaitingWrapUp.computeIfAbsent(agent, a -> new LinkedHashMap<>());
            synchronized (awaiting) {
                awaiting.put(replaced.linkedid(), replaced);
                if (awaiting.size() > AWAITING_KEPT) {
                    String oldest = awaiting.keySet().iterator().next();
                    awaiting.remove(oldest);
                    LOG.infof("Agent %s has more than %d calls awaiting their wrap-up: call %s leaves the desk", agent,
                            AWAITING_KEPT, oldest);
                }
            }
        } else {
            previous.put(agent, replaced);
        }
    }

    private void notify(String agent) {
        send(agent, false);
    }

    /**
     * Sends the agent's current pop to the agent's desk pages. Built and sent under the agent's lock, with seq taken
     * there: a message with a higher seq always holds a state at least as new.
     */
    private void send(String agent, boolean greeting) {
        synchronized (sendLock(agent)) {
            desk.send(PopMessage.tree(of(agent), awaitingWrapUp(agent), epoch, seq.incrementAndGet(), greeting,
                    clock.instant()), agent);
        }
    }

    private Object sendLock(String agent) {
        return sendLocks.computeIfAbsent(agent, a -> new Object());
    }
}
