package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.call.TrackedCall.Leg;
import tr.gov.acikkapi.cti.call.TrackedCall.LegState;
import tr.gov.acikkapi.cti.event.AgentRinging;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallTransferred;
import tr.gov.acikkapi.cti.event.RingStopReason;

import java.time.Instant;
import java.util.Locale;

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
            case "ANSWER" -> c.answeringLeg = leg.key;
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

    void onBridgeLeave(AmiMessage e) {
        TrackedCall c = book.callOf(e);
        if (c != null) {
            c.bridgeOf.remove(e.text("Uniqueid"));
        }
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
        Leg leg = c.legs.get(uid);
        if (leg != null && leg.state == LegState.RINGING) {
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
            book.emit(new CallTransferred(c.linkedid, book.agent(c.pendingTransferFrom), book.agent(leg.iface), at));
        }
        c.pendingTransferFrom = null;
        String q = leg.queue == null || leg.queue.isEmpty() ? c.firstQueue : leg.queue;
        book.emit(new CallAnswered(c.linkedid, book.agent(leg.iface), c.callerNumber, q == null ? "" : q,
                Math.max(0, hold), at));
    }
}
