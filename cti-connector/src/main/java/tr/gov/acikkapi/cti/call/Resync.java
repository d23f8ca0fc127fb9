package tr.gov.acikkapi.cti.call;

import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;
import tr.gov.acikkapi.cti.call.TrackedCall.Leg;
import tr.gov.acikkapi.cti.call.TrackedCall.LegState;
import tr.gov.acikkapi.cti.event.RingStopReason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static tr.gov.acikkapi.cti.call.CallBook.durationSeconds;
import static tr.gov.acikkapi.cti.call.CallBook.memberInterface;
import static tr.gov.acikkapi.cti.call.CallBook.memberKey;
import static tr.gov.acikkapi.cti.call.CallBook.realNumber;
import static tr.gov.acikkapi.cti.call.CallBook.seconds;

/**
 * After a (re)connect, the PBX's own report ({@code QueueStatus} and {@code CoreShowChannels}) against what the
 * correlator knew: calls the PBX no longer has end unseen, calls that moved on unseen (left the queue, were answered,
 * went to another agent) catch up, calls that started unseen are taken up, and every member's state is taken from
 * the report. What live events said since the link came back ({@code mark}) wins over the report.
 */
final class Resync {

    private static final Logger LOG = Logger.getLogger(Resync.class);

    private final CallBook book;
    private final QueueEntry queueEntry;
    private final AgentLegs agentLegs;
    private final Transfers transfers;
    private final CallEnding ending;
    private final MemberStates memberStates;

    Resync(CallBook book, QueueEntry queueEntry, AgentLegs agentLegs, Transfers transfers, CallEnding ending,
            MemberStates memberStates) {
        this.book = book;
        this.queueEntry = queueEntry;
        this.agentLegs = agentLegs;
        this.transfers = transfers;
        this.ending = ending;
        this.memberStates = memberStates;
    }

    /**
     * Applies the report.
     *
     * @param mark   the event number when the link came back: calls and members touched after it keep their state
     * @param lostAt when the link went down (the estimated end of the calls that ended unseen)
     * @param now    our clock now
     */
    void apply(PbxSnapshot snapshot, long mark, Instant lostAt, Instant now) {
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

        for (TrackedCall c : new ArrayList<>(book.calls.values())) {
            if (c.lastSeq > mark) {
                continue;
            }
            List<AmiMessage> live = liveByLinkedid.get(c.linkedid);
            try {
                if (live == null) {
                    ending.finish(c, lostAt, true);
                } else {
                    reconcile(c, live, entryByUniqueid, now);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Resync of call %s failed; the resync goes on", c.linkedid);
            }
        }
        for (Map.Entry<String, List<AmiMessage>> e : liveByLinkedid.entrySet()) {
            if (!book.calls.containsKey(e.getKey()) && !book.endedCalls.containsKey(e.getKey())) {
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
            if (!uid.isEmpty() && book.linkedidOfChannel(uid).isEmpty() && !book.endedCalls.containsKey(uid)
                    && !book.calls.containsKey(uid)) {
                TrackedCall c = new TrackedCall(uid);
                book.calls.put(uid, c);
                book.touchedCalls.add(c);
                c.queueChannelUniqueid = uid;
                c.channels.put(uid, entry.text("Channel"));
                c.callerNumber = realNumber(entry.text("CallerIDNum")).orElse("");
                c.lastSeq = book.seq;
                queueEntry.enterWaiting(c, entry, now);
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
            MemberRecord m = book.members.computeIfAbsent(memberKey(q, iface), k -> new MemberRecord(q, iface));
            if (m.lastSeq > mark) {
                continue;
            }
            m.present = true;
            memberStates.applyMemberFields(m, item);
            book.dirtyIfaces.add(iface);
        }
        for (MemberRecord m : book.members.values()) {
            if (m.present && reportedQueues.contains(m.queue) && m.lastSeq <= mark
                    && !reportedMembers.contains(memberKey(m.queue, m.iface))) {
                m.present = false;
                book.dirtyIfaces.add(m.iface);
            }
        }
        book.knownQueues.addAll(reportedQueues);
        book.dirtyQueues.addAll(book.knownQueues);
    }

    private void reconcile(TrackedCall c, List<AmiMessage> live, Map<String, AmiMessage> entries, Instant now) {
        book.touchedCalls.add(c);
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
                book.stopLeg(c, leg, RingStopReason.NO_ANSWER);
            }
        }
        AmiMessage entry = entryOf(live, entries);
        if (entry != null) {
            queueEntry.enterWaiting(c, entry, now);
            return;
        }
        if (c.waiting) {
            c.waiting = false;
            c.leftQueueAt = now;
            book.dirtyQueues.add(c.waitingQueue);
        }
        if (!c.offered) {
            // Seen before the link went down, but not yet in a queue: it may have joined one since.
            AmiMessage queueChannel = queueChannelOf(live);
            if (queueChannel == null) {
                return;
            }
            book.ensureOffered(c, queueOf(queueChannel),
                    now.minusSeconds(durationSeconds(queueChannel.text("Duration"))));
        }
        String[] agent = bridgedAgent(c, live);
        if (agent != null) {
            if (!c.answered) {
                Leg leg = c.legs.computeIfAbsent(agent[0],
                        k -> new Leg(k, agent[1], c.firstQueue, LegState.STOPPED));
                agentLegs.connect(c, leg, seconds(c.waitingSince != null ? c.waitingSince : c.enteredQueue, now), now);
            } else if (!agent[1].equals(c.agentIface)) {
                c.legs.put(agent[0], new Leg(agent[0], agent[1], c.firstQueue, LegState.CONNECTED));
                transfers.transferTo(c, c.agentIface, agent[1], now, true);
            }
        } else if (c.answered && c.segmentOpen) {
            c.segmentOpen = false;
            book.disconnectAgent(c, c.agentIface);
        }
    }

    private void discover(String linkedid, List<AmiMessage> live, Map<String, AmiMessage> entries, Instant now) {
        TrackedCall c = new TrackedCall(linkedid);
        book.calls.put(linkedid, c);
        book.touchedCalls.add(c);
        c.lastSeq = book.seq;
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
            queueEntry.enterWaiting(c, entry, now);
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
        book.knownQueues.add(q);
        book.ensureOffered(c, q, now.minusSeconds(durationSeconds(queueChannel.text("Duration"))));
        Leg leg = new Leg(agent[0], agent[1], q, LegState.STOPPED);
        c.legs.put(agent[0], leg);
        agentLegs.connect(c, leg, 0, now);
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

    private static void registerLiveChannels(TrackedCall c, List<AmiMessage> live) {
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

    private static AmiMessage entryOf(List<AmiMessage> live, Map<String, AmiMessage> entries) {
        for (AmiMessage ch : live) {
            AmiMessage entry = entries.get(ch.text("Uniqueid"));
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /** The agent channel (Uniqueid, interface) sharing a bridge with the citizen, or null. */
    private static String[] bridgedAgent(TrackedCall c, List<AmiMessage> live) {
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
}
