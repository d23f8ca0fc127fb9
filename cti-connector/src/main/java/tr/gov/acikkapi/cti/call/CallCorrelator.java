package tr.gov.acikkapi.cti.call;

import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiEventHandler;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;
import tr.gov.acikkapi.cti.event.QueueSnapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * <h2>Structure: a call's life, one part each</h2>
 * This class only dispatches. The parts share one {@link CallBook} (the calls, the members, who rings and who
 * talks) and each reads on its own: {@link QueueEntry} (join, leave, abandon), {@link AgentLegs} (the agents'
 * phones: ring, answer, complete, hang-up), {@link Transfers} (blind and attended transfers), {@link CallEnding}
 * (the one {@link CallEnded} and its summary), {@link Resync} (the PBX's report after a reconnect) and
 * {@link MemberStates} (agent states and queue pictures).
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

    private final CallBook book;
    private final QueueEntry queueEntry;
    private final AgentLegs agentLegs;
    private final Transfers transfers;
    private final CallEnding ending;
    private final MemberStates memberStates;
    private final Resync resync;

    private long resyncMark = -1;
    private Instant linkDownAt;

    /**
     * @param server    the PBX server's configured name (goes into every {@link CallSummary})
     * @param directory resolves interfaces to our user names
     * @param clock     for events without a {@code Timestamp} and for resync estimates
     * @param listener  receives our events, on the caller's thread
     */
    public CallCorrelator(String server, AgentDirectory directory, Clock clock, CtiEventListener listener) {
        this.book = new CallBook(Objects.requireNonNull(server, "server"), Objects.requireNonNull(directory, "directory"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(listener, "listener"));
        this.ending = new CallEnding(book);
        this.transfers = new Transfers(book);
        this.queueEntry = new QueueEntry(book, ending);
        this.agentLegs = new AgentLegs(book, transfers, ending);
        this.memberStates = new MemberStates(book);
        this.resync = new Resync(book, queueEntry, agentLegs, transfers, ending, memberStates);
    }

    /** The PBX server this correlator follows. */
    public String server() {
        return book.server;
    }

    @Override
    public void onEvent(AmiMessage event) {
        onEvent(event, false);
    }

    /**
     * An event, with more already waiting on the lane: the queue pictures ({@link QueueSnapshot}) it makes dirty are
     * held back until the lane is drained (or for at most 250 ms), since the next events would replace them at once.
     * Under load a queue's whole picture (every member, every waiting caller) was built and sent after every event of
     * every call; it took most of the lane's time, and the lane's delay is the delay of every screen pop
     * (docs/src/performance.md). The call and agent events themselves are never held back.
     */
    @Override
    public void onEvent(AmiMessage event, boolean moreQueued) {
        Optional<String> name = event.eventName();
        if (name.isEmpty()) {
            if (!moreQueued) {
                memberStates.flush(book.clock.instant(), false); // the last of a burst sends what the burst held back
            }
            return;
        }
        book.seq++;
        Instant at = event.timestamp().orElseGet(book.clock::instant);
        try {
            dispatch(name.get().toLowerCase(Locale.ROOT), event, at);
        } catch (RuntimeException e) {
            LOG.warnf(e, "AMI event %s could not be correlated and was skipped", name.get());
        }
        memberStates.flush(at, moreQueued);
    }

    @Override
    public void onLinkUp() {
        resyncMark = book.seq;
    }

    @Override
    public void onLinkDown() {
        if (linkDownAt == null) {
            linkDownAt = book.clock.instant();
        }
        memberStates.flush(book.clock.instant(), false);
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
        Instant now = book.clock.instant();
        Instant lostAt = linkDownAt != null && linkDownAt.isBefore(now) ? linkDownAt : now;
        resync.apply(snapshot, resyncMark >= 0 ? resyncMark : book.seq, lostAt, now);
        linkDownAt = null;
        resyncMark = -1;
        memberStates.flush(now, false);
    }

    /**
     * Takes up a call that another node's link saw enter a queue (docs/src/cluster.md), before this link's first
     * resync: the resync ends it with its record ({@code endedWhileLinkDown}) if the PBX no longer has it, or follows it
     * on without announcing it again. Call it before the link starts; a call already known is left as it is.
     *
     * @param agentInterface the answering agent's interface, empty if it was not answered
     * @param answeredAt     when it was answered, empty if it was not
     */
    public void adopt(String linkedid, String callerNumber, String queue, Instant enteredQueue,
            Optional<String> agentInterface, Optional<Instant> answeredAt) {
        if (book.calls.containsKey(linkedid)) {
            return;
        }
        TrackedCall c = new TrackedCall(linkedid);
        c.callerNumber = callerNumber;
        c.cti = true;
        c.offered = true;
        c.firstQueue = queue;
        c.enteredQueue = enteredQueue;
        c.lastActivityAt = enteredQueue;
        if (agentInterface.isPresent() && answeredAt.isPresent()) {
            c.answered = true;
            c.answeredAt = answeredAt.get();
            c.agentIface = agentInterface.get();
            c.segmentOpen = true;
            c.beginSegment(c.agentIface, c.answeredAt);
            // Its leg's Uniqueid is not known here; found by the interface, the agent's AgentComplete ends this part.
            c.legs.put(c.agentIface, new TrackedCall.Leg(c.agentIface, c.agentIface, queue, TrackedCall.LegState.CONNECTED));
            book.connectedCallsOf(c.agentIface).add(linkedid);
        }
        c.lastSeq = book.seq;
        book.calls.put(linkedid, c);
        if (!queue.isEmpty()) {
            book.knownQueues.add(queue);
        }
    }

    /** Number of calls (with at least one live channel) the correlator follows now. */
    public int liveCallCount() {
        return book.calls.size();
    }

    /**
     * The citizen's channel of a live queued call (the one that runs the queue, to hang up or redirect
     * the citizen). Thread-safe.
     */
    public Optional<String> callerChannel(String linkedid) {
        String[] channels = book.channelIndex.get(linkedid);
        return channels == null || channels[0] == null ? Optional.empty() : Optional.of(channels[0]);
    }

    /** The channel of the agent who has a live queued call now. Thread-safe. */
    public Optional<String> agentChannel(String linkedid) {
        String[] channels = book.channelIndex.get(linkedid);
        return channels == null || channels[1] == null ? Optional.empty() : Optional.of(channels[1]);
    }

    /** The current picture of every known queue, as the last {@link QueueSnapshot}s would show it. */
    public List<QueueSnapshot> queueSnapshots() {
        List<QueueSnapshot> result = new ArrayList<>();
        for (String q : book.knownQueues) {
            result.add(memberStates.snapshotOf(q));
        }
        return result;
    }

    private void dispatch(String name, AmiMessage e, Instant at) {
        switch (name) {
            case "queuecallerjoin" -> queueEntry.onJoin(e, at);
            case "queuecallerleave" -> queueEntry.onLeave(e, at);
            case "queuecallerabandon" -> queueEntry.onAbandon(e, at);
            case "agentcalled" -> agentLegs.onAgentCalled(e, at);
            case "agentringnoanswer" -> agentLegs.onRingNoAnswer(e, at);
            case "agentconnect" -> agentLegs.onAgentConnect(e, at);
            case "agentcomplete" -> agentLegs.onAgentComplete(e, at);
            case "dialend" -> agentLegs.onDialEnd(e);
            case "bridgeenter" -> agentLegs.onBridgeEnter(e, at);
            case "bridgeleave" -> agentLegs.onBridgeLeave(e, at);
            case "newstate" -> {
                if ("Ringing".equalsIgnoreCase(e.text("ChannelStateDesc")) || "5".equals(e.text("ChannelState"))) {
                    agentLegs.onRinging(e, at, false);
                } else {
                    book.callOf(e);
                }
            }
            case "dialstate" -> {
                if ("RINGING".equalsIgnoreCase(e.text("DialStatus"))) {
                    agentLegs.onRinging(e, at, true);
                } else {
                    book.callOf(e);
                }
            }
            case "hangup" -> agentLegs.onHangup(e, at);
            case "blindtransfer" -> transfers.onBlindTransfer(e, at);
            case "attendedtransfer" -> transfers.onAttendedTransfer(e, at);
            case "queuememberstatus", "queuememberpause", "queuememberadded" -> memberStates.onMember(e, true);
            case "queuememberremoved" -> memberStates.onMember(e, false);
            case "shutdown" -> ending.onShutdown(at);
            // List items of QueueStatus/CoreShowChannels reach every listener too; they are resync input.
            case "queueparams", "queuemember", "queueentry", "queuestatuscomplete", "queuesummary",
                    "queuesummarycomplete", "coreshowchannel", "coreshowchannelscomplete" -> {
            }
            default -> book.callOf(e);
        }
    }
}
