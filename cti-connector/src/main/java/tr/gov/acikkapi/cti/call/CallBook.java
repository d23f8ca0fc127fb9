package tr.gov.acikkapi.cti.call;

import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.call.TrackedCall.Leg;
import tr.gov.acikkapi.cti.call.TrackedCall.LegState;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;
import tr.gov.acikkapi.cti.event.RingStopReason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one correlator knows (calls, members, who rings and who talks, what must be announced) and the small steps
 * every stage of a call takes on it: find the call of an event, offer it, stop a ring, free an agent, send an event.
 * Shared by the parts that follow a call's life ({@link QueueEntry}, {@link AgentLegs}, {@link Transfers},
 * {@link CallEnding}, {@link Resync}, {@link MemberStates}); owned by the correlator's single thread, except for the
 * channel index, which the console reads from any thread.
 */
final class CallBook {

    private static final Logger LOG = Logger.getLogger(CallBook.class);
    private static final int ENDED_CALLS_REMEMBERED = 20_000;
    /** Asterisk's AST_MAX_EXTENSION: no dialable number is longer. */
    private static final int MAX_NUMBER_LENGTH = 80;

    final String server;
    final AgentDirectory directory;
    final Clock clock;
    private final CtiEventListener listener;

    final Map<String, TrackedCall> calls = new HashMap<>();
    final Map<String, Boolean> endedCalls = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > ENDED_CALLS_REMEMBERED;
        }
    };
    final Map<String, MemberRecord> members = new LinkedHashMap<>();
    private final Map<String, Set<String>> ringingLegsByIface = new HashMap<>();
    private final Map<String, Set<String>> connectedCallsByIface = new HashMap<>();
    final Set<String> knownQueues = new TreeSet<>();
    final Set<String> dirtyQueues = new LinkedHashSet<>();
    final Set<String> dirtyIfaces = new LinkedHashSet<>();
    final Set<TrackedCall> touchedCalls = new LinkedHashSet<>();
    final Map<String, String[]> channelIndex = new ConcurrentHashMap<>();

    /** The number of the event being handled (counts every named event). */
    long seq;

    CallBook(String server, AgentDirectory directory, Clock clock, CtiEventListener listener) {
        this.server = server;
        this.directory = directory;
        this.clock = clock;
        this.listener = listener;
    }

    // ------------------------------------------------------------------ finding the call of an event

    /**
     * The call an event belongs to (by {@code Linkedid}), created on first sight; registers the event's
     * channel and destination channel and picks up the caller number. Null for events of calls that
     * already ended or without a Linkedid.
     */
    TrackedCall callOf(AmiMessage e) {
        String lid = e.text("Linkedid");
        TrackedCall c = lid.isEmpty() ? null : track(lid);
        if (c != null) {
            register(c, e.text("Uniqueid"), e.text("Channel"));
            if (c.callerNumber.isEmpty()) {
                realNumber(e.text("CallerIDNum")).ifPresent(n -> c.callerNumber = n);
            }
        }
        String destLid = e.text("DestLinkedid");
        String destUid = e.text("DestUniqueid");
        if (!destLid.isEmpty() && !destUid.isEmpty()) {
            TrackedCall d = destLid.equals(lid) ? c : track(destLid);
            if (d != null) {
                register(d, destUid, e.text("DestChannel"));
            }
        }
        return c;
    }

    private TrackedCall track(String linkedid) {
        if (endedCalls.containsKey(linkedid)) {
            return null;
        }
        TrackedCall c = calls.computeIfAbsent(linkedid, TrackedCall::new);
        c.lastSeq = seq;
        touchedCalls.add(c);
        return c;
    }

    private static void register(TrackedCall c, String uid, String channel) {
        if (!uid.isEmpty() && !c.hungUp.contains(uid)) {
            c.channels.putIfAbsent(uid, channel);
        }
    }

    /** The first of the given Linkedids that is a live call, or null. */
    TrackedCall liveCall(String... linkedids) {
        for (String lid : linkedids) {
            if (lid != null && !lid.isEmpty()) {
                TrackedCall c = calls.get(lid);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    Optional<String> linkedidOfChannel(String uid) {
        for (TrackedCall c : calls.values()) {
            if (c.channels.containsKey(uid)) {
                return Optional.of(c.linkedid);
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ steps every stage takes

    /** Announces the call as offered (once), for calls whose queue entry was not seen first. */
    void ensureOffered(TrackedCall c, String queue, Instant at) {
        if (c.offered) {
            return;
        }
        String q = queue == null || queue.isEmpty() ? "" : queue;
        c.cti = true;
        c.offered = true;
        c.firstQueue = q;
        c.enteredQueue = at;
        if (!q.isEmpty()) {
            knownQueues.add(q);
        }
        emit(new CallOffered(c.linkedid, c.callerNumber, q, at));
    }

    void stopLeg(TrackedCall c, Leg leg, RingStopReason reason) {
        leg.state = LegState.STOPPED;
        ringingOf(leg.iface).remove(legId(c, leg.key));
        dirtyIfaces.add(leg.iface);
        emit(new AgentRingStopped(agent(leg.iface), c.linkedid, reason));
    }

    void stopRinging(TrackedCall c, RingStopReason reason) {
        for (Leg leg : c.legs.values()) {
            if (leg.state == LegState.RINGING) {
                stopLeg(c, leg, reason);
            }
        }
    }

    void disconnectAgent(TrackedCall c, String iface) {
        if (iface != null) {
            connectedCallsOf(iface).remove(c.linkedid);
            dirtyIfaces.add(iface);
        }
    }

    void knownMember(String queue, String iface) {
        members.computeIfAbsent(memberKey(queue, iface), k -> new MemberRecord(queue, iface));
    }

    /** Publishes the channel names of the calls touched since the last refresh (before listeners hear of them). */
    void refreshChannelIndex() {
        if (touchedCalls.isEmpty()) {
            return;
        }
        for (TrackedCall c : touchedCalls) {
            if (c.cti && calls.get(c.linkedid) == c) {
                String caller = c.channels.get(c.queueChannelUniqueid != null ? c.queueChannelUniqueid : c.linkedid);
                if (caller == null) {
                    caller = c.channels.get(c.linkedid);
                }
                String agentChannel = null;
                for (Leg leg : c.legs.values()) {
                    if (leg.state == LegState.CONNECTED && leg.iface.equals(c.agentIface)) {
                        agentChannel = c.channels.get(leg.key);
                    }
                }
                channelIndex.put(c.linkedid, new String[] {caller, agentChannel});
            }
        }
    }

    void emit(CtiEvent event) {
        refreshChannelIndex();
        try {
            listener.onCtiEvent(event);
        } catch (RuntimeException e) {
            LOG.warnf(e, "CTI listener failed on %s", event.getClass().getSimpleName());
        }
    }

    // ------------------------------------------------------------------ agents' phones

    Leg findLeg(TrackedCall c, AmiMessage e, String iface) {
        String dest = e.text("DestUniqueid");
        if (!dest.isEmpty()) {
            Leg leg = c.legs.get(dest);
            if (leg != null) {
                return leg;
            }
        }
        Leg byIfaceKey = c.legs.get("iface:" + iface);
        if (byIfaceKey != null) {
            return byIfaceKey;
        }
        if (dest.isEmpty()) {
            for (Leg leg : c.legs.values()) {
                if (leg.iface.equals(iface) && (leg.state == LegState.RINGING || leg.state == LegState.CONNECTED)) {
                    return leg;
                }
            }
        }
        return null;
    }

    static String legKey(AmiMessage e, String iface) {
        String dest = e.text("DestUniqueid");
        return dest.isEmpty() ? "iface:" + iface : dest;
    }

    static String legId(TrackedCall c, String key) {
        return c.linkedid + '|' + key;
    }

    Set<String> ringingOf(String iface) {
        return ringingLegsByIface.computeIfAbsent(iface, k -> new HashSet<>());
    }

    Set<String> connectedCallsOf(String iface) {
        return connectedCallsByIface.computeIfAbsent(iface, k -> new HashSet<>());
    }

    /** Forgets every ring and every connected call (the PBX restarted). */
    void forgetPhones() {
        ringingLegsByIface.clear();
        connectedCallsByIface.clear();
    }

    Optional<String> interfaceForExtension(String exten, String context) {
        if (exten.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : List.of("Local/" + exten + "@" + context, "PJSIP/" + exten, "SIP/" + exten)) {
            if (directory.agentFor(candidate).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    String agent(String iface) {
        return directory.agentOrInterface(iface);
    }

    static String agentInterface(AmiMessage e) {
        return e.get("Interface").filter(s -> !s.isEmpty()).orElseGet(() -> e.text("AgentCalled"));
    }

    static String memberInterface(AmiMessage e) {
        return e.get("Interface").filter(s -> !s.isEmpty())
                .or(() -> e.get("Location").filter(s -> !s.isEmpty()))
                .orElseGet(() -> e.text("StateInterface"));
    }

    static String memberKey(String queue, String iface) {
        return queue + '\u0000' + iface;
    }

    // ------------------------------------------------------------------ values

    /**
     * The caller number if the field holds one. Longer than an Asterisk extension may be
     * ({@value #MAX_NUMBER_LENGTH} characters) is not a number but garbage or an attack through the
     * caller ID, and counts as unknown rather than being carried into pops and records.
     */
    static Optional<String> realNumber(String number) {
        String n = number == null ? "" : number.trim();
        if (n.isEmpty() || n.length() > MAX_NUMBER_LENGTH || n.equalsIgnoreCase("<unknown>")
                || n.equalsIgnoreCase("unknown") || n.equalsIgnoreCase("anonymous")) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    static void activity(TrackedCall c, Instant at) {
        if (c.lastActivityAt == null || at.isAfter(c.lastActivityAt)) {
            c.lastActivityAt = at;
        }
    }

    static long seconds(Instant from, Instant to) {
        if (from == null || to == null) {
            return 0;
        }
        return Math.max(0, Math.round(Duration.between(from, to).toMillis() / 1000.0));
    }

    static long durationSeconds(String hhmmss) {
        String[] parts = hhmmss.trim().split(":");
        long total = 0;
        try {
            for (String p : parts) {
                total = total * 60 + Long.parseLong(p.trim());
            }
        } catch (NumberFormatException e) {
            return 0;
        }
        return total;
    }
}
