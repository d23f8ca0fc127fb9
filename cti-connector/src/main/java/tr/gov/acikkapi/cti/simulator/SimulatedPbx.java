package tr.gov.acikkapi.cti.simulator;

import tr.gov.acikkapi.cti.ami.AmiMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state and behaviour of the simulated Asterisk: queues, members, device states, channels, calls,
 * the AMI actions that change them and the events they produce. Confined to the simulator's single
 * PBX thread: every method runs there, so responses and the events an action causes go out in order.
 */
final class SimulatedPbx {

    private static final Logger LOG = Logger.getLogger(SimulatedPbx.class.getName());

    static final String DEFAULT_QUEUE = "acikkapi";
    static final List<String> DEFAULT_MEMBERS = List.of("Local/1001@agents", "Local/1002@agents", "Local/1003@agents");

    private static final int NOT_INUSE = 1;
    private static final int INUSE = 2;
    private static final Pattern CALLER_ID = Pattern.compile("<([^>]*)>");
    /** Threads for the survey calls' FastAGI sessions, which block on their sockets (daemon threads, made as needed). */
    private static final java.util.concurrent.ExecutorService AGI_THREADS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ami-sim-survey-agi");
        t.setDaemon(true);
        return t;
    });
    private static final Pattern LOCAL_IFACE = Pattern.compile("^Local/([^@]+)@([^/;-]+)$");

    private final ScheduledExecutorService executor;
    private final Consumer<AmiMessage> broadcast;
    private final Clock clock;
    private final SimulatorConfig config;

    private final Map<String, SimQueue> queues = new LinkedHashMap<>();
    private final Map<String, Integer> deviceStatus = new HashMap<>();
    private final Map<String, SimChannel> channels = new LinkedHashMap<>();
    private final Map<String, SimCall> calls = new LinkedHashMap<>();
    /** queues.conf {@code wrapuptime} per queue: configuration, kept across a restart. */
    private final Map<String, Duration> wrapUpTimes = new HashMap<>();
    /** Per member interface, when its last queue call completed (Asterisk's lastcall, shared_lastcall=yes). */
    private final Map<String, Instant> lastQueueCall = new HashMap<>();

    /** How simulated citizens answer survey calls, and where the survey's FastAGI server is (none: no script runs). */
    private SurveyAnswering surveyAnswering = SurveyAnswering.demo();
    private String surveyAgiHost;
    private int surveyAgiPort;
    private final Map<String, Integer> surveyAttempts = new HashMap<>();
    /** Live survey calls by Linkedid: the two halves of the Local channel. */
    private final Map<String, SimChannel[]> surveyCalls = new LinkedHashMap<>();
    private int surveyPeak;
    private long surveyPlaced;

    private Instant bootTime;
    private long uniqueCounter;
    private long minUniqueEpoch;
    private long lastUniqueEpoch;
    private int localCounter;
    private boolean pingsMuted;

    SimulatedPbx(ScheduledExecutorService executor, Consumer<AmiMessage> broadcast, Clock clock, SimulatorConfig config) {
        this.executor = executor;
        this.broadcast = broadcast;
        this.clock = clock;
        this.config = config;
        boot();
    }

    private void boot() {
        bootTime = clock.instant();
        queues.clear();
        deviceStatus.clear();
        channels.clear();
        calls.clear();
        lastQueueCall.clear();
        uniqueCounter = 0;
        localCounter = 0x2b;
        minUniqueEpoch = lastUniqueEpoch + 1;
        SimQueue q = new SimQueue(DEFAULT_QUEUE, "rrmemory");
        q.wrapUpTime = wrapUpTimes.getOrDefault(q.name, Duration.ZERO);
        queues.put(q.name, q);
        for (String iface : DEFAULT_MEMBERS) {
            q.members.put(iface, new SimMember(q.name, iface, "Agent " + extensionOf(iface), false,
                    bootTime.getEpochSecond()));
            deviceStatus.put(iface, NOT_INUSE);
        }
    }

    // ================================================================== sessions and actions

    void mutePings(boolean muted) {
        pingsMuted = muted;
    }

    /** Handles one action of a session; the reply and the events it causes are sent in order. */
    void handle(AmiSession s, AmiMessage a) {
        String name = a.actionName().orElse("").toLowerCase(Locale.ROOT);
        String id = a.text("ActionID");
        if (!s.loggedIn && !name.equals("login") && !name.equals("challenge") && !name.equals("logoff")) {
            s.send(error(id, "Authentication Required"));
            return;
        }
        switch (name) {
            case "challenge" -> {
                s.challenge = Integer.toString(100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
                s.send(success(id).add("Challenge", s.challenge).build());
            }
            case "login" -> login(s, a, id);
            case "logoff" -> {
                s.send(AmiMessage.response("Goodbye").addAll(actionId(id)).add("Message", "Thanks for all the fish.").build());
                s.closeAfterSending();
            }
            case "ping" -> {
                if (!pingsMuted) {
                    s.send(success(id).add("Ping", "Pong").add("Timestamp", Frames.timestamp(now())).build());
                }
            }
            case "coresettings" -> s.send(success(id).add("AMIversion", "11.0.0").add("AsteriskVersion", "22.10.1")
                    .add("SystemName", "").add("CoreMaxCalls", 0).add("CoreMaxLoadAvg", "0.000000")
                    .add("CoreRunUser", "asterisk").add("CoreRunGroup", "asterisk").add("CoreMaxFilehandles", 0)
                    .add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "No").add("CoreHTTPenabled", "No").build());
            case "events" -> {
                String mask = a.text("EventMask").trim().toLowerCase(Locale.ROOT);
                s.eventsOn = !mask.equals("off");
                s.send(success(id).add("Events", s.eventsOn ? "On" : "Off").build());
            }
            case "originate" -> originate(s, a, id);
            case "queuepause" -> queuePause(s, a, id);
            case "queueadd" -> queueAdd(s, a, id);
            case "queueremove" -> queueRemove(s, a, id);
            case "hangup" -> hangupAction(s, a, id);
            case "redirect" -> redirectAction(s, a, id);
            case "queuestatus" -> queueStatus(s, a, id);
            case "queuesummary" -> queueSummary(s, a, id);
            case "coreshowchannels" -> coreShowChannels(s, id);
            default -> s.send(error(id, "Invalid/unknown command: " + a.actionName().orElse("")
                    + ". Use Action: ListCommands to show available commands."));
        }
    }

    private void login(AmiSession s, AmiMessage a, String id) {
        boolean userOk = config.user().equals(a.text("Username"));
        boolean md5 = "md5".equalsIgnoreCase(a.text("AuthType")) && a.get("Key").isPresent();
        boolean secretOk = md5 || config.secret().equals(a.text("Secret"));
        if (!userOk || !secretOk) {
            s.send(error(id, "Authentication failed"));
            s.closeAfterSending();
            return;
        }
        s.loggedIn = true;
        s.eventsOn = !"off".equalsIgnoreCase(a.text("Events").trim());
        s.send(success(id).add("Message", "Authentication accepted").build());
        if (s.eventsOn) {
            Instant now = now();
            s.send(AmiMessage.event("FullyBooted").add("Privilege", "system,all")
                    .add("Uptime", Duration.between(bootTime, now).toSeconds()).add("LastReload", 0)
                    .add("Status", "Fully Booted").build());
            s.send(Frames.event("SuccessfulAuth", "security,all", now).add("EventTV", now.toString())
                    .add("Severity", "Informational").add("Service", "AMI").add("EventVersion", 1)
                    .add("AccountID", config.user()).add("SessionID", "0x" + Integer.toHexString(s.hashCode()))
                    .add("LocalAddress", "IPV4/TCP/" + s.localAddress()).add("RemoteAddress", "IPV4/TCP/" + s.remoteAddress())
                    .add("UsingPassword", md5 ? 0 : 1).add("SessionTV", now.toString()).build());
        }
    }

    private void originate(AmiSession s, AmiMessage a, String id) {
        String channel = a.text("Channel");
        if (channel.isEmpty()) {
            s.send(error(id, "Channel not specified"));
            return;
        }
        Map<String, String> variables = variables(a);
        String callerId = a.text("CallerID");
        Matcher m = CALLER_ID.matcher(callerId);
        String number = m.find() ? m.group(1) : variables.getOrDefault("CALLER_NUM", callerId.replace("\"", "").trim());
        String callerName = callerId.contains("\"") ? callerId.substring(callerId.indexOf('"') + 1,
                callerId.lastIndexOf('"')) : "Citizen";
        s.send(success(id).add("Message", "Originate successfully queued").build());
        if ("survey".equals(a.text("Context")) && LOCAL_IFACE.matcher(channel).matches()) {
            startSurveyCall(channel, variables, number, id);
        } else if (channel.contains("@inbound")) {
            CallPlan plan = new CallPlan();
            plan.ring = () -> Duration.ofSeconds(2);
            Duration talk = Duration.ofSeconds(parseLong(variables.get("__AGENT_TALK"), 5));
            plan.talk = () -> talk;
            plan.noAnswerAfter = Duration.ofSeconds(15);
            plan.retry = Duration.ofSeconds(1);
            startInbound(number, DEFAULT_QUEUE, plan, id);
        } else if (LOCAL_IFACE.matcher(channel).matches() || channel.startsWith("PJSIP/") || channel.startsWith("SIP/")) {
            startClickToDial(channel, a.text("Exten"), a.get("Context").orElse("outbound"),
                    callerName.isEmpty() ? "Citizen" : callerName, id, Duration.ofMillis(300), Duration.ofSeconds(2));
        } else {
            emit(Frames.event("OriginateResponse", "call,all", now()).add("ActionID", id).add("Response", "Failure")
                    .add("Channel", channel).add("Context", a.text("Context")).add("Exten", a.text("Exten"))
                    .add("Reason", 0).add("Uniqueid", "<null>").add("CallerIDNum", number)
                    .add("CallerIDName", callerName).build());
        }
    }

    private void queuePause(AmiSession s, AmiMessage a, String id) {
        String iface = a.text("Interface");
        if (iface.isEmpty() || a.get("Paused").isEmpty()) {
            s.send(error(id, "Need 'Interface' and 'Paused' parameters."));
            return;
        }
        boolean paused = a.flag("Paused");
        Optional<String> result = pause(iface, a.text("Queue"), paused, a.text("Reason"), () ->
                s.send(success(id).add("Message", paused ? "Interface paused successfully"
                        : "Interface unpaused successfully").build()));
        result.ifPresent(reason -> s.send(error(id, reason)));
    }

    /** Pauses or unpauses; runs {@code beforeEvents} (the response) first; an error message if it failed. */
    Optional<String> pause(String iface, String queue, boolean paused, String reason, Runnable beforeEvents) {
        List<SimMember> targets = new ArrayList<>();
        for (SimQueue q : queues.values()) {
            if (queue.isEmpty() || q.name.equals(queue)) {
                SimMember m = q.members.get(iface);
                if (m != null) {
                    targets.add(m);
                }
            }
        }
        if (targets.isEmpty()) {
            return Optional.of("Interface not found");
        }
        beforeEvents.run();
        Instant now = now();
        for (SimMember m : targets) {
            m.paused = paused;
            m.pausedReason = paused ? reason : "";
            if (paused) {
                m.lastPause = now.getEpochSecond();
            }
            emit(Frames.event("DeviceStateChange", "call,all", now)
                    .add("Device", "Queue:" + m.queue + "_pause_" + iface).add("State", paused ? "INUSE" : "NOT_INUSE").build());
            emit(memberBlob("QueueMemberPause", m, now));
        }
        if (!paused) {
            dispatch();
        }
        return Optional.empty();
    }

    private void queueAdd(AmiSession s, AmiMessage a, String id) {
        String iface = a.text("Interface");
        if (a.text("Queue").isEmpty() || iface.isEmpty()) {
            s.send(error(id, a.text("Queue").isEmpty() ? "'Queue' not specified." : "'Interface' not specified."));
            return;
        }
        Optional<String> failure = addMember(a.text("Queue"), iface, a.get("MemberName").orElse(iface),
                a.flag("Paused"), () -> s.send(success(id).add("Message", "Added interface to queue").build()));
        failure.ifPresent(reason -> s.send(error(id, reason)));
    }

    Optional<String> addMember(String queue, String iface, String name, boolean paused, Runnable beforeEvents) {
        SimQueue q = queues.get(queue);
        if (q == null) {
            return Optional.of("Unable to add interface to queue: No such queue");
        }
        if (q.members.containsKey(iface)) {
            return Optional.of("Unable to add interface: Already there");
        }
        beforeEvents.run();
        Instant now = now();
        SimMember m = new SimMember(queue, iface, name, true, now.getEpochSecond());
        m.paused = paused;
        q.members.put(iface, m);
        deviceStatus.putIfAbsent(iface, NOT_INUSE);
        emit(memberBlob("QueueMemberAdded", m, now));
        dispatch();
        return Optional.empty();
    }

    private void queueRemove(AmiSession s, AmiMessage a, String id) {
        if (a.text("Queue").isEmpty() || a.text("Interface").isEmpty()) {
            s.send(error(id, "Need 'Queue' and 'Interface' parameters."));
            return;
        }
        Optional<String> failure = removeMember(a.text("Queue"), a.text("Interface"),
                () -> s.send(success(id).add("Message", "Removed interface from queue").build()));
        failure.ifPresent(reason -> s.send(error(id, reason)));
    }

    Optional<String> removeMember(String queue, String iface, Runnable beforeEvents) {
        SimQueue q = queues.get(queue);
        if (q == null) {
            return Optional.of("Unable to remove interface from queue: No such queue");
        }
        SimMember m = q.members.get(iface);
        if (m == null) {
            return Optional.of("Unable to remove interface: Not there");
        }
        if (!m.dynamic) {
            return Optional.of("Member not dynamic");
        }
        beforeEvents.run();
        q.members.remove(iface);
        emit(memberBlob("QueueMemberRemoved", m, now()));
        return Optional.empty();
    }

    private void hangupAction(AmiSession s, AmiMessage a, String id) {
        SimChannel ch = channelNamed(a.text("Channel"));
        if (ch == null) {
            s.send(error(id, "No such channel"));
            return;
        }
        s.send(success(id).add("Message", "Channel Hungup").build());
        SimCall c = calls.get(ch.linkedid);
        if (c == null) {
            return;
        }
        if (c.outbound) {
            endClickToDial(c);
        } else if (ch == c.caller1 || ch == c.caller2) {
            if (c.state == SimCall.State.CONNECTED) {
                callerHangsUpConnected(c);
            } else {
                callerHangsUpWhileQueued(c);
            }
        } else if (ch == c.agent1 || ch == c.agent2) {
            if (c.state == SimCall.State.RINGING) {
                c.cancelPending();
                ringNoAnswer(c);
            } else if (c.state == SimCall.State.CONNECTED) {
                c.cancelPending();
                agentHangsUp(c);
            }
        }
    }

    private void redirectAction(AmiSession s, AmiMessage a, String id) {
        SimChannel ch = channelNamed(a.text("Channel"));
        if (ch == null) {
            s.send(error(id, "Channel does not exist: " + a.text("Channel")));
            return;
        }
        s.send(success(id).add("Message", "Redirect successful").build());
        SimCall c = calls.get(ch.linkedid);
        if (c == null || c.outbound || (ch != c.caller1 && ch != c.caller2)) {
            return;
        }
        String target = "Local/" + a.text("Exten") + "@" + a.get("Context").filter(x -> !x.isEmpty()).orElse("agents");
        c.cancelTimers();
        if (c.state == SimCall.State.CONNECTED) {
            Instant now = now();
            c.bridge.channels.remove(c.caller2);
            c.caller2.bridge = null;
            emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), c.bridge), "", c.caller2)
                    .build());
            long talk = seconds(c.connectedAt, now);
            if (c.viaQueue) {
                emit(agentEvent("AgentComplete", c, now).add("HoldTime", seconds(c.joinedAt, c.connectedAt))
                        .add("TalkTime", talk).add("Reason", "caller").build());
            }
            SimMember member = c.member;
            dropAgentLeg(c, now);
            account(c, member, talk, now);
            c.viaQueue = false;
            ringDirect(c, target, Duration.ofMillis(200), c.plan.talk.get());
        } else if (c.state == SimCall.State.WAITING || c.state == SimCall.State.RINGING) {
            if (c.state == SimCall.State.RINGING) {
                cancelRing(c, now());
            }
            leaveQueue(c, now());
            c.viaQueue = false;
            ringDirect(c, target, Duration.ofMillis(200), c.plan.talk.get());
        }
    }

    private void queueStatus(AmiSession s, AmiMessage a, String id) {
        s.send(success(id).add("EventList", "start").add("Message", "Queue status will follow").build());
        String queueFilter = a.text("Queue");
        String memberFilter = a.text("Member");
        Instant now = now();
        int items = 0;
        for (SimQueue q : queues.values()) {
            if (!queueFilter.isEmpty() && !q.name.equals(queueFilter)) {
                continue;
            }
            s.send(AmiMessage.event("QueueParams").add("Queue", q.name).add("Max", 0).add("Strategy", q.strategy)
                    .add("Calls", q.waiting.size()).add("Holdtime", q.averageHold()).add("TalkTime", q.averageTalk())
                    .add("Completed", q.completed).add("Abandoned", q.abandoned).add("ServiceLevel", 0)
                    .add("ServicelevelPerf", "0.0").add("ServicelevelPerf2", "0.0").add("Weight", 0)
                    .add("ActionID", id).build());
            items++;
            for (SimMember m : q.members.values()) {
                if (!memberFilter.isEmpty() && !m.iface.equals(memberFilter)) {
                    continue;
                }
                s.send(AmiMessage.event("QueueMember").add("Queue", q.name).add("Name", m.name)
                        .add("Location", m.iface).add("StateInterface", m.iface)
                        .add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", 0)
                        .add("CallsTaken", m.callsTaken).add("LastCall", m.lastCall).add("LastPause", m.lastPause)
                        .add("LoginTime", m.loginTime).add("InCall", m.inCall ? 1 : 0)
                        .add("Status", deviceStatus.getOrDefault(m.iface, NOT_INUSE)).add("Paused", m.paused ? 1 : 0)
                        .add("PausedReason", m.pausedReason).add("Wrapuptime", 0).add("ActionID", id).build());
                items++;
            }
            int position = 1;
            for (SimCall c : q.waiting) {
                s.send(AmiMessage.event("QueueEntry").add("Queue", q.name).add("Position", position++)
                        .add("Channel", c.caller2.name).add("Uniqueid", c.caller2.uniqueid)
                        .add("CallerIDNum", c.caller2.callerNum).add("CallerIDName", c.caller2.callerName)
                        .add("ConnectedLineNum", c.caller2.connectedNum).add("ConnectedLineName", c.caller2.connectedName)
                        .add("Wait", seconds(c.joinedAt, now)).add("Priority", 0).add("ActionID", id).build());
                items++;
            }
        }
        s.send(AmiMessage.event("QueueStatusComplete").add("ActionID", id).add("EventList", "Complete")
                .add("ListItems", items).build());
    }

    private void queueSummary(AmiSession s, AmiMessage a, String id) {
        s.send(success(id).add("EventList", "start").add("Message", "Queue summary will follow").build());
        Instant now = now();
        int items = 0;
        for (SimQueue q : queues.values()) {
            if (!a.text("Queue").isEmpty() && !q.name.equals(a.text("Queue"))) {
                continue;
            }
            int available = 0;
            for (SimMember m : q.members.values()) {
                if (!m.paused && deviceStatus.getOrDefault(m.iface, NOT_INUSE) == NOT_INUSE) {
                    available++;
                }
            }
            long longest = q.waiting.isEmpty() ? 0 : seconds(q.waiting.get(0).joinedAt, now);
            s.send(AmiMessage.event("QueueSummary").add("Queue", q.name).add("LoggedIn", q.members.size())
                    .add("Available", available).add("Callers", q.waiting.size()).add("HoldTime", q.averageHold())
                    .add("TalkTime", q.averageTalk()).add("LongestHoldTime", longest).add("ActionID", id).build());
            items++;
        }
        s.send(AmiMessage.event("QueueSummaryComplete").add("ActionID", id).add("EventList", "Complete")
                .add("ListItems", items).build());
    }

    private void coreShowChannels(AmiSession s, String id) {
        s.send(success(id).add("EventList", "start").add("Message", "Channels will follow").build());
        Instant now = now();
        for (SimChannel ch : channels.values()) {
            AmiMessage.Builder b = AmiMessage.event("CoreShowChannel").add("ActionID", id);
            Frames.channel(b, "", ch);
            long d = seconds(ch.created, now);
            s.send(b.add("BridgeId", ch.bridge == null ? "" : ch.bridge.id).add("Application", ch.application)
                    .add("ApplicationData", ch.appData)
                    .add("Duration", String.format("%02d:%02d:%02d", d / 3600, d / 60 % 60, d % 60)).build());
        }
        s.send(AmiMessage.event("CoreShowChannelsComplete").add("ActionID", id).add("EventList", "Complete")
                .add("ListItems", channels.size()).build());
    }

    // ================================================================== inbound calls

    /** A citizen calls in (a Local/s@inbound pair, as in the recordings) and joins the queue. */
    SimCall startInbound(String number, String queueName, CallPlan plan, String originateActionId) {
        Instant now = now();
        String suffix = nextLocalSuffix();
        String uidA = nextUniqueid(now);
        String uidB = nextUniqueid(now);
        SimChannel s1 = new SimChannel("Local/s@inbound-" + suffix + ";1", uidA, uidA, now, SimChannel.DOWN, "inbound", "s");
        SimChannel s2 = new SimChannel("Local/s@inbound-" + suffix + ";2", uidB, uidA, now, SimChannel.RING, "inbound", "s");
        s1.application = "Wait";
        s1.appData = "600";
        channels.put(uidA, s1);
        channels.put(uidB, s2);
        SimCall call = new SimCall(uidA, number, s1, s2, plan);
        calls.put(uidA, call);
        emit(channelEvent("Newchannel", s1, now));
        emit(channelEvent("Newchannel", s2, now));
        setCallerId(s1, number, "Citizen");
        emit(channelEvent("NewCallerid", s1, now).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)").build());
        s1.connectedNum = number;
        s1.connectedName = "Citizen";
        emit(channelEvent("NewConnectedLine", s1, now));
        setCallerId(s2, number, "Citizen");
        s2.connectedNum = number;
        s2.connectedName = "Citizen";
        emit(channelEvent("NewCallerid", s2, now).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)").build());
        emit(channelEvent("NewConnectedLine", s2, now));
        emit(localBridge(s1, s2, now));
        emit(Frames.channel(Frames.event("DialBegin", "call,all", now), "Dest", s1).add("DialString", "s@inbound").build());
        s2.state = SimChannel.UP;
        s2.priority = 3;
        emit(channelEvent("Newstate", s2, now));
        s1.state = SimChannel.UP;
        emit(channelEvent("Newstate", s1, now));
        if (originateActionId != null) {
            emit(Frames.event("OriginateResponse", "call,all", now).add("ActionID", originateActionId)
                    .add("Response", "Success").add("Channel", s1.name).add("Application", "Wait").add("Data", "600")
                    .add("Reason", 4).add("Uniqueid", s1.uniqueid).add("CallerIDNum", number)
                    .add("CallerIDName", "Citizen").build());
        }
        emit(Frames.channel(Frames.event("DialEnd", "call,all", now), "Dest", s1).add("DialStatus", "ANSWER").build());
        SimQueue q = queues.get(queueName);
        if (q == null) {
            q = queues.get(DEFAULT_QUEUE);
        }
        SimQueue queue = q;
        call.pending = schedule(plan.joinDelay, () -> join(call, queue));
        return call;
    }

    private void join(SimCall c, SimQueue q) {
        if (c.state == SimCall.State.DONE) {
            return;
        }
        Instant now = now();
        c.caller2.priority = 4;
        c.caller2.application = "Queue";
        c.caller2.appData = q.name + ",r,,,300";
        q.waiting.add(c);
        c.queue = q;
        c.state = SimCall.State.WAITING;
        c.viaQueue = true;
        c.joinedAt = now;
        c.originalPosition = q.waiting.size();
        emit(Frames.event("DeviceStateChange", "call,all", now).add("Device", "Queue:" + q.name)
                .add("State", "RINGING").build());
        emit(channelEvent("QueueCallerJoin", c.caller2, now).add("Queue", q.name)
                .add("Position", q.waiting.size()).add("Count", q.waiting.size()).build());
        if (c.plan.patience != null) {
            c.patienceTimer = schedule(c.plan.patience, () -> {
                if (c.state == SimCall.State.WAITING || c.state == SimCall.State.RINGING) {
                    callerHangsUpWhileQueued(c);
                }
            });
        }
        dispatch();
    }

    /** Offers waiting callers to free members, as app_queue does when something changes. */
    void dispatch() {
        Instant now = now();
        for (SimQueue q : queues.values()) {
            for (SimCall c : new ArrayList<>(q.waiting)) {
                if (c.state != SimCall.State.WAITING || c.plan.noAgents || now.isBefore(c.retryAt)) {
                    continue;
                }
                SimMember m = pick(q, c);
                if (m != null) {
                    ring(c, m);
                }
            }
        }
    }

    private SimMember pick(SimQueue q, SimCall c) {
        if (!c.plan.order.isEmpty()) {
            String iface = c.plan.order.get(Math.min(c.attempt, c.plan.order.size() - 1));
            SimMember m = q.members.get(iface);
            return m != null && available(m) ? m : null;
        }
        List<SimMember> members = new ArrayList<>(q.members.values());
        int start = 0;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).iface.equals(q.lastServed)) {
                start = i + 1;
            }
        }
        for (int i = 0; i < members.size(); i++) {
            SimMember m = members.get((start + i) % members.size());
            if ((c.plan.pool.isEmpty() || c.plan.pool.contains(m.iface)) && available(m)) {
                return m;
            }
        }
        return null;
    }

    private boolean available(SimMember m) {
        if (m.paused || deviceStatus.getOrDefault(m.iface, NOT_INUSE) != NOT_INUSE) {
            return false;
        }
        SimQueue q = queues.get(m.queue);
        Instant lastCall = lastQueueCall.get(m.iface);
        if (q != null && lastCall != null && now().isBefore(lastCall.plus(q.wrapUpTime))) {
            return false; // app_queue: "Wrapuptime not yet expired"
        }
        for (SimCall c : calls.values()) {
            if (m.iface.equals(c.agentIface) && c.state != SimCall.State.DONE) {
                return false;
            }
        }
        return true;
    }

    private void ring(SimCall c, SimMember m) {
        Instant now = now();
        SimChannel[] leg = newAgentLeg(c, m.iface, now);
        SimChannel a1 = leg[0];
        c.member = m;
        c.agentIface = m.iface;
        c.agent1 = a1;
        c.agent2 = leg[1];
        c.state = SimCall.State.RINGING;
        c.ringStartedAt = now;
        a1.exten = "s";
        a1.application = "AppQueue";
        a1.appData = "(Outgoing Line)";
        emit(agentEvent("AgentCalled", c, now).build());
        emit(Frames.channel(Frames.channel(Frames.event("DialBegin", "call,all", now), "", c.caller2), "Dest", a1)
                .add("DialString", m.iface).build());
        a1.state = SimChannel.RINGING;
        emit(channelEvent("Newstate", a1, now));
        emit(Frames.channel(Frames.channel(Frames.event("DialState", "call,all", now), "", c.caller2), "Dest", a1)
                .add("DialStatus", "RINGING").build());
        setDevice(m.iface, INUSE, now);
        if (c.plan.answers.test(c.attempt)) {
            c.pending = schedule(c.plan.ring.get(), () -> {
                if (c.state == SimCall.State.RINGING && c.agent1 == a1) {
                    answer(c);
                }
            });
        } else {
            c.pending = schedule(c.plan.noAnswerAfter, () -> {
                if (c.state == SimCall.State.RINGING && c.agent1 == a1) {
                    ringNoAnswer(c);
                }
            });
        }
    }

    private SimChannel[] newAgentLeg(SimCall c, String iface, Instant now) {
        SimChannel[] pair = newAgentChannels(c, iface, SimChannel.RING, now);
        SimChannel a1 = pair[0];
        SimChannel a2 = pair[1];
        setCallerId(a1, c.callerNumber, "Citizen");
        emit(channelEvent("NewCallerid", a1, now).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)").build());
        if (a2 != null) {
            setCallerId(a2, c.callerNumber, "Citizen");
            a2.connectedNum = c.callerNumber;
            a2.connectedName = "Citizen";
            a2.application = "Wait";
            emit(channelEvent("NewCallerid", a2, now).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)")
                    .build());
            emit(channelEvent("NewConnectedLine", a2, now));
            emit(localBridge(a1, a2, now));
        }
        a1.connectedNum = c.callerNumber;
        a1.connectedName = "Citizen";
        return new SimChannel[] {a1, a2};
    }

    /**
     * An agent phone's channels of the call, announced ({@code Newchannel}): for a Local interface its {@code ;1} and
     * {@code ;2} halves (the second in {@code halfState}), otherwise the one channel and null.
     */
    private SimChannel[] newAgentChannels(SimCall c, String iface, int halfState, Instant now) {
        String suffix = nextLocalSuffix();
        Matcher local = LOCAL_IFACE.matcher(iface);
        String exten = local.matches() ? local.group(1) : extensionOf(iface);
        String context = local.matches() ? local.group(2) : "agents";
        SimChannel one = new SimChannel(iface + "-" + suffix + (local.matches() ? ";1" : ""), nextUniqueid(now),
                c.linkedid, now, SimChannel.DOWN, context, exten);
        channels.put(one.uniqueid, one);
        emit(channelEvent("Newchannel", one, now));
        SimChannel two = null;
        if (local.matches()) {
            two = new SimChannel(iface + "-" + suffix + ";2", nextUniqueid(now), c.linkedid, now, halfState, context,
                    exten);
            channels.put(two.uniqueid, two);
            emit(channelEvent("Newchannel", two, now));
        }
        return new SimChannel[] {one, two};
    }

    private void answer(SimCall c) {
        Instant now = now();
        SimChannel a1 = c.agent1;
        if (c.agent2 != null) {
            c.agent2.state = SimChannel.UP;
            emit(channelEvent("Newstate", c.agent2, now));
        }
        a1.state = SimChannel.UP;
        emit(channelEvent("Newstate", a1, now));
        emit(Frames.channel(Frames.channel(Frames.event("DialEnd", "call,all", now), "", c.caller2), "Dest", a1)
                .add("DialStatus", "ANSWER").build());
        if (c.viaQueue) {
            leaveQueue(c, now);
            emit(agentEvent("AgentConnect", c, now).add("HoldTime", seconds(c.joinedAt, now))
                    .add("RingTime", seconds(c.ringStartedAt, now)).build());
            c.queue.holdTotal += seconds(c.joinedAt, now);
            c.queue.lastServed = c.agentIface;
        }
        bridgeUp(c, now);
        c.state = SimCall.State.CONNECTED;
        c.connectedAt = now;
        if (c.member != null) {
            c.member.inCall = true;
        }
        if (c.plan.transferTo != null && c.viaQueue) {
            String target = c.plan.transferTo;
            c.pending = schedule(c.plan.talkBeforeTransfer, () -> {
                if (c.state == SimCall.State.CONNECTED) {
                    blindTransfer(c, target);
                }
            });
        } else if (c.plan.attendedTo != null && c.viaQueue) {
            String target = c.plan.attendedTo;
            c.pending = schedule(c.plan.talkBeforeTransfer, () -> {
                if (c.state == SimCall.State.CONNECTED && c.agent1 == a1) {
                    startConsult(c, target);
                }
            });
        } else {
            c.pending = schedule(c.plan.talk.get(), () -> {
                if (c.state == SimCall.State.CONNECTED && c.agent1 == a1) {
                    agentHangsUp(c);
                }
            });
        }
    }

    private void bridgeUp(SimCall c, Instant now) {
        SimBridge bridge = new SimBridge(UUID.randomUUID().toString());
        c.bridge = bridge;
        emit(Frames.bridge(Frames.event("BridgeCreate", "call,all", now), bridge).build());
        bridge.channels.add(c.agent1);
        c.agent1.bridge = bridge;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeEnter", "call,all", now), bridge), "", c.agent1).build());
        bridge.channels.add(c.caller2);
        c.caller2.bridge = bridge;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeEnter", "call,all", now), bridge), "", c.caller2).build());
    }

    private void leaveQueue(SimCall c, Instant now) {
        SimQueue q = c.queue;
        int position = q.waiting.indexOf(c) + 1;
        if (position == 0) {
            return;
        }
        q.waiting.remove(c);
        if (c.patienceTimer != null) {
            c.patienceTimer.cancel(false);
            c.patienceTimer = null;
        }
        emit(Frames.event("DeviceStateChange", "call,all", now).add("Device", "Queue:" + q.name)
                .add("State", q.waiting.isEmpty() ? "NOT_INUSE" : "RINGING").build());
        emit(channelEvent("QueueCallerLeave", c.caller2, now).add("Queue", q.name).add("Position", position)
                .add("Count", q.waiting.size()).build());
    }

    private void ringNoAnswer(SimCall c) {
        Instant now = now();
        emit(agentEvent("AgentRingNoAnswer", c, now).add("RingTime", Duration.between(c.ringStartedAt, now).toMillis())
                .build());
        emit(Frames.channel(Frames.channel(Frames.event("DialEnd", "call,all", now), "", c.caller2), "Dest", c.agent1)
                .add("DialStatus", "NOANSWER").build());
        emit(Frames.channel(Frames.channel(Frames.event("DialEnd", "call,all", now), "", c.caller2), "Dest", c.agent1)
                .add("DialStatus", "CANCEL").build());
        if (c.agent2 != null) {
            emit(channelEvent("HangupRequest", c.agent2, now).add("Cause", 0).build());
        }
        hangup(c.agent1, 0, now);
        setDevice(c.agentIface, NOT_INUSE, now);
        if (c.agent2 != null) {
            emit(channelEvent("SoftHangupRequest", c.agent2, now).add("Cause", 16).build());
            hangup(c.agent2, 0, now);
        }
        c.agent1 = null;
        c.agent2 = null;
        c.member = null;
        c.agentIface = null;
        c.state = SimCall.State.WAITING;
        c.attempt++;
        c.retryAt = now.plus(c.plan.retry);
        c.pending = schedule(c.plan.retry, this::dispatch);
    }

    private void cancelRing(SimCall c, Instant now) {
        c.cancelPending();
        emit(Frames.channel(Frames.channel(Frames.event("DialEnd", "call,all", now), "", c.caller2), "Dest", c.agent1)
                .add("DialStatus", "CANCEL").build());
        hangup(c.agent1, 0, now);
        if (c.agent2 != null) {
            hangup(c.agent2, 0, now);
        }
        setDevice(c.agentIface, NOT_INUSE, now);
        c.agent1 = null;
        c.agent2 = null;
        c.member = null;
        c.agentIface = null;
        c.state = SimCall.State.WAITING;
    }

    private void agentHangsUp(SimCall c) {
        Instant now = now();
        SimChannel a1 = c.agent1;
        if (c.agent2 != null) {
            emit(channelEvent("SoftHangupRequest", c.agent2, now).add("Cause", 16).build());
        }
        emit(channelEvent("HangupRequest", a1, now).add("Cause", 16).build());
        if (c.agent2 != null) {
            hangup(c.agent2, 16, now);
        }
        long talk = seconds(c.connectedAt, now);
        if (c.viaQueue) {
            emit(agentEvent("AgentComplete", c, now).add("HoldTime", seconds(c.joinedAt, c.connectedAt))
                    .add("TalkTime", talk).add("Reason", "agent").build());
        }
        c.bridge.channels.remove(a1);
        a1.bridge = null;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), c.bridge), "", a1).build());
        hangup(a1, 16, now);
        c.bridge.channels.remove(c.caller2);
        c.caller2.bridge = null;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), c.bridge), "", c.caller2).build());
        emit(Frames.bridge(Frames.event("BridgeDestroy", "call,all", now), c.bridge).build());
        emit(channelEvent("SoftHangupRequest", c.caller2, now).add("Cause", 16).build());
        emit(channelEvent("HangupRequest", c.caller1, now).add("Cause", 16).build());
        hangup(c.caller1, 16, now);
        hangup(c.caller2, 16, now);
        memberDone(c, talk, now);
        finish(c);
    }

    private void callerHangsUpConnected(SimCall c) {
        c.cancelTimers();
        Instant now = now();
        emit(channelEvent("HangupRequest", c.caller2, now).add("Cause", 16).build());
        hangup(c.caller1, 16, now);
        long talk = seconds(c.connectedAt, now);
        if (c.viaQueue) {
            emit(agentEvent("AgentComplete", c, now).add("HoldTime", seconds(c.joinedAt, c.connectedAt))
                    .add("TalkTime", talk).add("Reason", "caller").build());
        }
        c.bridge.channels.remove(c.caller2);
        c.caller2.bridge = null;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), c.bridge), "", c.caller2).build());
        hangup(c.caller2, 16, now);
        SimMember member = c.member;
        dropAgentLeg(c, now);
        account(c, member, talk, now);
        finish(c);
    }

    private void account(SimCall c, SimMember member, long talk, Instant now) {
        if (member != null) {
            member.callsTaken++;
            member.lastCall = now.getEpochSecond();
        }
        if (c.viaQueue && c.queue != null) {
            c.queue.completed++;
            c.queue.talkTotal += talk;
            queueCallCompleted(c.queue, member == null ? c.agentIface : member.iface, now);
        }
    }

    /** The agent leg leaves the bridge and hangs up; the bridge goes away. */
    private void dropAgentLeg(SimCall c, Instant now) {
        SimChannel a1 = c.agent1;
        c.bridge.channels.remove(a1);
        a1.bridge = null;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), c.bridge), "", a1).build());
        emit(Frames.bridge(Frames.event("BridgeDestroy", "call,all", now), c.bridge).build());
        emit(channelEvent("SoftHangupRequest", a1, now).add("Cause", 16).build());
        if (c.agent2 != null) {
            emit(channelEvent("HangupRequest", c.agent2, now).add("Cause", 16).build());
        }
        hangup(a1, 16, now);
        if (c.agent2 != null) {
            hangup(c.agent2, 16, now);
        }
        if (c.caller2.bridge == null) {
            c.bridge = null;
        }
        String iface = c.agentIface;
        SimMember member = c.member;
        if (member != null) {
            member.inCall = false;
        }
        c.agent1 = null;
        c.agent2 = null;
        c.member = null;
        c.agentIface = null;
        if (iface != null) {
            setDevice(iface, NOT_INUSE, now);
        }
    }

    private void callerHangsUpWhileQueued(SimCall c) {
        c.cancelTimers();
        Instant now = now();
        if (c.state == SimCall.State.RINGING) {
            cancelRing(c, now);
        }
        emit(channelEvent("HangupRequest", c.caller2, now).add("Cause", 16).build());
        hangup(c.caller1, 16, now);
        SimQueue q = c.queue;
        int position = q.waiting.indexOf(c) + 1;
        emit(channelEvent("VarSet", c.caller2, now).add("Variable", "ABANDONED").add("Value", "TRUE").build());
        if (position > 0) {
            long hold = seconds(c.joinedAt, now);
            emit(channelEvent("QueueCallerAbandon", c.caller2, now).add("Queue", q.name).add("Position", position)
                    .add("OriginalPosition", c.originalPosition).add("HoldTime", hold).build());
            q.abandoned++;
            q.holdTotal += hold;
            leaveQueue(c, now);
        }
        emit(channelEvent("SoftHangupRequest", c.caller2, now).add("Cause", 16).build());
        hangup(c.caller2, 16, now);
        finish(c);
    }

    private void blindTransfer(SimCall c, String targetIface) {
        Instant now = now();
        Matcher local = LOCAL_IFACE.matcher(targetIface);
        AmiMessage.Builder b = Frames.event("BlindTransfer", "call,all", now).add("Result", "Success");
        Frames.channel(b, "Transferer", c.agent1);
        Frames.channel(b, "Transferee", c.caller2);
        Frames.bridge(b, c.bridge);
        emit(b.add("IsExternal", "No").add("Context", local.matches() ? local.group(2) : "agents")
                .add("Extension", local.matches() ? local.group(1) : extensionOf(targetIface)).build());
        long talk = seconds(c.connectedAt, now);
        emit(agentEvent("AgentComplete", c, now).add("HoldTime", seconds(c.joinedAt, c.connectedAt))
                .add("TalkTime", talk).add("Reason", "transfer").build());
        c.bridge.channels.remove(c.caller2);
        c.caller2.bridge = null;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), c.bridge), "", c.caller2).build());
        SimMember old = c.member;
        dropAgentLeg(c, now);
        account(c, old, talk, now);
        c.viaQueue = false;
        ringDirect(c, targetIface, c.plan.ring.get(), c.plan.talk.get());
    }

    /**
     * The agent puts the citizen on hold and dials the target ({@code Atxfer}), as attended-transfer.txt shows: the
     * target's legs belong to the call (its Linkedid) and carry the citizen's number only as the connected line; the
     * agent leaves the citizen's bridge for a new consult bridge where the target's phone rings.
     */
    private void startConsult(SimCall c, String targetIface) {
        Instant now = now();
        SimChannel a1 = c.agent1;
        emit(channelEvent("Hold", a1, now));
        SimChannel[] pair = newAgentChannels(c, targetIface, SimChannel.DOWN, now);
        SimChannel t1 = pair[0];
        SimChannel t2 = pair[1];
        SimBridge consult = new SimBridge(UUID.randomUUID().toString());
        emit(Frames.bridge(Frames.event("BridgeCreate", "call,all", now), consult).build());
        if (t2 != null) {
            t2.callerNum = c.callerNumber;
            t2.callerName = "Citizen";
            emit(localBridge(t1, t2, now));
        }
        t1.connectedNum = c.callerNumber;
        t1.connectedName = "Citizen";
        consult.channels.add(t1);
        t1.bridge = consult;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeEnter", "call,all", now), consult), "", t1).build());
        t1.state = SimChannel.RINGING;
        emit(channelEvent("Newstate", t1, now));
        emit(Frames.channel(Frames.event("DialState", "call,all", now), "Dest", t1).add("DialStatus", "RINGING").build());
        c.bridge.channels.remove(a1);
        a1.bridge = null;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), c.bridge), "", a1).build());
        consult.channels.add(a1);
        a1.bridge = consult;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeEnter", "call,all", now), consult), "", a1).build());
        setDevice(targetIface, INUSE, now);
        SimChannel localHalf = t2;
        c.pending = schedule(c.plan.ring.get(), () -> {
            if (c.state != SimCall.State.CONNECTED || c.agent1 != a1) {
                return;
            }
            Instant answered = now();
            if (localHalf != null) {
                localHalf.state = SimChannel.UP;
                emit(channelEvent("Newstate", localHalf, answered));
            }
            t1.state = SimChannel.UP;
            emit(channelEvent("Newstate", t1, answered));
            emit(Frames.channel(Frames.event("DialEnd", "call,all", answered), "Dest", t1).add("DialStatus", "ANSWER")
                    .build());
            c.pending = schedule(c.plan.consult, () -> {
                if (c.state == SimCall.State.CONNECTED && c.agent1 == a1) {
                    completeAttended(c, consult, targetIface, t1, localHalf);
                }
            });
        });
    }

    /**
     * The first agent hangs up after the consult: the bridges merge and the citizen talks to the target. The events
     * come in one of the two orders the real PBX used ({@link CallPlan#mergeFirst}).
     */
    private void completeAttended(SimCall c, SimBridge consult, String targetIface, SimChannel t1, SimChannel t2) {
        Instant now = now();
        SimChannel a1 = c.agent1;
        SimChannel a2 = c.agent2;
        SimBridge callerBridge = c.bridge;
        boolean mergeFirst = c.plan.mergeFirst;
        if (!mergeFirst) {
            leaveBridge(consult, a1, now);
            if (a2 != null) {
                emit(channelEvent("HangupRequest", a2, now).add("Cause", 16).build());
            }
        }
        AmiMessage.Builder merge = Frames.event("BridgeMerge", "call,all", now);
        Frames.bridge(merge, "To", callerBridge);
        emit(Frames.bridge(merge, "From", consult).build());
        leaveBridge(consult, t1, now);
        callerBridge.channels.add(t1);
        t1.bridge = callerBridge;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeEnter", "call,all", now), callerBridge), "", t1).build());
        if (mergeFirst) {
            leaveBridge(consult, a1, now);
        }
        AmiMessage.Builder transfer = Frames.event("AttendedTransfer", "call,all", now).add("Result", "Success");
        Frames.channel(transfer, "OrigTransferer", a1);
        Frames.bridge(transfer, "Orig", callerBridge);
        Frames.channel(transfer, "SecondTransferer", a1);
        Frames.bridge(transfer, "Second", consult);
        Frames.channel(transfer, "Transferee", c.caller2);
        if (mergeFirst) {
            Frames.channel(transfer, "TransferTarget", t1);
        }
        emit(transfer.add("IsExternal", "No").add("DestType", "Bridge").add("DestBridgeUniqueid", callerBridge.id).build());
        long talk = seconds(c.connectedAt, now);
        emit(agentEvent("AgentComplete", c, now).add("HoldTime", seconds(c.joinedAt, c.connectedAt))
                .add("TalkTime", talk).add("Reason", "transfer").build());
        if (mergeFirst && a2 != null) {
            emit(channelEvent("HangupRequest", a2, now).add("Cause", 16).build());
        }
        emit(Frames.bridge(Frames.event("BridgeDestroy", "call,all", now), consult).build());
        if (a2 != null) {
            emit(channelEvent("SoftHangupRequest", a2, now).add("Cause", 16).build());
        }
        hangup(a1, 16, now);
        hangup(a2, 16, now);
        SimMember old = c.member;
        if (old != null) {
            old.inCall = false;
        }
        setDevice(c.agentIface, NOT_INUSE, now);
        account(c, old, talk, now);
        c.agent1 = t1;
        c.agent2 = t2;
        c.agentIface = targetIface;
        c.member = anyMembership(targetIface);
        if (c.member != null) {
            c.member.inCall = true;
        }
        c.viaQueue = false;
        c.connectedAt = now;
        c.pending = schedule(c.plan.talk.get(), () -> {
            if (c.state == SimCall.State.CONNECTED && c.agent1 == t1) {
                agentHangsUp(c);
            }
        });
    }

    private void leaveBridge(SimBridge bridge, SimChannel ch, Instant now) {
        bridge.channels.remove(ch);
        ch.bridge = null;
        emit(Frames.channel(Frames.bridge(Frames.event("BridgeLeave", "call,all", now), bridge), "", ch).build());
    }

    /** Dials an agent phone straight from the citizen's channel (after a transfer or redirect). */
    private void ringDirect(SimCall c, String iface, Duration ring, Duration talk) {
        Instant now = now();
        c.caller2.application = "Dial";
        c.caller2.appData = iface;
        SimChannel[] leg = newAgentLeg(c, iface, now);
        c.agent1 = leg[0];
        c.agent2 = leg[1];
        c.agentIface = iface;
        c.member = anyMembership(iface);
        c.state = SimCall.State.RINGING;
        c.ringStartedAt = now;
        emit(Frames.channel(Frames.channel(Frames.event("DialBegin", "call,all", now), "", c.caller2), "Dest", c.agent1)
                .add("DialString", iface).build());
        c.agent1.state = SimChannel.RINGING;
        emit(channelEvent("Newstate", c.agent1, now));
        emit(Frames.channel(Frames.channel(Frames.event("DialState", "call,all", now), "", c.caller2), "Dest", c.agent1)
                .add("DialStatus", "RINGING").build());
        setDevice(iface, INUSE, now);
        SimChannel a1 = c.agent1;
        c.pending = schedule(ring, () -> {
            if (c.state == SimCall.State.RINGING && c.agent1 == a1) {
                answer(c);
                c.cancelPending();
                c.pending = schedule(talk, () -> {
                    if (c.state == SimCall.State.CONNECTED && c.agent1 == a1) {
                        agentHangsUp(c);
                    }
                });
            }
        });
    }

    private SimMember anyMembership(String iface) {
        for (SimQueue q : queues.values()) {
            SimMember m = q.members.get(iface);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private void memberDone(SimCall c, long talk, Instant now) {
        if (c.member != null) {
            c.member.inCall = false;
            c.member.callsTaken++;
            c.member.lastCall = now.getEpochSecond();
        }
        if (c.viaQueue && c.queue != null) {
            c.queue.completed++;
            c.queue.talkTotal += talk;
            queueCallCompleted(c.queue, c.agentIface, now);
        }
        if (c.agentIface != null) {
            setDevice(c.agentIface, NOT_INUSE, now);
        }
    }

    /**
     * A queue call of the member ended: its lastcall (shared by its queues, as with shared_lastcall=yes). With the
     * queue's wrapuptime, the waiting callers are offered to it again once that time is over, as app_queue's callers
     * find out when they next look for a free member.
     */
    private void queueCallCompleted(SimQueue q, String iface, Instant now) {
        if (iface == null) {
            return;
        }
        lastQueueCall.put(iface, now);
        if (!q.wrapUpTime.isZero()) {
            schedule(q.wrapUpTime, this::dispatch);
        }
    }

    /** Sets a queue's {@code wrapuptime} (queues.conf), kept across a simulated restart. */
    void setWrapUpTime(String queue, Duration wrapUpTime) {
        wrapUpTimes.put(queue, wrapUpTime);
        SimQueue q = queues.get(queue);
        if (q != null) {
            q.wrapUpTime = wrapUpTime;
        }
        dispatch();
    }

    private void finish(SimCall c) {
        c.cancelTimers();
        c.state = SimCall.State.DONE;
        calls.remove(c.linkedid);
        c.done.complete(null);
        dispatch();
    }

    // ================================================================== click-to-dial

    /** Click-to-dial as in the originate-callback recording: the agent's phone rings first. */
    SimCall startClickToDial(String iface, String number, String context, String callerName, String actionId,
            Duration ring, Duration talk) {
        Instant now = now();
        Matcher local = LOCAL_IFACE.matcher(iface);
        String suffix = nextLocalSuffix();
        String exten = local.matches() ? local.group(1) : extensionOf(iface);
        String ctx = local.matches() ? local.group(2) : "agents";
        String uid1 = nextUniqueid(now);
        SimChannel a1 = new SimChannel(iface + "-" + suffix + (local.matches() ? ";1" : ""), uid1, uid1, now,
                SimChannel.DOWN, ctx, exten);
        channels.put(uid1, a1);
        emit(channelEvent("Newchannel", a1, now));
        SimChannel a2 = null;
        if (local.matches()) {
            a2 = new SimChannel(iface + "-" + suffix + ";2", nextUniqueid(now), uid1, now, SimChannel.RING, ctx, exten);
            channels.put(a2.uniqueid, a2);
            emit(channelEvent("Newchannel", a2, now));
        }
        SimCall c = new SimCall(uid1, number, a1, a2, new CallPlan());
        c.outbound = true;
        c.agentIface = iface;
        calls.put(uid1, c);
        setCallerId(a1, number, callerName);
        emit(channelEvent("NewCallerid", a1, now).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)").build());
        a1.connectedNum = number;
        a1.connectedName = callerName;
        emit(channelEvent("NewConnectedLine", a1, now));
        if (a2 != null) {
            setCallerId(a2, number, callerName);
            a2.connectedNum = number;
            a2.connectedName = callerName;
            emit(channelEvent("NewCallerid", a2, now).add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)")
                    .build());
            emit(channelEvent("NewConnectedLine", a2, now));
            emit(localBridge(a1, a2, now));
        }
        emit(Frames.channel(Frames.event("DialBegin", "call,all", now), "Dest", a1).add("DialString", exten + "@" + ctx)
                .build());
        a1.state = SimChannel.RINGING;
        emit(channelEvent("Newstate", a1, now));
        emit(Frames.channel(Frames.event("DialState", "call,all", now), "Dest", a1).add("DialStatus", "RINGING").build());
        setDevice(iface, INUSE, now);
        SimCall call = c;
        SimChannel second = a2;
        c.pending = schedule(ring, () -> {
            if (call.state == SimCall.State.DONE) {
                return;
            }
            Instant t = now();
            if (second != null) {
                second.state = SimChannel.UP;
                emit(channelEvent("Newstate", second, t));
            }
            a1.state = SimChannel.UP;
            a1.context = context;
            a1.exten = number;
            emit(channelEvent("Newstate", a1, t));
            emit(Frames.channel(Frames.event("DialEnd", "call,all", t), "Dest", a1).add("DialStatus", "ANSWER").build());
            emit(Frames.event("OriginateResponse", "call,all", t).add("ActionID", actionId).add("Response", "Success")
                    .add("Channel", a1.name).add("Context", context).add("Exten", number).add("Reason", 4)
                    .add("Uniqueid", a1.uniqueid).add("CallerIDNum", number).add("CallerIDName", callerName).build());
            call.state = SimCall.State.CONNECTED;
            call.pending = schedule(talk, () -> endClickToDial(call));
        });
        return c;
    }

    private void endClickToDial(SimCall c) {
        if (c.state == SimCall.State.DONE) {
            return;
        }
        c.cancelTimers();
        Instant now = now();
        emit(channelEvent("SoftHangupRequest", c.caller1, now).add("Cause", 16).build());
        if (c.caller2 != null) {
            emit(channelEvent("HangupRequest", c.caller2, now).add("Cause", 16).build());
        }
        hangup(c.caller1, 16, now);
        if (c.caller2 != null) {
            emit(channelEvent("SoftHangupRequest", c.caller2, now).add("Cause", 16).build());
            hangup(c.caller2, 16, now);
        }
        setDevice(c.agentIface, NOT_INUSE, now);
        finish(c);
    }

    // ================================================================== survey calls

    /** Sets how citizens answer survey calls and the FastAGI server the answered calls' script runs on. */
    void answerSurveyCalls(SurveyAnswering answering, String agiHost, int agiPort) {
        this.surveyAnswering = answering;
        this.surveyAgiHost = agiHost;
        this.surveyAgiPort = agiPort;
    }

    int surveyPeak() {
        return surveyPeak;
    }

    long surveyPlaced() {
        return surveyPlaced;
    }

    int liveSurveyCalls() {
        return surveyCalls.size();
    }

    /**
     * A survey call as the documented dialplan makes it: {@code Originate Channel=Local/<number>@outbound
     * Context=survey Exten=s}. The citizen's half ({@code ;2}) dials the number; when the citizen answers, the
     * originated half ({@code ;1}) enters {@code [survey]} and runs the FastAGI script; unanswered, busy or unreachable
     * calls end with an {@code OriginateResponse} Failure and Reason 3, 5 or 8, as Asterisk reports them.
     */
    private void startSurveyCall(String channel, Map<String, String> variables, String callerNumber, String actionId) {
        Instant now = now();
        Matcher local = LOCAL_IFACE.matcher(channel);
        local.matches();
        String number = local.group(1);
        String ctx = local.group(2);
        int attempt = surveyAttempts.merge(number, 1, Integer::sum);
        SurveyCallee callee = surveyAnswering.callee(number, attempt);
        String suffix = nextLocalSuffix();
        String uid1 = nextUniqueid(now);
        SimChannel one = new SimChannel(channel + "-" + suffix + ";1", uid1, uid1, now, SimChannel.DOWN, ctx, number);
        SimChannel two = new SimChannel(channel + "-" + suffix + ";2", nextUniqueid(now), uid1, now, SimChannel.RING, ctx,
                number);
        channels.put(one.uniqueid, one);
        channels.put(two.uniqueid, two);
        surveyCalls.put(uid1, new SimChannel[] {one, two});
        surveyPlaced++;
        surveyPeak = Math.max(surveyPeak, surveyCalls.size());
        emit(channelEvent("Newchannel", one, now));
        emit(channelEvent("Newchannel", two, now));
        emit(localBridge(one, two, now));
        emit(Frames.channel(Frames.event("DialBegin", "call,all", now), "Dest", one).add("DialString", number + "@" + ctx)
                .build());
        Runnable failure = () -> surveyCallFails(uid1, channel, callee, actionId, callerNumber);
        if (callee instanceof SurveyCallee.Busy || callee instanceof SurveyCallee.Unreachable) {
            schedule(Duration.ofMillis(10), failure);
            return;
        }
        one.state = SimChannel.RINGING;
        emit(channelEvent("Newstate", one, now));
        emit(Frames.channel(Frames.event("DialState", "call,all", now), "Dest", one).add("DialStatus", "RINGING").build());
        if (callee instanceof SurveyCallee.Answers answers) {
            schedule(answers.ring(), () -> surveyCallAnswered(uid1, answers, variables, callerNumber, actionId));
        } else {
            schedule(((SurveyCallee.NoAnswer) callee).ringFor(), failure);
        }
    }

    private void surveyCallAnswered(String linkedid, SurveyCallee.Answers answers, Map<String, String> variables,
            String callerNumber, String actionId) {
        SimChannel[] legs = surveyCalls.get(linkedid);
        if (legs == null) {
            return;
        }
        Instant now = now();
        SimChannel one = legs[0];
        legs[1].state = SimChannel.UP;
        emit(channelEvent("Newstate", legs[1], now));
        one.state = SimChannel.UP;
        emit(channelEvent("Newstate", one, now));
        emit(Frames.channel(Frames.event("DialEnd", "call,all", now), "Dest", one).add("DialStatus", "ANSWER").build());
        one.context = "survey";
        one.exten = "s";
        one.application = "AGI";
        emit(Frames.event("OriginateResponse", "call,all", now).add("ActionID", actionId).add("Response", "Success")
                .add("Channel", one.name).add("Context", "survey").add("Exten", "s").add("Reason", 4)
                .add("Uniqueid", one.uniqueid).add("CallerIDNum", callerNumber).add("CallerIDName", "Açık Kapı").build());
        if (surveyAgiHost == null) {
            schedule(Duration.ofSeconds(5), () -> surveyCallEnds(linkedid));
            return;
        }
        SurveyAgiSession session = new SurveyAgiSession(surveyAgiHost, surveyAgiPort, one.name, one.uniqueid, callerNumber,
                variables, answers.keys());
        AGI_THREADS.execute(() -> {
            Map<String, String> set = session.run();
            executor.execute(() -> {
                SimChannel[] still = surveyCalls.get(linkedid);
                if (still != null) {
                    set.forEach((name, value) -> emit(channelEvent("VarSet", still[0], now()).add("Variable", name)
                            .add("Value", value).build()));
                }
                surveyCallEnds(linkedid);
            });
        });
    }

    private void surveyCallEnds(String linkedid) {
        SimChannel[] legs = surveyCalls.remove(linkedid);
        if (legs == null) {
            return;
        }
        Instant now = now();
        emit(channelEvent("SoftHangupRequest", legs[0], now).add("Cause", 16).build());
        emit(channelEvent("HangupRequest", legs[1], now).add("Cause", 16).build());
        hangup(legs[0], 16, now);
        emit(channelEvent("SoftHangupRequest", legs[1], now).add("Cause", 16).build());
        hangup(legs[1], 16, now);
    }

    private void surveyCallFails(String linkedid, String requested, SurveyCallee callee, String actionId,
            String callerNumber) {
        SimChannel[] legs = surveyCalls.remove(linkedid);
        if (legs == null) {
            return;
        }
        Instant now = now();
        int cause = callee instanceof SurveyCallee.Busy ? 17 : callee instanceof SurveyCallee.NoAnswer ? 19 : 34;
        int reason = callee instanceof SurveyCallee.Busy ? 5 : callee instanceof SurveyCallee.NoAnswer ? 3 : 8;
        emit(Frames.channel(Frames.event("DialEnd", "call,all", now), "Dest", legs[0])
                .add("DialStatus", reason == 5 ? "BUSY" : reason == 3 ? "NOANSWER" : "CONGESTION").build());
        hangup(legs[1], cause, now);
        hangup(legs[0], cause, now);
        emit(Frames.event("OriginateResponse", "call,all", now).add("ActionID", actionId).add("Response", "Failure")
                .add("Channel", requested).add("Context", "survey").add("Exten", "s").add("Reason", reason)
                .add("Uniqueid", "<null>").add("CallerIDNum", callerNumber).add("CallerIDName", "Açık Kapı").build());
    }

    // ================================================================== restart and faults

    /**
     * Stops for a restart and forgets every channel and call, as a restart does; announced with a
     * {@code Shutdown} event unless the process dies without a word (a crash, {@code kill -9}).
     */
    void shutdownForRestart(boolean announced) {
        Instant now = now();
        if (announced) {
            emit(Frames.event("Shutdown", "system,all", now).add("Shutdown", calls.isEmpty() ? "Cleanly" : "Uncleanly")
                    .add("Restart", "True").build());
        }
        for (SimCall c : new ArrayList<>(calls.values())) {
            c.cancelTimers();
            c.state = SimCall.State.DONE;
            c.done.complete(null);
        }
        surveyCalls.clear();
    }

    /** Comes back from a restart: fresh state, new Uniqueids. */
    void reboot() {
        boot();
    }

    int liveCalls() {
        return calls.size();
    }

    List<String> liveLinkedids() {
        return new ArrayList<>(calls.keySet());
    }

    /** Ends a call abruptly from the citizen's side (whatever its state). */
    boolean hangupCall(String linkedid) {
        SimCall c = calls.get(linkedid);
        if (c == null) {
            return false;
        }
        if (c.outbound) {
            endClickToDial(c);
        } else if (c.state == SimCall.State.CONNECTED) {
            callerHangsUpConnected(c);
        } else if (c.state == SimCall.State.WAITING || c.state == SimCall.State.RINGING) {
            callerHangsUpWhileQueued(c);
        } else {
            c.cancelTimers();
            hangup(c.caller1, 16, now());
            hangup(c.caller2, 16, now());
            finish(c);
        }
        return true;
    }

    /** Adds missing members for load tests as dynamic members, announced as a {@code QueueAdd} would. */
    void ensureMembers(String queue, List<String> ifaces) {
        SimQueue q = queues.get(queue);
        for (String iface : ifaces) {
            if (!q.members.containsKey(iface)) {
                Instant now = now();
                SimMember m = new SimMember(queue, iface, "Agent " + extensionOf(iface), true, now.getEpochSecond());
                q.members.put(iface, m);
                deviceStatus.putIfAbsent(iface, NOT_INUSE);
                emit(memberBlob("QueueMemberAdded", m, now));
            }
        }
    }

    // ================================================================== helpers

    private void setDevice(String iface, int status, Instant now) {
        if (iface == null) {
            return;
        }
        Integer previous = deviceStatus.put(iface, status);
        if (previous != null && previous == status) {
            return;
        }
        for (SimQueue q : queues.values()) {
            SimMember m = q.members.get(iface);
            if (m != null) {
                emit(memberBlob("QueueMemberStatus", m, now));
            }
        }
        emit(Frames.event("DeviceStateChange", "call,all", now).add("Device", iface)
                .add("State", status == INUSE ? "INUSE" : "NOT_INUSE").build());
    }

    private AmiMessage memberBlob(String event, SimMember m, Instant now) {
        return Frames.event(event, "agent,all", now).add("Queue", m.queue).add("MemberName", m.name)
                .add("Interface", m.iface).add("StateInterface", m.iface)
                .add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", 0).add("CallsTaken", m.callsTaken)
                .add("LastCall", m.lastCall).add("LastPause", m.lastPause).add("LoginTime", m.loginTime)
                .add("InCall", m.inCall ? 1 : 0).add("Status", deviceStatus.getOrDefault(m.iface, NOT_INUSE))
                .add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason).add("Ringinuse", 0)
                .add("Wrapuptime", 0).build();
    }

    private AmiMessage.Builder agentEvent(String name, SimCall c, Instant now) {
        AmiMessage.Builder b = Frames.event(name, "agent,all", now);
        Frames.channel(b, "", c.caller2);
        Frames.channel(b, "Dest", c.agent1);
        return b.add("Queue", c.queue.name).add("Interface", c.agentIface)
                .add("MemberName", c.member != null ? c.member.name : c.agentIface);
    }

    private AmiMessage.Builder channelEvent(String name, SimChannel ch, Instant now) {
        return Frames.channel(Frames.event(name, name.startsWith("Queue") ? "agent,all"
                : name.equals("VarSet") ? "dialplan,all" : "call,all", now), "", ch);
    }

    private void emit(AmiMessage.Builder b) {
        emit(b.build());
    }

    private AmiMessage localBridge(SimChannel one, SimChannel two, Instant now) {
        AmiMessage.Builder b = Frames.event("LocalBridge", "call,all", now);
        Frames.channel(b, "LocalOne", one);
        Frames.channel(b, "LocalTwo", two);
        return b.add("Context", one.context).add("Exten", one.exten).add("LocalOptimization", "Yes").build();
    }

    private void hangup(SimChannel ch, int cause, Instant now) {
        if (ch == null || channels.remove(ch.uniqueid) == null) {
            return;
        }
        emit(channelEvent("Hangup", ch, now).add("Cause", cause)
                .add("Cause-txt", causeText(cause)).build());
    }

    private static String causeText(int cause) {
        return switch (cause) {
            case 16 -> "Normal Clearing";
            case 17 -> "User busy";
            case 19 -> "User alerting, no answer";
            case 34 -> "Circuit/channel congestion";
            default -> "Unknown";
        };
    }

    private static void setCallerId(SimChannel ch, String number, String name) {
        ch.callerNum = number;
        ch.callerName = name;
    }

    private SimChannel channelNamed(String name) {
        for (SimChannel ch : channels.values()) {
            if (ch.name.equals(name)) {
                return ch;
            }
        }
        return null;
    }

    void emit(AmiMessage message) {
        broadcast.accept(message);
    }

    private ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        return executor.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Simulated PBX step failed", e);
            }
        }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    private Instant now() {
        return clock.instant();
    }

    private String nextUniqueid(Instant now) {
        long epoch = Math.max(now.getEpochSecond(), minUniqueEpoch);
        lastUniqueEpoch = Math.max(lastUniqueEpoch, epoch);
        return epoch + "." + uniqueCounter++;
    }

    private String nextLocalSuffix() {
        return String.format("%08x", localCounter++);
    }

    private static long seconds(Instant from, Instant to) {
        if (from == null || to == null) {
            return 0;
        }
        return Math.max(0, Math.round(Duration.between(from, to).toMillis() / 1000.0));
    }

    private static String extensionOf(String iface) {
        String afterSlash = iface.substring(iface.indexOf('/') + 1);
        int at = afterSlash.indexOf('@');
        return at < 0 ? afterSlash : afterSlash.substring(0, at);
    }

    private static Map<String, String> variables(AmiMessage a) {
        Map<String, String> vars = new HashMap<>();
        for (String v : a.getAll("Variable")) {
            for (String pair : v.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    vars.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return vars;
    }

    private static long parseLong(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static AmiMessage.Builder success(String id) {
        return AmiMessage.response("Success").addAll(actionId(id));
    }

    private static AmiMessage error(String id, String message) {
        return AmiMessage.response("Error").addAll(actionId(id)).add("Message", message).build();
    }

    private static List<AmiMessage.Field> actionId(String id) {
        return id.isEmpty() ? List.of() : List.of(new AmiMessage.Field("ActionID", id));
    }
}
