package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.event.AgentState;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.QueueSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static tr.gov.acikkapi.cti.call.CallBook.memberInterface;
import static tr.gov.acikkapi.cti.call.CallBook.memberKey;

/**
 * What every queue member does ({@code QueueMemberStatus}/{@code Pause}/{@code Added}/{@code Removed} with the
 * correlator's own knowledge of rings and calls), sent as {@link AgentStateChanged} on change, and each queue's whole
 * picture ({@link QueueSnapshot}), sent when it changed, held back while more events wait on the lane.
 */
final class MemberStates {

    /** The longest a dirty queue picture is held back while events keep coming. */
    private static final long SNAPSHOT_HOLD_NANOS = Duration.ofMillis(250).toNanos();

    private final CallBook book;
    /** When the last queue pictures went out (nanoTime), for the longest hold under a lane that is never drained. */
    private long snapshotsSentAt = System.nanoTime();

    MemberStates(CallBook book) {
        this.book = book;
    }

    void onMember(AmiMessage e, boolean present) {
        String q = e.text("Queue");
        String iface = memberInterface(e);
        if (q.isEmpty() || iface.isEmpty()) {
            return;
        }
        book.knownQueues.add(q);
        MemberRecord m = book.members.computeIfAbsent(memberKey(q, iface), k -> new MemberRecord(q, iface));
        m.present = present;
        if (present) {
            applyMemberFields(m, e);
        }
        m.lastSeq = book.seq;
        book.dirtyIfaces.add(iface);
    }

    void applyMemberFields(MemberRecord m, AmiMessage e) {
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

    /**
     * Sends the member states that changed and, unless more events wait and the hold is not over, the pictures of the
     * queues that changed.
     */
    void flush(Instant at, boolean moreQueued) {
        book.refreshChannelIndex();
        book.touchedCalls.clear();
        if (!book.dirtyIfaces.isEmpty()) {
            List<String> ifaces = new ArrayList<>(book.dirtyIfaces);
            book.dirtyIfaces.clear();
            for (MemberRecord m : book.members.values()) {
                if (!ifaces.contains(m.iface)) {
                    continue;
                }
                AgentState state = derive(m);
                Optional<String> reason = m.reasonFor(state);
                if (state != m.emittedState || !reason.equals(m.emittedReason)) {
                    boolean first = m.emittedState == null;
                    m.emittedState = state;
                    m.emittedReason = reason;
                    book.dirtyQueues.add(m.queue);
                    if (!(first && state == AgentState.LOGGED_OUT)) {
                        book.emit(new AgentStateChanged(book.agent(m.iface), m.iface, m.queue, state, reason, at));
                    }
                }
            }
        }
        if (!book.dirtyQueues.isEmpty()
                && (!moreQueued || System.nanoTime() - snapshotsSentAt > SNAPSHOT_HOLD_NANOS)) {
            snapshotsSentAt = System.nanoTime();
            List<String> queues = new ArrayList<>(book.dirtyQueues);
            book.dirtyQueues.clear();
            for (String q : queues) {
                if (q != null && !q.isEmpty()) {
                    book.emit(snapshotOf(q));
                }
            }
        }
    }

    QueueSnapshot snapshotOf(String queue) {
        List<TrackedCall> waiting = new ArrayList<>();
        for (TrackedCall c : book.calls.values()) {
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
                    c.waitingSince != null ? c.waitingSince : book.clock.instant()));
        }
        List<QueueSnapshot.Member> list = new ArrayList<>();
        for (MemberRecord m : book.members.values()) {
            if (m.queue.equals(queue) && m.present) {
                AgentState state = m.emittedState != null ? m.emittedState : derive(m);
                list.add(new QueueSnapshot.Member(book.agent(m.iface), m.iface, state, m.reasonFor(state)));
            }
        }
        list.sort(Comparator.comparing(QueueSnapshot.Member::iface));
        return new QueueSnapshot(queue, callers, list);
    }

    private AgentState derive(MemberRecord m) {
        return m.derive(!book.ringingOf(m.iface).isEmpty(), !book.connectedCallsOf(m.iface).isEmpty());
    }
}
