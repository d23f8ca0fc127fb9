package tr.gov.acikkapi.cti.call;

import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiEventHandler;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;
import tr.gov.acikkapi.cti.call.TrackedCall.Leg;
import tr.gov.acikkapi.cti.call.TrackedCall.LegState;
import tr.gov.acikkapi.cti.event.AgentRingStopped;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.event.RingStopReason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the AMI event stream of one PBX server into our {@link CtiEvent}s: which citizen waits in
 * which queue, whose phone rings, who answered, who has the call after a transfer, how the call ended,
 * and what every queue member is doing.
 *
 * <h2>Input: neutral {@link AmiMessage}s, not asterisk-java events</h2>
 * The correlator reads events in the PBX's own vocabulary (field names as in Asterisk's documentation
 * and in the recorded transcripts) rather than asterisk-java's {@code ManagerEvent} classes. One
 * reason is testability: the correlator is fed the same way from the live link, from transcript
 * replays and from hand-written cases. The other is robustness: asterisk-java names the same AMI
 * field differently from class to class ({@code getLinkedid}, {@code getLinkedId}), drops fields it has
 * no setter for, and adds synthetic events; {@link tr.gov.acikkapi.cti.ami.ManagerEventTranslator}
 * absorbs that in one place, and nothing here depends on asterisk-java.
 *
 * <h2>Correlation</h2>
 * A call is a Linkedid; its channels are Uniqueids, added by any event that names them and removed by
 * {@code Hangup}. A call becomes a CTI call when it joins a queue ({@code QueueCallerJoin}, or an
 * agent event implying it). The caller number is the first real {@code CallerIDNum} seen on the call
 * ({@code Newchannel} carries {@code <unknown>}). Agent legs are keyed by the agent channel's Uniqueid
 * ({@code DestUniqueid} of {@code AgentCalled}). A CTI call ends, with exactly one {@link CallEnded},
 * when the citizen abandons, when its last channel hangs up, when a resync no longer finds it
 * ({@code endedWhileLinkDown}), or at a PBX {@code Shutdown}. {@code AgentComplete} closes an agent's
 * part (talk time) but not the call: a redirected or blind-transferred citizen goes on talking.
 * Duplicated and re-ordered events are absorbed by per-call state (each stage is announced once, late
 * stages imply earlier ones, stale joins are recognised by their timestamps); events for a call that
 * already ended are ignored.
 *
 * <h2>Threading</h2>
 * <strong>Not thread-safe, by design:</strong> all methods must be called from one thread at a time,
 * with happens-before between calls (a single-thread executor, or the serial lane of an
 * {@link tr.gov.acikkapi.cti.ami.AmiLink}, which runs the correlator of its server). Listener calls
 * happen on that same thread, in order. One correlator per PBX server. The only exceptions are
 * {@link #callerChannel(String)} and {@link #agentChannel(String)}, which read a concurrent index and
 * may be called from any thread (the console needs channel names for hangup and transfer).
 */
public final class CallCorrelator implements AmiEventHandler {

    private static final Logger LOG = Logger.getLogger(CallCorrelator.class);
    private static final int ENDED_CALLS_REMEMBERED = 20_000;
    private static final int ASTERISK_CAUSE_ANSWERED_ELSEWHERE = 26;
    /** The longest a dirty queue picture is held back while events keep coming (see {@link #onEvent(AmiMessage, boolean)}). */
    private static final long SNAPSHOT_HOLD_NANOS = Duration.ofMillis(250).toNanos();
    /** Asterisk's AST_MAX_EXTENSION: no dialable number is longer. */
    private static final int MAX_NUMBER_LENGTH = 80;

    private final String server;
    private final AgentDirectory directory;
    private final Clock clock;
    private final CtiEventListener listener;

    private final Map<String, TrackedCall> calls = new HashMap<>();
    private final Map<String, Boolean> endedCalls = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > ENDED_CALLS_REMEMBERED;
        }
    };
    private final Map<String, MemberRecord> members = new LinkedHashMap<>();
    private final Map<String, Set<String>> ringingLegsByIface = new HashMap<>();
    private final Map<String, Set<String>> connectedCallsByIface = new HashMap<>();
    private final Set<String> knownQueues = new TreeSet<>();
    private final Set<String> dirtyQueues = new LinkedHashSet<>();
    private final Set<String> dirtyIfaces = new LinkedHashSet<>();
    private final Set<TrackedCall> touchedCalls = new LinkedHashSet<>();
    private final Map<String, String[]> channelIndex = new ConcurrentHashMap<>();

    private long seq;
    /** When the last queue pictures went out (nanoTime), for the longest hold under a lane that is never drained. */
    private long snapshotsSentAt = System.nanoTime();
    private long resyncMark = -1;
    private Instant linkDownAt;

    /**
     * @param server    the PBX server's configured name (goes into every {@link CallSummary})
     * @param directory resolves interfaces to our user names
     * @param clock     for events without a {@code Timestamp} and for resync estimates
     * @param listener  receives our events, on the caller's thread
     */
    public CallCorrelator(String server, AgentDirectory directory, Clock clock, CtiEventListener listener) {
        this.server = Objects.requireNonNull(server, "server");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The PBX server this correlator follows. */
    public String server() {
        return server;
    }

    @Override
    public void onEvent(AmiMessage event) {
        onEvent(event, false);
    }

    /**
     * An event, with more already waiting on the lane: the queue pictures ({@link QueueSnapshot}) it makes dirty are
     * held back until the lane is drained (or for at most {@link #SNAPSHOT_HOLD_NANOS}), since the next events would
     * replace them at once. Under load a queue's whole picture (every member, every waiting caller) was built and sent
     * after every event of every call; it took most of the lane's time, and the lane's delay is the delay of every
     * screen pop (docs/src/performance.md). The call and agent events themselves are never held back.
     */
    @Override
    public void onEvent(AmiMessage event, boolean moreQueued) {
        Optional<String> name = event.eventName();
        if (name.isEmpty()) {
            if (!moreQueued) {
                flush(clock.instant(), false); // the last of a burst sends what the burst held back
            }
            return;
        }
        seq++;
        Instant at = event.timestamp().orElseGet(clock::instant);
        try {
            dispatch(name.get().toLowerCase(Locale.ROOT), event, at);
        } catch (RuntimeException e) {
            LOG.warnf(e, "AMI event %s could not be correlated and was skipped", name.get());
        }
        flush(at, moreQueued);
    }

    @Override
    public void onLinkUp() {
        resyncMark = seq;
    }

    @Override
    public void onLinkDown() {
        if (linkDownAt == null) {
            linkDownAt = clock.instant();
        }
        flush(clock.instant(), false);
    }

    /**
     * Rebuilds queues, members, waiting callers and live calls from the PBX's own report. Calls and
     * members that live events touched since {@link #onLinkUp()} keep what those events said; calls
     * the PBX no longer has end with {@code endedWhileLinkDown}; calls that started unseen are
     * announced ({@link CallOffered}, and {@link CallAnswered} if already connected). A
     * {@link QueueSnapshot} of every known queue follows.
     */
    @Override
    public void onResync(PbxSnapshot snapshot) {
        Instant now = clock.instant();
        Instant lostAt = linkDownAt != null && linkDownAt.isBefore(now) ? linkDownAt : now;
        long mark = resyncMark >= 0 ? resyncMark : seq;

        Map<String, List<AmiMessage>> liveByLinkedid = new LinkedHashMap<>();
        for (AmiMessage ch : snapshot.channels()) {
            String uid = ch.text("Uniqueid");
            if (uid.isEmpty()) {
                continue;
            }
            String lid = ch.get("Linkedid").filter(s -> !s.isEmpty()).orElse(uid);
            liveByLinkedid.computeIfAbsent(lid, k -> new ArrayList<>()).add(ch);
        }
        Map<String, AmiMessage> entryByUniqueid = new HashMap<>();
        Set<String> reportedQueues = new TreeSet<>();
        for (AmiMessage item : snapshot.queueStatus()) {
            String q = item.text("Queue");
            if (!q.isEmpty()) {
                reportedQueues.add(q);
            }
            if (item.isEvent("QueueEntry")) {
                entryByUniqueid.put(item.text("Uniqueid"), item);
            }
        }

        for (TrackedCall c : new ArrayList<>(calls.values())) {
            if (c.lastSeq > mark) {
                continue;
            }
            List<AmiMessage> live = liveByLinkedid.get(c.linkedid);
            try {
                if (live == null) {
                    finish(c, lostAt, true);
                } else {
                    reconcile(c, live, entryByUniqueid, now);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Resync of call %s failed; the resync goes on", c.linkedid);
            }
        }
        for (Map.Entry<String, List<AmiMessage>> e : liveByLinkedid.entrySet()) {
            if (!calls.containsKey(e.getKey()) && !endedCalls.containsKey(e.getKey())) {
                try {
                    discover(e.getKey(), e.getValue(), entryByUniqueid, now);
                } catch (RuntimeException ex) {
                    LOG.warnf(ex, "Resync could not take up call %s; the resync goes on", e.getKey());
                }
            }
        }
        // A waiting entry whose channel was not listed (the lists are taken one after the other).
        for (AmiMessage entry : entryByUniqueid.values()) {
            String uid = entry.text("Uniqueid");
            if (!uid.isEmpty() && linkedidOfChannel(uid).isEmpty() && !endedCalls.containsKey(uid)
                    && !calls.containsKey(uid)) {
                TrackedCall c = new TrackedCall(uid);
                calls.put(uid, c);
                touchedCalls.add(c);
                c.queueChannelUniqueid = uid;
                c.channels.put(uid, entry.text("Channel"));
                c.callerNumber = realNumber(entry.text("CallerIDNum")).orElse("");
                c.lastSeq = seq;
                enterWaiting(c, entry, now);
            }
        }

        Set<String> reportedMembers = new HashSet<>();
        for (AmiMessage item : snapshot.queueStatus()) {
            if (!item.isEvent("QueueMember")) {
                continue;
            }
            String q = item.text("Queue");
            String iface = memberInterface(item);
            if (q.isEmpty() || iface.isEmpty()) {
                continue;
            }
            reportedMembers.add(memberKey(q, iface));
            MemberRecord m = members.computeIfAbsent(memberKey(q, iface), k -> new MemberRecord(q, iface));
            if (m.lastSeq > mark) {
                continue;
            }
            m.present = true;
            applyMemberFields(m, item);
            dirtyIfaces.add(iface);
        }
        for (MemberRecord m : members.values()) {
            if (m.present && reportedQueues.contains(m.queue) && m.lastSeq <= mark
                    && !reportedMembers.contains(memberKey(m.queue, m.iface))) {
                m.present = false;
                dirtyIfaces.add(m.iface);
            }
        }
        knownQueues.addAll(reportedQueues);
        dirtyQueues.addAll(knownQueues);
        linkDownAt = null;
        resyncMark = -1;
        flush(now, false);
    }

    /** Number of calls (with at least one live channel) the correlator follows now. */
    public int liveCallCount() {
        return calls.size();
    }

    /**
     * The citizen's channel of a live queued call (the one that runs the queue, to hang up or redirect
     * the citizen). Thread-safe.
     */
    public Optional<String> callerChannel(String linkedid) {
        String[] channels = channelIndex.get(linkedid);
        return channels == null || channels[0] == null ? Optional.empty() : Optional.of(channels[0]);
    }

    /** The channel of the agent who has a live queued call now. Thread-safe. */
    public Optional<String> agentChannel(String linkedid) {
        String[] channels = channelIndex.get(linkedid);
        return channels == null || channels[1] == null ? Optional.empty() : Optional.of(channels[1]);
    }

    /** The current picture of every known queue, as the last {@link QueueSnapshot}s would show it. */
    public List<QueueSnapshot> queueSnapshots() {
        List<QueueSnapshot> result = new ArrayList<>();
        for (String q : knownQueues) {
            result.add(snapshotOf(q));
        }
        return result;
    }

    // ------------------------------------------------------------------ dispatch

    private void dispatch(String name, AmiMessage e, Instant at) {
        switch (name) {
            case "queuecallerjoin" -> onJoin(e, at);
            case "queuecallerleave" -> onLeave(e, at);
            case "queuecallerabandon" -> onAbandon(e, at);
            case "agentcalled" -> onAgentCalled(e, at);
            case "agentringnoanswer" -> onRingNoAnswer(e, at);
            case "agentconnect" -> onAgentConnect(e, at);
            case "agentcomplete" -> onAgentComplete(e, at);
            case "dialend" -> onDialEnd(e);
            case "bridgeenter" -> onBridgeEnter(e, at);
            case "bridgeleave" -> onBridgeLeave(e);
            case "hangup" -> onHangup(e, at);
            case "blindtransfer" -> onBlindTransfer(e, at);
            case "attendedtransfer" -> onAttendedTransfer(e, at);
            case "queuememberstatus", "queuememberpause", "queuememberadded" -> onMember(e, true);
            case "queuememberremoved" -> onMember(e, false);
            case "shutdown" -> onShutdown(at);
            // List items of QueueStatus/CoreShowChannels reach every listener too; they are resync input.
            case "queueparams", "queuemember", "queueentry", "queuestatuscomplete", "queuesummary",
                    "queuesummarycomplete", "coreshowchannel", "coreshowchannelscomplete" -> {
            }
            default -> callOf(e);
        }
    }

    // ------------------------------------------------------------------ queue events

    private void onJoin(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        String q = e.text("Queue");
        if (c == null || q.isEmpty()) {
            return;
        }
        knownQueues.add(q);
        if (c.queueChannelUniqueid == null) {
            c.queueChannelUniqueid = e.text("Uniqueid");
        }
        if (c.waiting) {
            return;
        }
        int position = (int) e.number("Position").orElse(0L).longValue();
        if (c.lastActivityAt != null && at.isBefore(c.lastActivityAt)) {
            // A join older than what we already know (the answer or the leave came first): the offer
            // happened, but the caller does not wait any more.
            ensureOffered(c, q, at);
            if (c.enteredQueue.isAfter(at)) {
                c.enteredQueue = at;
            }
            return;
        }
        c.cti = true;
        c.waiting = true;
        c.waitingQueue = q;
        c.waitingSince = at;
        c.position = position;
        if (c.firstQueue == null) {
            c.firstQueue = q;
            c.enteredQueue = at;
        }
        c.offered = true;
        activity(c, at);
        dirtyQueues.add(q);
        emit(new CallOffered(c.linkedid, c.callerNumber, q, at));
    }

    private void onLeave(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        if (c == null) {
            return;
        }
        String q = e.text("Queue");
        if (c.waiting && q.equals(c.waitingQueue)) {
            c.waiting = false;
            dirtyQueues.add(q);
        }
        if (c.leftQueueAt == null || at.isAfter(c.leftQueueAt)) {
            c.leftQueueAt = at;
        }
        activity(c, at);
    }

    private void onAbandon(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        if (c == null || c.abandoned) {
            return;
        }
        String q = e.text("Queue");
        long hold = e.number("HoldTime").orElse(0L);
        ensureOffered(c, q.isEmpty() ? c.waitingQueue : q, at.minusSeconds(hold));
        c.abandoned = true;
        if (c.waiting) {
            c.waiting = false;
            dirtyQueues.add(c.waitingQueue);
        }
        stopRinging(c, RingStopReason.CALLER_LEFT);
        int position = (int) e.number("Position").orElse((long) c.position).longValue();
        emit(new CallAbandoned(c.linkedid, c.callerNumber, q.isEmpty() ? c.firstQueue : q, position, hold, at));
        c.abandonHold = hold;
        finish(c, at, false);
    }

    private void onAgentCalled(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        String iface = agentInterface(e);
        if (c == null || iface.isEmpty()) {
            return;
        }
        String key = legKey(e, iface);
        if (c.legs.containsKey(key)) {
            return;
        }
        String q = e.text("Queue");
        if (c.answered && c.segmentOpen) {
            c.legs.put(key, new Leg(key, iface, q, LegState.STOPPED));
            return;
        }
        ensureOffered(c, q, at);
        knownQueues.add(q);
        knownMember(q, iface);
        Leg leg = new Leg(key, iface, q, LegState.RINGING);
        c.legs.put(key, leg);
        ringingLegsByIface.computeIfAbsent(iface, k -> new HashSet<>()).add(legId(c, key));
        dirtyIfaces.add(iface);
        activity(c, at);
        emit(new AgentRinging(agent(iface), c.callerNumber, c.linkedid, q, at));
    }

    private void onRingNoAnswer(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        String iface = agentInterface(e);
        if (c == null || iface.isEmpty()) {
            return;
        }
        Leg leg = findLeg(c, e, iface);
        if (leg == null) {
            String key = legKey(e, iface);
            c.legs.put(key, new Leg(key, iface, e.text("Queue"), LegState.STOPPED));
            return;
        }
        if (leg.state == LegState.RINGING) {
            stopLeg(c, leg, RingStopReason.NO_ANSWER);
            activity(c, at);
        }
    }

    private void onDialEnd(AmiMessage e) {
        TrackedCall c = callOf(e);
        if (c == null) {
            return;
        }
        Leg leg = c.legs.get(e.text("DestUniqueid"));
        if (leg == null || leg.state != LegState.RINGING) {
            return;
        }
        switch (e.text("DialStatus").toUpperCase(Locale.ROOT)) {
            case "ANSWER" -> c.answeringLeg = leg.key;
            case "NOANSWER", "BUSY", "CONGESTION", "CHANUNAVAIL" -> stopLeg(c, leg, RingStopReason.NO_ANSWER);
            default -> {
            }
        }
    }

    private void onAgentConnect(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        String iface = agentInterface(e);
        if (c == null || iface.isEmpty()) {
            return;
        }
        Leg leg = findLeg(c, e, iface);
        if (leg != null && (leg.state == LegState.CONNECTED || leg.state == LegState.COMPLETED)) {
            return;
        }
        String q = e.text("Queue");
        long hold = e.number("HoldTime").orElseGet(() -> seconds(c.waitingSince, at));
        ensureOffered(c, q, at.minusSeconds(hold));
        knownQueues.add(q);
        knownMember(q, iface);
        if (leg == null) {
            String key = legKey(e, iface);
            leg = new Leg(key, iface, q, LegState.STOPPED);
            c.legs.put(key, leg);
        }
        connect(c, leg, hold, at);
    }

    private void onAgentComplete(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        String iface = agentInterface(e);
        if (c == null || iface.isEmpty()) {
            return;
        }
        Leg leg = findLeg(c, e, iface);
        if (leg == null) {
            for (Leg l : c.legs.values()) {
                if (l.iface.equals(iface) && l.state != LegState.RINGING && l.state != LegState.STOPPED) {
                    leg = l;
                }
            }
        }
        if (leg != null && leg.state == LegState.COMPLETED) {
            return;
        }
        long talk = e.number("TalkTime").orElse(0L);
        if (leg == null || leg.state != LegState.CONNECTED) {
            // The answer was not seen (re-ordered or missed): it happened, TalkTime seconds ago.
            long hold = e.number("HoldTime").orElse(0L);
            String q = e.text("Queue");
            ensureOffered(c, q, at.minusSeconds(talk + hold));
            knownQueues.add(q);
            if (leg == null) {
                String key = legKey(e, iface);
                leg = new Leg(key, iface, q, LegState.STOPPED);
                c.legs.put(key, leg);
            }
            connect(c, leg, hold, at.minusSeconds(talk));
        }
        leg.state = LegState.COMPLETED;
        c.talkReported += talk;
        if (iface.equals(c.agentIface)) {
            c.segmentOpen = false;
            if ("transfer".equalsIgnoreCase(e.text("Reason")) && c.pendingTransferFrom == null) {
                c.pendingTransferFrom = iface;
            }
        }
        disconnectAgent(c, iface);
        activity(c, at);
    }

    private void onBridgeEnter(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        if (c == null) {
            return;
        }
        String uid = e.text("Uniqueid");
        String bridge = e.text("BridgeUniqueid");
        if (!bridge.isEmpty()) {
            c.bridgeOf.put(uid, bridge);
        }
        Leg leg = c.legs.get(uid);
        if (leg != null) {
            if (leg.state == LegState.RINGING) {
                connect(c, leg, seconds(c.waitingSince != null ? c.waitingSince : c.enteredQueue, at), at);
            }
            return;
        }
        if (!c.answered || c.isCallerChannel(uid)) {
            return;
        }
        String iface = AgentDirectory.interfaceOf(e.text("Channel"));
        if (iface.isEmpty()) {
            return;
        }
        if (iface.equals(c.agentIface)) {
            if (!c.segmentOpen) {
                c.segmentOpen = true;
                connectedCallsOf(iface).add(c.linkedid);
                dirtyIfaces.add(iface);
            }
            return;
        }
        if (c.pendingTransferFrom != null || !c.segmentOpen) {
            String from = c.pendingTransferFrom != null ? c.pendingTransferFrom : c.agentIface;
            c.legs.put(uid, new Leg(uid, iface, c.firstQueue, LegState.CONNECTED));
            transferTo(c, from, iface, at, true);
        }
    }

    private void onBridgeLeave(AmiMessage e) {
        TrackedCall c = callOf(e);
        if (c != null) {
            c.bridgeOf.remove(e.text("Uniqueid"));
        }
    }

    private void onHangup(AmiMessage e, Instant at) {
        TrackedCall c = callOf(e);
        if (c == null) {
            return;
        }
        String uid = e.text("Uniqueid");
        c.hungUp.add(uid);
        c.channels.remove(uid);
        c.bridgeOf.remove(uid);
        Leg leg = c.legs.get(uid);
        if (leg != null && leg.state == LegState.RINGING) {
            boolean elsewhere = e.number("Cause").orElse(0L) == ASTERISK_CAUSE_ANSWERED_ELSEWHERE
                    || c.answeringLeg != null && !c.answeringLeg.equals(uid);
            stopLeg(c, leg, elsewhere ? RingStopReason.ANSWERED_ELSEWHERE : RingStopReason.NO_ANSWER);
        } else if (leg != null && leg.state == LegState.CONNECTED && leg.iface.equals(c.agentIface)) {
            c.segmentOpen = false;
            disconnectAgent(c, leg.iface);
        }
        if (c.channels.isEmpty()) {
            finish(c, at, false);
        }
    }

    private void onBlindTransfer(AmiMessage e, Instant at) {
        if (!"Success".equalsIgnoreCase(e.text("Result"))) {
            return;
        }
        TrackedCall c = liveCall(e.text("TransfereeLinkedid"), e.text("TransfererLinkedid"));
        if (c == null || !c.answered
                || !c.seenTransfers.add("B|" + e.text("TransfererUniqueid") + "|" + e.text("Extension") + "|"
                + e.text("Timestamp"))) {
            return;
        }
        String from = c.agentIface != null ? c.agentIface : AgentDirectory.interfaceOf(e.text("TransfererChannel"));
        c.transferred = true;
        Optional<String> target = interfaceForExtension(e.text("Extension"), e.text("Context"));
        if (target.isPresent() && !target.get().equals(from)) {
            transferTo(c, from, target.get(), at, false);
        } else {
            c.pendingTransferFrom = from;
            c.segmentOpen = false;
            disconnectAgent(c, from);
        }
    }

    private void onAttendedTransfer(AmiMessage e, Instant at) {
        if (!"Success".equalsIgnoreCase(e.text("Result"))) {
            return;
        }
        TrackedCall c = liveCall(e.text("TransfereeLinkedid"), e.text("OrigTransfererLinkedid"));
        if (c == null || !c.answered
                || !c.seenTransfers.add("A|" + e.text("OrigTransfererUniqueid") + "|" + e.text("Timestamp"))) {
            return;
        }
        String from = c.agentIface != null ? c.agentIface
                : AgentDirectory.interfaceOf(e.text("OrigTransfererChannel"));
        c.transferred = true;
        String targetChannel = e.text("TransferTargetChannel");
        if (!targetChannel.isEmpty() && !AgentDirectory.interfaceOf(targetChannel).equals(from)) {
            transferTo(c, from, AgentDirectory.interfaceOf(targetChannel), at, true);
        } else {
            c.pendingTransferFrom = from;
            c.segmentOpen = false;
            disconnectAgent(c, from);
        }
    }

    private void onMember(AmiMessage e, boolean present) {
        String q = e.text("Queue");
        String iface = memberInterface(e);
        if (q.isEmpty() || iface.isEmpty()) {
            return;
        }
        knownQueues.add(q);
        MemberRecord m = members.computeIfAbsent(memberKey(q, iface), k -> new MemberRecord(q, iface));
        m.present = present;
        if (present) {
            applyMemberFields(m, e);
        }
        m.lastSeq = seq;
        dirtyIfaces.add(iface);
    }

    private void onShutdown(Instant at) {
        for (TrackedCall c : new ArrayList<>(calls.values())) {
            finish(c, at, true);
        }
        ringingLegsByIface.clear();
        connectedCallsByIface.clear();
        for (MemberRecord m : members.values()) {
            dirtyIfaces.add(m.iface);
        }
        dirtyQueues.addAll(knownQueues);
    }

    // ------------------------------------------------------------------ resync helpers

    private void reconcile(TrackedCall c, List<AmiMessage> live, Map<String, AmiMessage> entries, Instant now) {
        touchedCalls.add(c);
        Set<String> liveIds = new HashSet<>();
        for (AmiMessage ch : live) {
            liveIds.add(ch.text("Uniqueid"));
        }
        for (String uid : new ArrayList<>(c.channels.keySet())) {
            if (!liveIds.contains(uid)) {
                c.channels.remove(uid);
                c.bridgeOf.remove(uid);
                c.hungUp.add(uid);
            }
        }
        registerLiveChannels(c, live);
        for (Leg leg : new ArrayList<>(c.legs.values())) {
            if (leg.state == LegState.RINGING && !liveIds.contains(leg.key)) {
                stopLeg(c, leg, RingStopReason.NO_ANSWER);
            }
        }
        AmiMessage entry = entryOf(live, entries);
        if (entry != null) {
            enterWaiting(c, entry, now);
            return;
        }
        if (c.waiting) {
            c.waiting = false;
            c.leftQueueAt = now;
            dirtyQueues.add(c.waitingQueue);
        }
        if (!c.offered) {
            // Seen before the link went down, but not yet in a queue: it may have joined one since.
            AmiMessage queueChannel = queueChannelOf(live);
            if (queueChannel == null) {
                return;
            }
            ensureOffered(c, queueOf(queueChannel), now.minusSeconds(durationSeconds(queueChannel.text("Duration"))));
        }
        String[] agent = bridgedAgent(c, live);
        if (agent != null) {
            if (!c.answered) {
                Leg leg = c.legs.computeIfAbsent(agent[0],
                        k -> new Leg(k, agent[1], c.firstQueue, LegState.STOPPED));
                connect(c, leg, seconds(c.waitingSince != null ? c.waitingSince : c.enteredQueue, now), now);
            } else if (!agent[1].equals(c.agentIface)) {
                c.legs.put(agent[0], new Leg(agent[0], agent[1], c.firstQueue, LegState.CONNECTED));
                transferTo(c, c.agentIface, agent[1], now, true);
            }
        } else if (c.answered && c.segmentOpen) {
            c.segmentOpen = false;
            disconnectAgent(c, c.agentIface);
        }
    }

    private void discover(String linkedid, List<AmiMessage> live, Map<String, AmiMessage> entries, Instant now) {
        TrackedCall c = new TrackedCall(linkedid);
        calls.put(linkedid, c);
        touchedCalls.add(c);
        c.lastSeq = seq;
        registerLiveChannels(c, live);
        for (AmiMessage ch : live) {
            if (ch.text("Uniqueid").equals(linkedid)) {
                realNumber(ch.text("CallerIDNum")).ifPresent(n -> c.callerNumber = n);
            }
        }
        if (c.callerNumber.isEmpty()) {
            for (AmiMessage ch : live) {
                Optional<String> n = realNumber(ch.text("CallerIDNum"));
                if (n.isPresent()) {
                    c.callerNumber = n.get();
                    break;
                }
            }
        }
        AmiMessage entry = entryOf(live, entries);
        if (entry != null) {
            enterWaiting(c, entry, now);
            return;
        }
        AmiMessage queueChannel = queueChannelOf(live);
        if (queueChannel == null) {
            return;
        }
        String[] agent = bridgedAgent(c, live);
        if (agent == null) {
            return;
        }
        String q = queueOf(queueChannel);
        knownQueues.add(q);
        ensureOffered(c, q, now.minusSeconds(durationSeconds(queueChannel.text("Duration"))));
        Leg leg = new Leg(agent[0], agent[1], q, LegState.STOPPED);
        c.legs.put(agent[0], leg);
        connect(c, leg, 0, now);
    }

    /** The channel running {@code Queue()} among a call's live channels, or null. */
    private static AmiMessage queueChannelOf(List<AmiMessage> live) {
        AmiMessage queueChannel = null;
        for (AmiMessage ch : live) {
            if ("Queue".equalsIgnoreCase(ch.text("Application"))) {
                queueChannel = ch;
            }
        }
        return queueChannel;
    }

    private static String queueOf(AmiMessage queueChannel) {
        return queueChannel.text("ApplicationData").split(",", 2)[0];
    }

    private void registerLiveChannels(TrackedCall c, List<AmiMessage> live) {
        for (AmiMessage ch : live) {
            String uid = ch.text("Uniqueid");
            c.channels.put(uid, ch.text("Channel"));
            c.hungUp.remove(uid);
            String bridge = ch.text("BridgeId");
            if (bridge.isEmpty()) {
                c.bridgeOf.remove(uid);
            } else {
                c.bridgeOf.put(uid, bridge);
            }
            if ("Queue".equalsIgnoreCase(ch.text("Application")) && c.queueChannelUniqueid == null) {
                c.queueChannelUniqueid = uid;
            }
        }
    }

    private AmiMessage entryOf(List<AmiMessage> live, Map<String, AmiMessage> entries) {
        for (AmiMessage ch : live) {
            AmiMessage entry = entries.get(ch.text("Uniqueid"));
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    private void enterWaiting(TrackedCall c, AmiMessage entry, Instant now) {
        String q = entry.text("Queue");
        knownQueues.add(q);
        Instant since = now.minusSeconds(entry.number("Wait").orElse(0L));
        if (c.queueChannelUniqueid == null) {
            c.queueChannelUniqueid = entry.text("Uniqueid");
        }
        if (c.callerNumber.isEmpty()) {
            realNumber(entry.text("CallerIDNum")).ifPresent(n -> c.callerNumber = n);
        }
        ensureOffered(c, q, since);
        if (!c.waiting || !q.equals(c.waitingQueue)) {
            c.waiting = true;
            c.waitingQueue = q;
            c.waitingSince = since;
        }
        c.position = (int) entry.number("Position").orElse(0L).longValue();
        dirtyQueues.add(q);
    }

    /** The agent channel (Uniqueid, interface) sharing a bridge with the citizen, or null. */
    private String[] bridgedAgent(TrackedCall c, List<AmiMessage> live) {
        Set<String> callerBridges = new HashSet<>();
        for (AmiMessage ch : live) {
            String uid = ch.text("Uniqueid");
            String bridge = ch.text("BridgeId");
            if (!bridge.isEmpty() && (c.isCallerChannel(uid) || "Queue".equalsIgnoreCase(ch.text("Application")))) {
                callerBridges.add(bridge);
            }
        }
        for (AmiMessage ch : live) {
            String uid = ch.text("Uniqueid");
            if (!c.isCallerChannel(uid) && !"Queue".equalsIgnoreCase(ch.text("Application"))
                    && callerBridges.contains(ch.text("BridgeId"))) {
                return new String[] {uid, AgentDirectory.interfaceOf(ch.text("Channel"))};
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ state changes

    private void ensureOffered(TrackedCall c, String queue, Instant at) {
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

    private void connect(TrackedCall c, Leg leg, long hold, Instant at) {
        if (leg.state == LegState.RINGING) {
            ringingOf(leg.iface).remove(legId(c, leg.key));
        }
        leg.state = LegState.CONNECTED;
        dirtyIfaces.add(leg.iface);
        if (c.waiting) {
            c.waiting = false;
            dirtyQueues.add(c.waitingQueue);
        }
        for (Leg other : c.legs.values()) {
            if (other != leg && other.state == LegState.RINGING) {
                stopLeg(c, other, RingStopReason.ANSWERED_ELSEWHERE);
            }
        }
        String previous = c.agentIface;
        if (previous != null && !previous.equals(leg.iface)) {
            disconnectAgent(c, previous);
        }
        c.answered = true;
        if (c.answeredAt == null) {
            c.answeredAt = at;
            c.reportedHold = hold;
        }
        c.agentIface = leg.iface;
        c.segmentOpen = true;
        connectedCallsOf(leg.iface).add(c.linkedid);
        activity(c, at);
        if (c.pendingTransferFrom != null && !c.pendingTransferFrom.equals(leg.iface)) {
            emit(new CallTransferred(c.linkedid, agent(c.pendingTransferFrom), agent(leg.iface), at));
        }
        c.pendingTransferFrom = null;
        String q = leg.queue == null || leg.queue.isEmpty() ? c.firstQueue : leg.queue;
        emit(new CallAnswered(c.linkedid, agent(leg.iface), c.callerNumber, q == null ? "" : q, Math.max(0, hold), at));
    }

    private void transferTo(TrackedCall c, String fromIface, String toIface, Instant at, boolean connectedNow) {
        c.transferred = true;
        disconnectAgent(c, fromIface);
        c.agentIface = toIface;
        c.pendingTransferFrom = null;
        c.segmentOpen = connectedNow;
        if (connectedNow) {
            connectedCallsOf(toIface).add(c.linkedid);
            dirtyIfaces.add(toIface);
        }
        activity(c, at);
        emit(new CallTransferred(c.linkedid, agent(fromIface), agent(toIface), at));
    }

    private void stopLeg(TrackedCall c, Leg leg, RingStopReason reason) {
        leg.state = LegState.STOPPED;
        ringingOf(leg.iface).remove(legId(c, leg.key));
        dirtyIfaces.add(leg.iface);
        emit(new AgentRingStopped(agent(leg.iface), c.linkedid, reason));
    }

    private void stopRinging(TrackedCall c, RingStopReason reason) {
        for (Leg leg : c.legs.values()) {
            if (leg.state == LegState.RINGING) {
                stopLeg(c, leg, reason);
            }
        }
    }

    private void disconnectAgent(TrackedCall c, String iface) {
        if (iface != null) {
            connectedCallsOf(iface).remove(c.linkedid);
            dirtyIfaces.add(iface);
        }
    }

    private void finish(TrackedCall c, Instant at, boolean lost) {
        calls.remove(c.linkedid);
        channelIndex.remove(c.linkedid);
        touchedCalls.remove(c);
        boolean wasWaiting = c.waiting;
        if (c.waiting) {
            c.waiting = false;
            dirtyQueues.add(c.waitingQueue);
        }
        RingStopReason ringReason = lost ? RingStopReason.PBX_LOST
                : wasWaiting || c.abandoned ? RingStopReason.CALLER_LEFT : RingStopReason.CALL_ENDED;
        stopRinging(c, ringReason);
        for (Leg leg : c.legs.values()) {
            disconnectAgent(c, leg.iface);
        }
        disconnectAgent(c, c.agentIface);
        if (!c.cti) {
            return;
        }
        endedCalls.put(c.linkedid, Boolean.TRUE);
        CallOutcome outcome;
        if (c.answered) {
            outcome = CallOutcome.ANSWERED;
        } else if (c.abandoned) {
            outcome = CallOutcome.ABANDONED;
        } else if (lost) {
            outcome = CallOutcome.LOST;
        } else if (wasWaiting) {
            outcome = CallOutcome.ABANDONED;
            long hold = seconds(c.waitingSince, at);
            c.abandonHold = hold;
            emit(new CallAbandoned(c.linkedid, c.callerNumber, c.waitingQueue, c.position, hold, at));
        } else {
            outcome = CallOutcome.UNANSWERED;
        }
        long wait;
        long talk = 0;
        if (c.answered) {
            wait = c.reportedHold != null ? c.reportedHold : seconds(c.enteredQueue, c.answeredAt);
            long measured = seconds(c.answeredAt, at);
            talk = c.transferred || c.segmentOpen || c.talkReported == 0 ? Math.max(measured, c.talkReported)
                    : c.talkReported;
        } else if (outcome == CallOutcome.ABANDONED) {
            wait = c.abandonHold;
        } else {
            wait = seconds(c.enteredQueue, c.leftQueueAt != null && !lost ? c.leftQueueAt : at);
        }
        // Entered <= answered <= ended, whatever the clocks say: an end estimated by our clock at a resync can be
        // earlier than what the PBX's timestamps said (the PBX clock runs ahead), and the call record rejects that.
        Instant entered = c.enteredQueue != null ? c.enteredQueue : at;
        Optional<Instant> answered = Optional.ofNullable(c.answeredAt).map(a -> a.isBefore(entered) ? entered : a);
        Instant ended = at.isBefore(entered) ? entered : at;
        if (answered.isPresent() && ended.isBefore(answered.get())) {
            ended = answered.get();
        }
        emit(new CallEnded(new CallSummary(server, c.linkedid, c.callerNumber, c.firstQueue == null ? "" : c.firstQueue,
                Optional.ofNullable(c.agentIface).map(this::agent), entered, answered, ended, Math.max(0, wait),
                Math.max(0, talk), outcome, lost)));
    }

    // ------------------------------------------------------------------ agents and queues

    private void knownMember(String queue, String iface) {
        members.computeIfAbsent(memberKey(queue, iface), k -> new MemberRecord(queue, iface));
    }

    private void applyMemberFields(MemberRecord m, AmiMessage e) {
        e.number("Status").ifPresent(s -> m.status = s.intValue());
        if (e.get("Paused").isPresent()) {
            m.paused = e.flag("Paused");
        }
        if (e.get("InCall").isPresent()) {
            m.inCall = e.flag("InCall");
        }
        m.pausedReason = e.get("PausedReason").orElse(m.paused ? m.pausedReason : "");
        if (!m.paused) {
            m.pausedReason = "";
        }
    }

    private void flush(Instant at, boolean moreQueued) {
        refreshChannelIndex();
        touchedCalls.clear();
        if (!dirtyIfaces.isEmpty()) {
            List<String> ifaces = new ArrayList<>(dirtyIfaces);
            dirtyIfaces.clear();
            for (MemberRecord m : members.values()) {
                if (!ifaces.contains(m.iface)) {
                    continue;
                }
                AgentState state = m.derive(!ringingOf(m.iface).isEmpty(), !connectedCallsOf(m.iface).isEmpty());
                Optional<String> reason = m.reasonFor(state);
                if (state != m.emittedState || !reason.equals(m.emittedReason)) {
                    boolean first = m.emittedState == null;
                    m.emittedState = state;
                    m.emittedReason = reason;
                    dirtyQueues.add(m.queue);
                    if (!(first && state == AgentState.LOGGED_OUT)) {
                        emit(new AgentStateChanged(agent(m.iface), m.iface, m.queue, state, reason, at));
                    }
                }
            }
        }
        if (!dirtyQueues.isEmpty() && (!moreQueued || System.nanoTime() - snapshotsSentAt > SNAPSHOT_HOLD_NANOS)) {
            snapshotsSentAt = System.nanoTime();
            List<String> queues = new ArrayList<>(dirtyQueues);
            dirtyQueues.clear();
            for (String q : queues) {
                if (q != null && !q.isEmpty()) {
                    emit(snapshotOf(q));
                }
            }
        }
    }

    private QueueSnapshot snapshotOf(String queue) {
        List<TrackedCall> waiting = new ArrayList<>();
        for (TrackedCall c : calls.values()) {
            if (c.waiting && queue.equals(c.waitingQueue)) {
                waiting.add(c);
            }
        }
        waiting.sort(Comparator.comparingInt((TrackedCall c) -> c.position)
                .thenComparing(c -> c.waitingSince, Comparator.nullsLast(Comparator.naturalOrder())));
        List<QueueSnapshot.WaitingCaller> callers = new ArrayList<>();
        int position = 1;
        for (TrackedCall c : waiting) {
            callers.add(new QueueSnapshot.WaitingCaller(c.linkedid, c.callerNumber, position++,
                    c.waitingSince != null ? c.waitingSince : clock.instant()));
        }
        List<QueueSnapshot.Member> list = new ArrayList<>();
        for (MemberRecord m : members.values()) {
            if (m.queue.equals(queue) && m.present) {
                AgentState state = m.emittedState != null ? m.emittedState
                        : m.derive(!ringingOf(m.iface).isEmpty(), !connectedCallsOf(m.iface).isEmpty());
                list.add(new QueueSnapshot.Member(agent(m.iface), m.iface, state, m.reasonFor(state)));
            }
        }
        list.sort(Comparator.comparing(QueueSnapshot.Member::iface));
        return new QueueSnapshot(queue, callers, list);
    }

    // ------------------------------------------------------------------ lookups

    /**
     * The call an event belongs to (by {@code Linkedid}), created on first sight; registers the event's
     * channel and destination channel and picks up the caller number. Null for events of calls that
     * already ended or without a Linkedid.
     */
    private TrackedCall callOf(AmiMessage e) {
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

    private void register(TrackedCall c, String uid, String channel) {
        if (!uid.isEmpty() && !c.hungUp.contains(uid)) {
            c.channels.putIfAbsent(uid, channel);
        }
    }

    private TrackedCall liveCall(String... linkedids) {
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

    private Optional<String> linkedidOfChannel(String uid) {
        for (TrackedCall c : calls.values()) {
            if (c.channels.containsKey(uid)) {
                return Optional.of(c.linkedid);
            }
        }
        return Optional.empty();
    }

    private Leg findLeg(TrackedCall c, AmiMessage e, String iface) {
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

    private static String legKey(AmiMessage e, String iface) {
        String dest = e.text("DestUniqueid");
        return dest.isEmpty() ? "iface:" + iface : dest;
    }

    private static String legId(TrackedCall c, String key) {
        return c.linkedid + '|' + key;
    }

    private Set<String> ringingOf(String iface) {
        return ringingLegsByIface.computeIfAbsent(iface, k -> new HashSet<>());
    }

    private Set<String> connectedCallsOf(String iface) {
        return connectedCallsByIface.computeIfAbsent(iface, k -> new HashSet<>());
    }

    private Optional<String> interfaceForExtension(String exten, String context) {
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

    private String agent(String iface) {
        return directory.agentOrInterface(iface);
    }

    private static String agentInterface(AmiMessage e) {
        return e.get("Interface").filter(s -> !s.isEmpty()).orElseGet(() -> e.text("AgentCalled"));
    }

    private static String memberInterface(AmiMessage e) {
        return e.get("Interface").filter(s -> !s.isEmpty())
                .or(() -> e.get("Location").filter(s -> !s.isEmpty()))
                .orElseGet(() -> e.text("StateInterface"));
    }

    private static String memberKey(String queue, String iface) {
        return queue + '\u0000' + iface;
    }

    /**
     * The caller number if the field holds one. Longer than an Asterisk extension may be
     * ({@value #MAX_NUMBER_LENGTH} characters) is not a number but garbage or an attack through the
     * caller ID, and counts as unknown rather than being carried into pops and records.
     */
    private static Optional<String> realNumber(String number) {
        String n = number == null ? "" : number.trim();
        if (n.isEmpty() || n.length() > MAX_NUMBER_LENGTH || n.equalsIgnoreCase("<unknown>")
                || n.equalsIgnoreCase("unknown") || n.equalsIgnoreCase("anonymous")) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    private static void activity(TrackedCall c, Instant at) {
        if (c.lastActivityAt == null || at.isAfter(c.lastActivityAt)) {
            c.lastActivityAt = at;
        }
    }

    private static long seconds(Instant from, Instant to) {
        if (from == null || to == null) {
            return 0;
        }
        return Math.max(0, Math.round(Duration.between(from, to).toMillis() / 1000.0));
    }

    private static long durationSeconds(String hhmmss) {
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

    /** Publishes the channel names of the calls touched since the last refresh (before listeners hear of them). */
    private void refreshChannelIndex() {
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

    private void emit(CtiEvent event) {
        refreshChannelIndex();
        try {
            listener.onCtiEvent(event);
        } catch (RuntimeException e) {
            LOG.warnf(e, "CTI listener failed on %s", event.getClass().getSimpleName());
        }
    }
}
