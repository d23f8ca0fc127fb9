package tr.gov.acikkapi.cti.wrapup;

import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;
import tr.gov.acikkapi.cti.ami.SerialLane;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.event.WrapUpEnded;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The wrap-up periods of the agents: when an answered call ends, its agent's phone is paused in every queue with the
 * reason {@value #PAUSE_REASON}, so that the queue offers it no call while the agent writes down how the call ended.
 * The pause ends when the agent saves the disposition ({@link #finish}), or when the queue's {@link WrapUpPolicy}
 * maximum runs out: then the policy's default disposition is written for the call (only if it has none) and a
 * {@link WrapUpEnded} tells the desk. An agent with several wrap-ups pending (a direct call ended during one) stays
 * paused until the last one is done.
 *
 * <p>The pause is Asterisk's own (QueuePause with a reason), so the PBX, its queue log and the wallboard all see it.
 * It lives on in Asterisk when this server does not: after a restart or a lost link a member reported paused with
 * the wrap-up reason while no wrap-up of its agent is pending here is unpaused, whatever event reports it (a state
 * change or the queue picture after a resync). A member paused with another reason (the agent took a break during
 * the wrap-up) is left paused when the wrap-up ends.
 *
 * <p>Events come in on the PBX's event lane ({@link #onEvent}); nothing there waits for the PBX or the database. The
 * policy is read, and the pause and unpause sent, on {@code actions}, in order per phone. Thread-safe.
 */
public final class WrapUpPeriods {

    /** The reason of the pause, as Asterisk reports it in QueueMemberPause and QueueStatus. */
    public static final String PAUSE_REASON = "wrap-up";

    private static final Logger LOG = Logger.getLogger(WrapUpPeriods.class);

    /** The wrap-up policy of a queue; may block (a database read), asked off the PBX's lane. */
    @FunctionalInterface
    public interface Policies {
        WrapUpPolicy of(String queue);
    }

    /** Writes the default disposition of a call whose wrap-up time ran out, if it has none. */
    @FunctionalInterface
    public interface DefaultDispositions {
        void write(String server, String linkedid, String code);
    }

    /** Runs a task once after a delay; the returned action cancels it. */
    @FunctionalInterface
    public interface Timers {
        Runnable after(Duration delay, Runnable task);
    }

    /** One pending wrap-up. Its mutable fields are guarded by the {@link WrapUpPeriods}' lock. */
    private static final class Pending {
        final String server;
        final String linkedid;
        final String agent;
        final String iface;
        final String queue;
        WrapUpPolicy policy;
        Instant deadline;
        Runnable cancelTimer;

        Pending(CallSummary call, String agent, String iface) {
            this.server = call.server();
            this.linkedid = call.linkedid();
            this.agent = agent;
            this.iface = iface;
            this.queue = call.queue();
        }
    }

    private final Telephony telephony;
    private final Policies policies;
    private final DefaultDispositions defaults;
    private final Timers timers;
    private final Executor actions;
    private final Consumer<WrapUpEnded> ended;
    private final Clock clock;

    /** Pending wrap-ups by agent, then linkedid. Guarded by {@code this}. */
    private final Map<String, Map<String, Pending>> pending = new HashMap<>();
    private final Map<String, String> phoneOfAgent = new ConcurrentHashMap<>();
    /** Per phone, the pause reason last reported, as long as the phone was not reported ready since. */
    private final Map<String, String> pauseReasonOfPhone = new ConcurrentHashMap<>();
    /** Phones whose leftover wrap-up pause is being lifted, so that a burst of reports sends one unpause. */
    private final Set<String> lifting = ConcurrentHashMap.newKeySet();
    private final Map<String, SerialLane> phoneLanes = new ConcurrentHashMap<>();

    /**
     * @param telephony pauses and unpauses the phones
     * @param policies  each queue's wrap-up
     * @param defaults  writes the default disposition (through the outbox)
     * @param timers    the wrap-up maximum
     * @param actions   where the policy is read and the PBX is asked (never the PBX's event lane)
     * @param ended     told when a wrap-up's time ran out (on a timer thread)
     */
    public WrapUpPeriods(Telephony telephony, Policies policies, DefaultDispositions defaults, Timers timers,
            Executor actions, Consumer<WrapUpEnded> ended, Clock clock) {
        this.telephony = Objects.requireNonNull(telephony, "telephony");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.ended = Objects.requireNonNull(ended, "ended");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One of our CTI events, on the PBX's event lane. */
    public void onEvent(CtiEvent event) {
        if (event instanceof CallEnded e) {
            onEnded(e.summary());
        } else if (event instanceof AgentStateChanged e) {
            onMember(e.agent(), e.iface(), e.state(), e.pauseReason());
        } else if (event instanceof QueueSnapshot e) {
            e.members().forEach(m -> onMember(m.agent(), m.iface(), m.state(), m.pauseReason()));
        }
    }

    /**
     * The agent saved the wrap-up of {@code linkedid}: its timer stops and, if no other wrap-up of the agent is
     * pending, the phone is offered calls again. False if no such wrap-up was pending (none for the queue, already
     * ended by its time, or another server's).
     */
    public boolean finish(String agent, String linkedid) {
        Pending done;
        synchronized (this) {
            done = remove(agent, linkedid);
            if (done == null) {
                return false;
            }
            if (done.cancelTimer != null) {
                done.cancelTimer.run();
            }
        }
        LOG.debugf("Wrap-up of call %s saved by %s", linkedid, agent);
        release(done);
        return true;
    }

    /** When the wrap-up of {@code linkedid} ends at the latest, if it is pending with a time limit. */
    public synchronized Optional<Instant> deadline(String agent, String linkedid) {
        return Optional.ofNullable(pending.getOrDefault(agent, Map.of()).get(linkedid)).map(p -> p.deadline);
    }

    /** Whether a wrap-up of the agent is pending. */
    public synchronized boolean pending(String agent) {
        return !pending.getOrDefault(agent, Map.of()).isEmpty();
    }

    private void onEnded(CallSummary call) {
        if (call.outcome() != CallOutcome.ANSWERED || call.agent().isEmpty()) {
            return;
        }
        String agent = call.agent().get();
        String iface = phoneOfAgent.getOrDefault(agent, agent.contains("/") ? agent : "");
        if (iface.isEmpty()) {
            LOG.warnf("Call %s ended, but the phone of agent %s is not known: no wrap-up pause", call.linkedid(), agent);
            return;
        }
        Pending p = new Pending(call, agent, iface);
        synchronized (this) {
            pending.computeIfAbsent(agent, a -> new HashMap<>()).put(call.linkedid(), p);
        }
        onPhoneLane(iface, () -> begin(p));
    }

    private void begin(Pending p) {
        WrapUpPolicy policy = policies.of(p.queue);
        synchronized (this) {
            if (pending.getOrDefault(p.agent, Map.of()).get(p.linkedid) != p) {
                return;
            }
            if (!policy.active()) {
                remove(p.agent, p.linkedid);
                return;
            }
            p.policy = policy;
            p.deadline = clock.instant().plus(policy.maximum());
            p.cancelTimer = timers.after(policy.maximum(), () -> expire(p));
        }
        TelephonyResult paused = telephony.pause(p.iface, "", PAUSE_REASON);
        if (paused.success()) {
            LOG.debugf("Wrap-up of call %s: %s paused for at most %s", p.linkedid, p.iface, policy.maximum());
        } else {
            LOG.warnf("Wrap-up of call %s: %s could not be paused (%s); it may be offered calls meanwhile", p.linkedid,
                    p.iface, paused.message());
        }
    }

    private void expire(Pending p) {
        synchronized (this) {
            if (pending.getOrDefault(p.agent, Map.of()).get(p.linkedid) != p) {
                return;
            }
            remove(p.agent, p.linkedid);
        }
        LOG.infof("Wrap-up of call %s by %s ran out after %s: disposition %s", p.linkedid, p.agent,
                p.policy.maximum(), p.policy.defaultDisposition());
        try {
            defaults.write(p.server, p.linkedid, p.policy.defaultDisposition());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Default disposition of call %s could be neither written nor journaled", p.linkedid);
        }
        try {
            ended.accept(new WrapUpEnded(p.agent, p.linkedid, p.policy.defaultDisposition(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "The desk could not be told that the wrap-up of call %s ran out", p.linkedid);
        }
        release(p);
    }

    /** Unpauses the phone unless another wrap-up of the agent is pending or the agent paused for another reason. */
    private void release(Pending p) {
        synchronized (this) {
            if (!pending.getOrDefault(p.agent, Map.of()).isEmpty()) {
                return;
            }
        }
        onPhoneLane(p.iface, () -> {
            String reason = pauseReasonOfPhone.getOrDefault(p.iface, PAUSE_REASON);
            if (!reason.isEmpty() && !reason.equals(PAUSE_REASON)) {
                LOG.debugf("Wrap-up of %s ended; the phone stays paused (%s)", p.iface, reason);
                return;
            }
            unpause(p.iface);
        });
    }

    private void onMember(String agent, String iface, AgentState state, Optional<String> reason) {
        phoneOfAgent.put(agent, iface);
        if (state == AgentState.PAUSED) {
            pauseReasonOfPhone.put(iface, reason.orElse(""));
        } else if (state == AgentState.READY || state == AgentState.LOGGED_OUT) {
            pauseReasonOfPhone.remove(iface);
        }
        if (state != AgentState.PAUSED || !reason.filter(PAUSE_REASON::equals).isPresent() || pending(agent)
                || !lifting.add(iface)) {
            return;
        }
        LOG.infof("%s is paused for a wrap-up that is no longer pending here (server restart or lost link): unpausing",
                iface);
        onPhoneLane(iface, () -> {
            try {
                if (!pending(agent)) {
                    unpause(iface);
                }
            } finally {
                lifting.remove(iface);
            }
        });
    }

    private void unpause(String iface) {
        TelephonyResult result = telephony.unpause(iface, "");
        if (!result.success()) {
            LOG.warnf("%s could not be unpaused after its wrap-up (%s); it is unpaused when the PBX reports it again",
                    iface, result.message());
        }
    }

    private Pending remove(String agent, String linkedid) {
        Map<String, Pending> ofAgent = pending.get(agent);
        if (ofAgent == null) {
            return null;
        }
        Pending removed = ofAgent.remove(linkedid);
        if (ofAgent.isEmpty()) {
            pending.remove(agent);
        }
        return removed;
    }

    /** Runs {@code work} after everything queued before for this phone, on {@link #actions}. */
    private void onPhoneLane(String iface, Runnable work) {
        phoneLanes.computeIfAbsent(iface, phone -> new SerialLane(actions)).execute(work);
    }
}
