package tr.gov.acikkapi.cti.call;

import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code CoreShowChannels} would have listed at a point of a transcript: the channels created
 * and not yet hung up, with their bridge and (for the queue channel) the Queue application.
 */
final class TranscriptChannels {

    private TranscriptChannels() {
    }

    static List<AmiMessage> liveAfter(List<AmiMessage> events) {
        Map<String, Map<String, String>> live = new LinkedHashMap<>();
        for (AmiMessage e : events) {
            String uid = e.text("Uniqueid");
            if (e.isEvent("Newchannel")) {
                Map<String, String> ch = new LinkedHashMap<>();
                ch.put("Channel", e.text("Channel"));
                ch.put("Uniqueid", uid);
                ch.put("Linkedid", e.text("Linkedid"));
                ch.put("CallerIDNum", e.text("CallerIDNum"));
                ch.put("BridgeId", "");
                ch.put("Application", "");
                ch.put("ApplicationData", "");
                live.put(uid, ch);
            } else if (live.containsKey(uid)) {
                Map<String, String> ch = live.get(uid);
                if (e.isEvent("Hangup")) {
                    live.remove(uid);
                    continue;
                }
                if (!e.text("CallerIDNum").isEmpty()) {
                    ch.put("CallerIDNum", e.text("CallerIDNum"));
                }
                if (e.isEvent("BridgeEnter")) {
                    ch.put("BridgeId", e.text("BridgeUniqueid"));
                } else if (e.isEvent("BridgeLeave")) {
                    ch.put("BridgeId", "");
                } else if (e.isEvent("QueueCallerJoin")) {
                    ch.put("Application", "Queue");
                    ch.put("ApplicationData", e.text("Queue") + ",r,,,300");
                }
            }
        }
        List<AmiMessage> result = new ArrayList<>();
        for (Map<String, String> ch : live.values()) {
            AmiMessage.Builder b = AmiMessage.event("CoreShowChannel").add("ActionID", "resync");
            ch.forEach(b::add);
            result.add(b.add("Duration", "00:00:05").build());
        }
        return result;
    }
}
