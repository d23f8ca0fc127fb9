package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.call.TrackedCall.Leg;
import tr.gov.acikkapi.cti.call.TrackedCall.LegState;
import tr.gov.acikkapi.cti.call.TrackedCall.Segment;
import tr.gov.acikkapi.cti.event.AgentSegment;
import tr.gov.acikkapi.cti.event.CallAbandoned;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.CallOutcome;
import tr.gov.acikkapi.cti.event.CallSummary;
import tr.gov.acikkapi.cti.event.RingStopReason;
import tr.gov.acikkapi.cti.event.SegmentEnd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static tr.gov.acikkapi.cti.call.CallBook.seconds;

/**
 * The end of a call: the one {@link CallEnded} with its {@link CallSummary} (outcome, wait and talk, the last agent),
 * whether the end was seen (last channel hung up, abandon) or inferred (a resync no longer finds the call, a PBX
 * {@code Shutdown}). Every ring still open is retracted and every agent freed.
 */
final class CallEnding {

    private final CallBook book;

    CallEnding(CallBook book) {
        this.book = book;
    }

    /**
     * Ends the call.
     *
     * @param lost the end was not observed (link down, PBX restart): times are estimates
     */
    void finish(TrackedCall c, Instant at, boolean lost) {
        book.calls.remove(c.linkedid);
        book.channelIndex.remove(c.linkedid);
        book.touchedCalls.remove(c);
        boolean wasWaiting = c.waiting;
        if (c.waiting) {
            c.waiting = false;
            book.dirtyQueues.add(c.waitingQueue);
        }
        RingStopReason ringReason = lost ? RingStopReason.PBX_LOST
                : wasWaiting || c.abandoned ? RingStopReason.CALLER_LEFT : RingStopReason.CALL_ENDED;
        book.stopRinging(c, ringReason);
        for (Leg leg : c.legs.values()) {
            if (leg.state == LegState.CONSULTING) {
                book.stopLeg(c, leg, ringReason);
            }
            book.disconnectAgent(c, leg.iface);
        }
        book.disconnectAgent(c, c.agentIface);
        if (!c.cti) {
            return;
        }
        book.endedCalls.put(c.linkedid, Boolean.TRUE);
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
            book.emit(new CallAbandoned(c.linkedid, c.callerNumber, c.waitingQueue, c.position, hold, at));
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
        book.emit(new CallEnded(new CallSummary(book.server, c.linkedid, c.callerNumber,
                c.firstQueue == null ? "" : c.firstQueue, Optional.ofNullable(c.agentIface).map(book::agent), entered,
                answered, ended, Math.max(0, wait), Math.max(0, talk), outcome, lost, segments(c, ended, lost))));
    }

    /** The agents' parts, the open one ended with the call (not observed if the end was not seen). */
    private List<AgentSegment> segments(TrackedCall c, Instant ended, boolean lost) {
        c.openSegment().ifPresent(s -> s.close(ended, lost ? SegmentEnd.NOT_OBSERVED : SegmentEnd.COMPLETED));
        List<AgentSegment> result = new ArrayList<>();
        for (Segment s : c.segments) {
            long talk = s.reportedTalk != null ? s.reportedTalk : seconds(s.from, s.to);
            result.add(new AgentSegment(book.agent(s.iface), s.from, s.to, Math.max(0, talk), s.end,
                    Optional.ofNullable(s.transferredTo).map(book::agent)));
        }
        return result;
    }

    /** The PBX restarts: every live call ends unseen, every phone is free, every member's state is sent again. */
    void onShutdown(Instant at) {
        for (TrackedCall c : new ArrayList<>(book.calls.values())) {
            finish(c, at, true);
        }
        book.forgetPhones();
        for (MemberRecord m : book.members.values()) {
            book.dirtyIfaces.add(m.iface);
        }
        book.dirtyQueues.addAll(book.knownQueues);
    }
}
