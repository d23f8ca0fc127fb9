package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.event.CallTransferred;

import tr.gov.acikkapi.cti.call.TrackedCall.Leg;
import tr.gov.acikkapi.cti.call.TrackedCall.LegState;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static tr.gov.acikkapi.cti.call.CallBook.activity;

/**
 * A connected call moving from one agent to another: {@code BlindTransfer}, {@code AttendedTransfer}, the target's
 * phone found in the citizen's bridge while the agent who had the call is not ({@link #completeByBridges}, for an
 * attended transfer whose events come in any order), or another agent's phone bridged with the citizen after the
 * first agent's part ended (seen by {@link AgentLegs}). Each transfer is announced once as {@link CallTransferred} and
 * ends the first agent's segment; when the target is not known yet, the call waits for the next agent that answers
 * it ({@code pendingTransferFrom}).
 */
final class Transfers {

    private final CallBook book;

    Transfers(CallBook book) {
        this.book = book;
    }

    void transferTo(TrackedCall c, String fromIface, String toIface, Instant at, boolean connectedNow) {
        c.transferred = true;
        book.disconnectAgent(c, fromIface);
        c.agentIface = toIface;
        c.pendingTransferFrom = null;
        c.segmentOpen = connectedNow;
        if (fromIface != null) {
            c.transferSegment(fromIface, toIface, at);
        }
        if (connectedNow) {
            c.beginSegment(toIface, at);
            book.connectedCallsOf(toIface).add(c.linkedid);
            book.dirtyIfaces.add(toIface);
        }
        activity(c, at);
        book.emit(new CallTransferred(c.linkedid, book.agent(fromIface), book.agent(toIface), at));
    }

    void onBlindTransfer(AmiMessage e, Instant at) {
        if (!"Success".equalsIgnoreCase(e.text("Result"))) {
            return;
        }
        TrackedCall c = book.liveCall(e.text("TransfereeLinkedid"), e.text("TransfererLinkedid"));
        if (c == null || !c.answered
                || !c.seenTransfers.add("B|" + e.text("TransfererUniqueid") + "|" + e.text("Extension") + "|"
                + e.text("Timestamp"))) {
            return;
        }
        String from = c.agentIface != null ? c.agentIface : AgentDirectory.interfaceOf(e.text("TransfererChannel"));
        c.transferred = true;
        Optional<String> target = book.interfaceForExtension(e.text("Extension"), e.text("Context"));
        if (target.isPresent() && !target.get().equals(from)) {
            transferTo(c, from, target.get(), at, false);
        } else {
            awaitTarget(c, from, at);
        }
    }

    void onAttendedTransfer(AmiMessage e, Instant at) {
        if (!"Success".equalsIgnoreCase(e.text("Result"))) {
            return;
        }
        TrackedCall c = book.liveCall(e.text("TransfereeLinkedid"), e.text("OrigTransfererLinkedid"));
        if (c == null || !c.answered
                || !c.seenTransfers.add("A|" + e.text("OrigTransfererUniqueid") + "|" + e.text("Timestamp"))) {
            return;
        }
        Optional<Leg> targetLeg = targetLeg(c, e);
        String targetChannel = e.text("TransferTargetChannel");
        String target = targetLeg.map(l -> l.iface).orElseGet(() -> AgentDirectory.interfaceOf(targetChannel));
        if (!target.isEmpty() && target.equals(c.agentIface)) {
            return; // already followed: the target's channel was seen joining the citizen
        }
        String from = c.pendingTransferFrom != null ? c.pendingTransferFrom : c.agentIface != null ? c.agentIface
                : AgentDirectory.interfaceOf(e.text("OrigTransfererChannel"));
        c.transferred = true;
        if (targetLeg.isPresent() && !target.equals(from)) {
            completeTo(c, targetLeg.get(), at);
        } else if (!target.isEmpty() && !target.equals(from)) {
            String uid = e.text("TransferTargetUniqueid");
            if (!uid.isEmpty()) {
                c.legs.put(uid, new Leg(uid, target, c.firstQueue, LegState.CONNECTED));
            }
            transferTo(c, from, target, at, true);
        } else {
            awaitTarget(c, from, at);
        }
    }

