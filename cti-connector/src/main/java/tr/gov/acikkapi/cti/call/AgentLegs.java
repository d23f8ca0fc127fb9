package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.call.TrackedCall.Leg;
import tr.gov.acikkapi.cti.call.TrackedCall.LegState;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.RingStopReason;
import tr.gov.acikkapi.cti.event.SegmentEnd;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static tr.gov.acikkapi.cti.call.CallBook.activity;
import static tr.gov.acikkapi.cti.call.CallBook.agentInterface;
import static tr.gov.acikkapi.cti.call.CallBook.legId;
import static tr.gov.acikkapi.cti.call.CallBook.legKey;
import static tr.gov.acikkapi.cti.call.CallBook.seconds;

/**
 * The agents' phones of a call: a leg rings ({@code AgentCalled}, announced as {@link AgentRinging}), stops
 * ({@code AgentRingNoAnswer}, a failed dial, a hang-up), is answered ({@code AgentConnect} or the agent's channel
 * entering the caller's bridge, announced as {@link CallAnswered}) and completes ({@code AgentComplete}). Late stages
 * imply the earlier ones when their events came out of order or not at all. The last channel's hang-up ends the call.
 */
final class AgentLegs {

    private static final int ASTERISK_CAUSE_ANSWERED_ELSEWHERE = 26;

    private final CallBook book;
    private final Transfers transfers;
    private final CallEnding ending;

    AgentLegs(CallBook book, Transfers transfers, CallEnding ending) {
        this.book = book;
        this.transfers = transfers;
        this.ending = ending;
    }

