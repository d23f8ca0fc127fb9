package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.event.CallTransferred;

import java.time.Instant;
import java.util.Optional;

import static tr.gov.acikkapi.cti.call.CallBook.activity;

/**
 * A connected call moving from one agent to another: {@code BlindTransfer}, {@code AttendedTransfer}, or another
 * agent's phone bridged with the citizen after the first agent's part ended (seen by {@link AgentLegs}). Each
 * transfer is announced once as {@link CallTransferred}; when the target is not known yet, the call waits for the
 * next agent that answers it ({@code pendingTransferFrom}).
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
        if (connectedNow) {
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
            awaitTarget(c, from);
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
        String from = c.agentIface != null ? c.agentIface
                : AgentDirectory.interfaceOf(e.text("OrigTransfererChannel"));
        c.transferred = true;
        String targetChannel = e.text("TransferTargetChannel");
        if (!targetChannel.isEmpty() && !AgentDirectory.interfaceOf(targetChannel).equals(from)) {
            transferTo(c, from, AgentDirectory.interfaceOf(targetChannel), at, true);
        } else {
            awaitTarget(c, from);
        }
    }

    /** The agent's part ended by a transfer whose target is not known yet: the next agent bridged with the caller. */
    private void awaitTarget(TrackedCall c, String from) {
        c.pendingTransferFrom = from;
        c.segmentOpen = false;
        book.disconnectAgent(c, from);
    }
}