    /**
     * An attended transfer completed without an {@code AttendedTransfer} event seen yet, or without a target in it:
     * the phone that rang for the transfer is now in the citizen's bridge, and the agent who had the call is not.
     * Asterisk sends the bridge moves, the first agent's leave and hang-up and the transfer event in an order that
     * changes from run to run; whichever comes first completes the transfer, the others change nothing.
     */
    void completeByBridges(TrackedCall c, Instant at) {
        if (!c.answered) {
            return;
        }
        Optional<String> callerBridge = c.callerBridge();
        if (callerBridge.isEmpty() || agentInBridge(c, callerBridge.get())) {
            return;
        }
        for (Map.Entry<String, String> inBridge : c.bridgeOf.entrySet()) {
            String uid = inBridge.getKey();
            if (!callerBridge.get().equals(inBridge.getValue()) || c.isCallerChannel(uid)) {
                continue;
            }
            Leg leg = c.legs.get(uid);
            if (leg != null) {
                if (leg.transferTarget && (leg.state == LegState.RINGING || leg.state == LegState.CONSULTING)) {
                    completeTo(c, leg, at);
                    return;
                }
                continue;
            }
            // An agent's phone whose ring was not seen (it came before the answer, or not at all).
            String iface = AgentDirectory.interfaceOf(c.channels.getOrDefault(uid, ""));
            if (!iface.isEmpty() && !iface.equals(c.agentIface) && book.directory.agentFor(iface).isPresent()) {
                Leg found = new Leg(uid, iface, c.firstQueue, LegState.CONNECTED);
                found.transferTarget = true;
                c.legs.put(uid, found);
                completeTo(c, found, at);
                return;
            }
        }
    }

    private static boolean agentInBridge(TrackedCall c, String bridge) {
        if (c.pendingTransferFrom != null) {
            return false;
        }
        for (Leg leg : c.legs.values()) {
            if (leg.state == LegState.CONNECTED && leg.iface.equals(c.agentIface)
                    && bridge.equals(c.bridgeOf.get(leg.key))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transfer target's leg now has the citizen. A blind transfer already named the target: it only answered.
     */
    private void completeTo(TrackedCall c, Leg leg, Instant at) {
        String from = c.pendingTransferFrom != null ? c.pendingTransferFrom : c.agentIface;
        book.ringingOf(leg.iface).remove(CallBook.legId(c, leg.key));
        leg.state = LegState.CONNECTED;
        book.dirtyIfaces.add(leg.iface);
        if (!leg.iface.equals(from)) {
            transferTo(c, from, leg.iface, at, true);
            return;
        }
        c.pendingTransferFrom = null;
        c.segmentOpen = true;
        c.beginSegment(leg.iface, at);
        book.connectedCallsOf(leg.iface).add(c.linkedid);
        CallBook.activity(c, at);
    }

    /**
     * The target of an {@code AttendedTransfer}: the leg of {@code TransferTargetUniqueid}, else (the event leaves the
     * target out when the first agent left the consult bridge before the merge) the transfer leg in the bridge the
     * citizen is sent to or in the consult bridge, else the one transfer leg still up.
     */
    private static Optional<Leg> targetLeg(TrackedCall c, AmiMessage e) {
        Leg named = c.legs.get(e.text("TransferTargetUniqueid"));
        if (named != null) {
            return Optional.of(named);
        }
        Set<String> bridges = new HashSet<>();
        for (String field : List.of("DestBridgeUniqueid", "SecondBridgeUniqueid")) {
            if (!e.text(field).isEmpty()) {
                bridges.add(e.text(field));
            }
        }
        Leg only = null;
        int up = 0;
        for (Leg leg : c.legs.values()) {
            if (!leg.transferTarget || leg.state == LegState.STOPPED || leg.state == LegState.COMPLETED) {
                continue;
            }
            if (bridges.contains(c.bridgeOf.get(leg.key))) {
                return Optional.of(leg);
            }
            only = leg;
            up++;
        }
        return up == 1 ? Optional.of(only) : Optional.empty();
    }

    /** The agent's part ended by a transfer whose target is not known yet: the next agent bridged with the caller. */
    private void awaitTarget(TrackedCall c, String from, Instant at) {
        c.pendingTransferFrom = from;
        c.segmentOpen = false;
        c.transferSegment(from, null, at);
        book.disconnectAgent(c, from);
    }
}