    void onAgentCalled(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
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
            addStoppedLeg(c, e, iface, q);
            return;
        }
        book.ensureOffered(c, q, at);
        book.knownQueues.add(q);
        book.knownMember(q, iface);
        Leg leg = new Leg(key, iface, q, LegState.RINGING);
        c.legs.put(key, leg);
        book.ringingOf(iface).add(legId(c, key));
        book.dirtyIfaces.add(iface);
        activity(c, at);
        book.emit(new AgentRinging(book.agent(iface), c.callerNumber, c.linkedid, q, at));
    }

    void onRingNoAnswer(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        String iface = agentInterface(e);
        if (c == null || iface.isEmpty()) {
            return;
        }
        Leg leg = book.findLeg(c, e, iface);
        if (leg == null) {
            addStoppedLeg(c, e, iface, e.text("Queue"));
            return;
        }
        if (leg.state == LegState.RINGING) {
            book.stopLeg(c, leg, RingStopReason.NO_ANSWER);
            activity(c, at);
        }
    }

    void onDialEnd(AmiMessage e) {
        TrackedCall c = book.callOf(e);
        if (c == null) {
            return;
        }
        Leg leg = c.legs.get(e.text("DestUniqueid"));
        if (leg == null || leg.state != LegState.RINGING) {
            return;
        }
        switch (e.text("DialStatus").toUpperCase(Locale.ROOT)) {
            case "ANSWER" -> {
                if (leg.transferTarget) {
                    consult(c, leg);
                } else {
                    c.answeringLeg = leg.key;
                }
            }
            case "NOANSWER", "BUSY", "CONGESTION", "CHANUNAVAIL" -> book.stopLeg(c, leg, RingStopReason.NO_ANSWER);
            default -> {
            }
        }
    }

    void onAgentConnect(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        String iface = agentInterface(e);
        if (c == null || iface.isEmpty()) {
            return;
        }
        Leg leg = book.findLeg(c, e, iface);
        if (leg != null && (leg.state == LegState.CONNECTED || leg.state == LegState.COMPLETED)) {
            return;
        }
        String q = e.text("Queue");
        long hold = e.number("HoldTime").orElseGet(() -> seconds(c.waitingSince, at));
        book.ensureOffered(c, q, at.minusSeconds(hold));
        book.knownQueues.add(q);
        book.knownMember(q, iface);
        if (leg == null) {
            leg = addStoppedLeg(c, e, iface, q);
        }
        connect(c, leg, hold, at);
    }

    void onAgentComplete(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        String iface = agentInterface(e);
        if (c == null || iface.isEmpty()) {
            return;
        }
        Leg leg = book.findLeg(c, e, iface);
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
            book.ensureOffered(c, q, at.minusSeconds(talk + hold));
            book.knownQueues.add(q);
            if (leg == null) {
                leg = addStoppedLeg(c, e, iface, q);
            }
            connect(c, leg, hold, at.minusSeconds(talk));
        }
        leg.state = LegState.COMPLETED;
        c.talkReported += talk;
        endSegment(c, iface, talk, e.text("Reason"), at);
        if (iface.equals(c.agentIface)) {
            c.segmentOpen = false;
            if ("transfer".equalsIgnoreCase(e.text("Reason")) && c.pendingTransferFrom == null) {
                c.pendingTransferFrom = iface;
            }
        }
        book.disconnectAgent(c, iface);
        activity(c, at);
    }

    void onBridgeEnter(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        if (c == null) {
            return;
        }
        enterBridge(c, e, at);
        transfers.completeByBridges(c, at);
    }

    private void enterBridge(TrackedCall c, AmiMessage e, Instant at) {
        String uid = e.text("Uniqueid");
        String bridge = e.text("BridgeUniqueid");
        if (!bridge.isEmpty()) {
            c.bridgeOf.put(uid, bridge);
        }
        Leg leg = c.legs.get(uid);
        if (leg != null) {
            if (leg.transferTarget) {
                if (leg.state == LegState.RINGING && !c.callerBridge().equals(Optional.of(bridge))) {
                    consult(c, leg);
                }
            } else if (leg.state == LegState.RINGING) {
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
                c.beginSegment(iface, at);
                book.connectedCallsOf(iface).add(c.linkedid);
                book.dirtyIfaces.add(iface);
            }
            return;
        }
        if (c.pendingTransferFrom != null || !c.segmentOpen) {
            String from = c.pendingTransferFrom != null ? c.pendingTransferFrom : c.agentIface;
            c.legs.put(uid, new Leg(uid, iface, c.firstQueue, LegState.CONNECTED));
            transfers.transferTo(c, from, iface, at, true);
        }
    }

    void onBridgeLeave(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        if (c == null) {
            return;
        }
        String bridge = e.text("BridgeUniqueid");
        // A leave re-ordered after the channel's entry into its next bridge must not take it out of that one.
        if (bridge.isEmpty() || bridge.equals(c.bridgeOf.get(e.text("Uniqueid")))) {
            c.bridgeOf.remove(e.text("Uniqueid"));
        }
        transfers.completeByBridges(c, at);
    }

    /**
     * A channel of the call rings ({@code Newstate} Ringing, or {@code DialState} RINGING for its destination): when an
     * agent's phone rings outside the queue while another agent has the call, it is a consult or transfer target, and
     * its desk pops now rather than when it answers.
     */
    void onRinging(AmiMessage e, Instant at, boolean destination) {
        TrackedCall c = destination ? book.liveCall(e.text("DestLinkedid"), e.text("Linkedid")) : book.callOf(e);
        if (destination) {
            book.callOf(e);
        }
        String uid = e.text(destination ? "DestUniqueid" : "Uniqueid");
        if (c == null || !c.cti || !c.answered || uid.isEmpty() || c.legs.containsKey(uid) || c.isCallerChannel(uid)
                || c.hungUp.contains(uid)) {
            return;
        }
        String iface = AgentDirectory.interfaceOf(e.text(destination ? "DestChannel" : "Channel"));
        if (iface.isEmpty() || iface.equals(c.agentIface) || book.directory.agentFor(iface).isEmpty()) {
            return;
        }
        String q = c.firstQueue == null ? "" : c.firstQueue;
        Leg leg = new Leg(uid, iface, q, LegState.RINGING);
        leg.transferTarget = true;
        c.legs.put(uid, leg);
        book.ringingOf(iface).add(legId(c, uid));
        book.dirtyIfaces.add(iface);
        activity(c, at);
        book.emit(new AgentRinging(book.agent(iface), c.callerNumber, c.linkedid, q, at));
    }

    /** A transfer target answered the transferring agent: busy, but not yet with the citizen. */
    private void consult(TrackedCall c, Leg leg) {
        book.ringingOf(leg.iface).remove(legId(c, leg.key));
        leg.state = LegState.CONSULTING;
        book.connectedCallsOf(leg.iface).add(c.linkedid);
        book.dirtyIfaces.add(leg.iface);
    }

    /** The agent's part ends with AgentComplete: its talk time as the PBX counted it, and how it ended. */
    private static void endSegment(TrackedCall c, String iface, long talk, String reason, Instant at) {
        c.lastSegmentOf(iface).ifPresent(s -> {
            s.reportedTalk = talk;
            SegmentEnd how = switch (reason.toLowerCase(Locale.ROOT)) {
                case "transfer" -> SegmentEnd.TRANSFERRED;
                case "caller" -> SegmentEnd.CALLER_HUNG_UP;
                default -> SegmentEnd.COMPLETED;
            };
            if (s.open()) {
                s.close(at, how);
            } else if (s.end != SegmentEnd.TRANSFERRED) {
                s.end = how;
            }
        });
    }

    void onHangup(AmiMessage e, Instant at) {
        TrackedCall c = book.callOf(e);
        if (c == null) {
            return;
        }
        String uid = e.text("Uniqueid");
        c.hungUp.add(uid);
        c.channels.remove(uid);
        c.bridgeOf.remove(uid);
        endSegmentAtHangup(c, uid, e.text("Channel"), at);
        Leg leg = c.legs.get(uid);
        if (leg != null && leg.state == LegState.CONSULTING) {
            book.disconnectAgent(c, leg.iface);
            book.stopLeg(c, leg, RingStopReason.CALL_ENDED);
        } else if (leg != null && leg.state == LegState.RINGING) {
            boolean elsewhere = e.number("Cause").orElse(0L) == ASTERISK_CAUSE_ANSWERED_ELSEWHERE
                    || c.answeringLeg != null && !c.answeringLeg.equals(uid);
            book.stopLeg(c, leg, elsewhere ? RingStopReason.ANSWERED_ELSEWHERE : RingStopReason.NO_ANSWER);
        } else if (leg != null && leg.state == LegState.CONNECTED && leg.iface.equals(c.agentIface)) {
            c.segmentOpen = false;
            book.disconnectAgent(c, leg.iface);
        }
        if (c.channels.isEmpty()) {
            ending.finish(c, at, false);
        }
    }

    /** Whoever hangs up first ends the open part: the citizen, or the agent who has the call. */
    private static void endSegmentAtHangup(TrackedCall c, String uid, String channel, Instant at) {
        c.openSegment().ifPresent(s -> {
            if (c.isCallerChannel(uid)) {
                s.close(at, SegmentEnd.CALLER_HUNG_UP);
            } else if (s.iface.equals(AgentDirectory.interfaceOf(channel))) {
                s.close(at, SegmentEnd.COMPLETED);
            }
        });
    }

    /** A leg of the event's agent that does not ring (its ring was not seen, or is of no interest any more). */
    private static Leg addStoppedLeg(TrackedCall c, AmiMessage e, String iface, String queue) {
        String key = legKey(e, iface);
        Leg leg = new Leg(key, iface, queue, LegState.STOPPED);
        c.legs.put(key, leg);
        return leg;
    }

    /** The leg's agent has the call now (its first answer, or a later agent's). */
    void connect(TrackedCall c, Leg leg, long hold, Instant at) {
        if (leg.state == LegState.RINGING) {
            book.ringingOf(leg.iface).remove(legId(c, leg.key));
        }
        leg.state = LegState.CONNECTED;
        book.dirtyIfaces.add(leg.iface);
        if (c.waiting) {
            c.waiting = false;
            book.dirtyQueues.add(c.waitingQueue);
        }
        for (Leg other : c.legs.values()) {
            if (other != leg && other.state == LegState.RINGING) {
                book.stopLeg(c, other, RingStopReason.ANSWERED_ELSEWHERE);
            }
        }
        String previous = c.agentIface;
        if (previous != null && !previous.equals(leg.iface)) {
            book.disconnectAgent(c, previous);
        }
        c.answered = true;
        if (c.answeredAt == null) {
            c.answeredAt = at;
            c.reportedHold = hold;
        }
        c.agentIface = leg.iface;
        c.segmentOpen = true;
        book.connectedCallsOf(leg.iface).add(c.linkedid);
        activity(c, at);
        if (c.pendingTransferFrom != null && !c.pendingTransferFrom.equals(leg.iface)) {
            c.transferSegment(c.pendingTransferFrom, leg.iface, at);
            book.emit(new CallTransferred(c.linkedid, book.agent(c.pendingTransferFrom), book.agent(leg.iface), at));
        }
        c.pendingTransferFrom = null;
        c.beginSegment(leg.iface, at);
        String q = leg.queue == null || leg.queue.isEmpty() ? c.firstQueue : leg.queue;
        book.emit(new CallAnswered(c.linkedid, book.agent(leg.iface), c.callerNumber, q == null ? "" : q,
                Math.max(0, hold), at));
    }
}
