package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.RingStopReason;

import java.time.Instant;

import static tr.gov.acikkapi.cti.call.CallBook.activity;

/**
 * A call's time in a queue: it joins ({@code QueueCallerJoin}, announced as {@link CallOffered}), leaves
 * ({@code QueueCallerLeave}) or is abandoned by the citizen ({@code QueueCallerAbandon}, announced as
 * {@link CallAbandoned}, which ends the call). A join older than what is already known of the call (its answer or
 * its leave came first) still offers the call, but does not make it wait again.
 */
final class QueueEntry {

    private final CallBook book;
    private final CallEnding ending;

    QueueEntry(CallBook book, CallEnding ending) {
        this.book = book;
        this.ending = ending;
    }

    void onJoin(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        String q = e.text("Queue");
        if (c == null || q.isEmpty()) {
            return;
        }
        book.knownQueues.add(q);
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
            book.ensureOffered(c, q, at);
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
        book.dirtyQueues.add(q);
        book.emit(new CallOffered(c.linkedid, c.callerNumber, q, at));
    }

    void onLeave(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        if (c == null) {
            return;
        }
        String q = e.text("Queue");
        if (c.waiting && q.equals(c.waitingQueue)) {
            c.waiting = false;
            book.dirtyQueues.add(q);
        }
        if (c.leftQueueAt == null || at.isAfter(c.leftQueueAt)) {
            c.leftQueueAt = at;
        }
        activity(c, at);
    }

    void onAbandon(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        if (c == null || c.abandoned) {
            return;
        }
        String q = e.text("Queue");
        long hold = e.number("HoldTime").orElse(0L);
        book.ensureOffered(c, q.isEmpty() ? c.waitingQueue : q, at.minusSeconds(hold));
        c.abandoned = true;
        if (c.waiting) {
            c.waiting = false;
            book.dirtyQueues.add(c.waitingQueue);
        }
        book.stopRinging(c, RingStopReason.CALLER_LEFT);
        int position = (int) e.number("Position").orElse((long) c.position).longValue();
        book.emit(new CallAbandoned(c.linkedid, c.callerNumber, q.isEmpty() ? c.firstQueue : q, position, hold, at));
        c.abandonHold = hold;
        ending.finish(c, at, false);
    }

    /** The call waits in the queue the PBX reported it in ({@code QueueEntry} of a resync). */
    void enterWaiting(TrackedCall c, AmiMessage entry, Instant now) {
        String q = entry.text("Queue");
        book.knownQueues.add(q);
        Instant since = now.minusSeconds(entry.number("Wait").orElse(0L));
        if (c.queueChannelUniqueid == null) {
            c.queueChannelUniqueid = entry.text("Uniqueid");
        }
        if (c.callerNumber.isEmpty()) {
            CallBook.realNumber(entry.text("CallerIDNum")).ifPresent(n -> c.callerNumber = n);
        }
        book.ensureOffered(c, q, since);
        if (!c.waiting || !q.equals(c.waitingQueue)) {
            c.waiting = true;
            c.waitingQueue = q;
            c.waitingSince = since;
        }
        c.position = (int) entry.number("Position").orElse(0L).longValue();
        book.dirtyQueues.add(q);
    }
}
