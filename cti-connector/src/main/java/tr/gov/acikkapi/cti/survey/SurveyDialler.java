package tr.gov.acikkapi.cti.survey;

import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;
import tr.gov.acikkapi.cti.ami.AmiEventHandler;
import tr.gov.acikkapi.cti.ami.AmiMessage;
import tr.gov.acikkapi.cti.ami.AmiTelephony;
import tr.gov.acikkapi.cti.ami.PbxSnapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls the citizens of the running survey campaigns through one PBX link, as VICIdial's outbound campaigns do, but
 * one citizen per free line only (no predictive over-dialling: a survey call has no agent to wait for).
 *
 * <p>It lives with the link: it hears the link's events (it is an {@link AmiEventHandler} beside the call correlator)
 * and stops dialling the moment the link is down. Every call is claimed from the case core before the Originate is
 * sent, so it is stored, audited and never handed out twice; the calls in flight when the link is lost end as
 * interrupted (a try, retried after the campaign's spacing), and after a reconnect dialling waits until the PBX's
 * picture shows no survey call of before still up. A new dialler (after a restart, on another node) first ends the
 * calls another left in flight the same way.
 *
 * <p>Pacing: a campaign never has more calls in flight than its concurrency, and all campaigns together never more
 * than {@link SurveyDiallerSettings#maxChannels()}; a call is in flight from its claim until its {@code Hangup} (or
 * its failed {@code OriginateResponse}). Citizens are called only within the campaign's calling hours, read on the
 * injected {@link Clock}. A call that ends frees its line at once: the next citizen is dialled without waiting for
 * the next round.
 *
 * <p>Threads: events arrive on the link's lane and only update maps; the database and the PBX are used from the
 * scheduler given to {@link #start}, one round at a time.
 */
public final class SurveyDialler implements AmiEventHandler, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SurveyDialler.class);
    private static final Pattern ACTION_ID = Pattern.compile("survey-(\\d+)");
    private static final Pattern SURVEY_LOCAL_CHANNEL = Pattern.compile("Local/\\+?[0-9*#]+@outbound-[0-9a-f]+;[12]");

    private final String server;
    private final CampaignCalls calls;
    private volatile Telephony telephony;
    private final Clock clock;
    private final SurveyDiallerSettings settings;

    /** Calls in flight by dial id. */
    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    /** Dial ids by the Uniqueid of the answered call's originated channel. */
    private final Map<String, Long> byUniqueid = new ConcurrentHashMap<>();
    /**
     * Uniqueids of survey channels that hung up without being matched to a call yet (the latest 10,000). The
     * {@code OriginateResponse} and the PBX's picture after a reconnect reach us through asterisk-java's event pump,
     * a {@code Hangup} straight off the wire, so a short call's {@code Hangup} can come first. Lane only.
     */
    private final Map<String, Boolean> recentSurveyHangups = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    };
    /** Survey channels up on the PBX that this dialler does not know (seen after a reconnect), by Linkedid. */
    private final Set<String> strangers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean roundPending = new AtomicBoolean();
    private final Object round = new Object();
    private volatile boolean linkUp;
    private volatile boolean resynced;
    private volatile boolean orphansEnded;
    private volatile ScheduledExecutorService scheduler;
    private volatile ScheduledFuture<?> ticks;
    private volatile boolean closed;
    /** The last round failed: further failures are logged at debug level only (a database outage repeats). */
    private boolean failing;

    private record InFlight(SurveyCall call, Instant dialledAt) {
    }

    /** A dialler for one PBX; it hears the link's events at once and dials once {@link #start}ed. */
    public SurveyDialler(String server, CampaignCalls calls, Clock clock, SurveyDiallerSettings settings) {
        this.server = Objects.requireNonNull(server, "server");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Starts the rounds on {@code scheduler} (one at a time; a round never blocks the link's lane), dialling through
     * {@code telephony} (the same link's).
     */
    public void start(ScheduledExecutorService scheduler, Telephony telephony) {
        this.telephony = Objects.requireNonNull(telephony, "telephony");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        long period = settings.interval().toMillis();
        ticks = scheduler.scheduleWithFixedDelay(this::wake, period, period, TimeUnit.MILLISECONDS);
        LOG.infof("Survey dialler started on PBX %s (at most %d survey calls at once)", server, settings.maxChannels());
    }

    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> t = ticks;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** Calls in flight now (all campaigns). */
    public int callsInFlight() {
        return inFlight.size();
    }

    // ------------------------------------------------------------------ the link's events (on its lane)

    @Override
    public void onEvent(AmiMessage event) {
        if (event.isEvent("Hangup")) {
            hangup(event);
        } else if (event.isEvent("OriginateResponse")) {
            originateResponse(event);
        }
    }

    @Override
    public void onLinkUp() {
        resynced = false;
        linkUp = true;
    }

    @Override
    public void onResync(PbxSnapshot snapshot) {
        strangers.clear();
        for (AmiMessage channel : snapshot.channels()) {
            String uniqueid = channel.text("Uniqueid");
            if (isSurveyChannel(channel) && !byUniqueid.containsKey(uniqueid)
                    && !recentSurveyHangups.containsKey(uniqueid)) {
                strangers.add(channel.text("Linkedid"));
            }
        }
        if (!strangers.isEmpty()) {
            LOG.infof("Survey dialler %s: %d survey call(s) from before the reconnect still up; new calls wait for them",
                    server, strangers.size());
        }
        resynced = true;
        wake();
    }

    @Override
    public void onLinkDown() {
        linkUp = false;
        resynced = false;
        if (!inFlight.isEmpty()) {
            LOG.warnf("Survey dialler %s: PBX link lost with %d survey call(s) in flight; they count as interrupted "
                    + "and are tried again after their campaign's spacing", server, inFlight.size());
        }
        for (Long dialId : List.copyOf(inFlight.keySet())) {
            finish(dialId, SurveyCallEnd.INTERRUPTED);
        }
    }

    private void originateResponse(AmiMessage event) {
        Matcher m = ACTION_ID.matcher(event.text("ActionID"));
        if (!m.find()) {
            return;
        }
        long dialId = Long.parseLong(m.group(1));
        InFlight call = inFlight.get(dialId);
        if (call == null) {
            return;
        }
        if ("Success".equalsIgnoreCase(event.text("Response"))) {
            String uniqueid = event.text("Uniqueid");
            if (recentSurveyHangups.remove(uniqueid) != null) {
                finish(dialId, SurveyCallEnd.ANSWERED);
            } else {
                byUniqueid.put(uniqueid, dialId);
            }
            return;
        }
        SurveyCallEnd end = switch (event.text("Reason")) {
            case "3", "1" -> SurveyCallEnd.NO_ANSWER;
            case "5" -> SurveyCallEnd.BUSY;
            default -> SurveyCallEnd.FAILED;
        };
        finish(dialId, end);
    }

    private void hangup(AmiMessage event) {
        Long dialId = byUniqueid.remove(event.text("Uniqueid"));
        if (dialId == null) {
            dialId = byUniqueid.remove(event.text("Linkedid"));
        }
        if (dialId != null) {
            finish(dialId, SurveyCallEnd.ANSWERED);
            return;
        }
        if (!strangers.isEmpty() && strangers.remove(event.text("Linkedid"))) {
            wake();
        }
        if (isSurveyChannel(event)) {
            recentSurveyHangups.put(event.text("Uniqueid"), Boolean.TRUE);
        }
    }

    /** The call leaves the in-flight set at once (its line is free); the case core hears of it on the scheduler. */
    private void finish(long dialId, SurveyCallEnd end) {
        InFlight call = inFlight.remove(dialId);
        if (call == null) {
            return;
        }
        byUniqueid.values().removeIf(id -> id == dialId);
        Instant at = clock.instant();
        execute(() -> {
            try {
                calls.ended(dialId, end, at);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Survey dialler %s: the end of dial %d (%s) could not be stored; the case core ends it "
                        + "as interrupted when a dialler starts", server, dialId, end);
            }
            wake();
        });
    }

    /**
     * A channel of a survey call: in the {@code survey} context (answered), or a half of the
     * {@code Local/<number>@outbound} channel a survey Originate makes (while it rings).
     */
    static boolean isSurveyChannel(AmiMessage event) {
        return AmiTelephony.SURVEY_CONTEXT.equals(event.text("Context"))
                || SURVEY_LOCAL_CHANNEL.matcher(event.text("Channel")).matches();
    }

    // ------------------------------------------------------------------ rounds (on the scheduler)

    /** Asks for a round soon; several asks before it runs make one round. */
    public void wake() {
        if (!closed && roundPending.compareAndSet(false, true)) {
            execute(this::round);
        }
    }

    private void execute(Runnable task) {
        ScheduledExecutorService s = scheduler;
        if (s == null || closed) {
            return;
        }
        try {
            s.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debugf("Survey dialler %s: scheduler stopped (%s)", server, e.getMessage());
        }
    }

    private void round() {
        roundPending.set(false);
        synchronized (round) {
            try {
                dialDue();
                if (failing) {
                    failing = false;
                    LOG.infof("Survey dialler %s: rounds work again", server);
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    failing = true;
                    LOG.errorf(e, "Survey dialler %s: a round failed (the database?); the next ones try again, "
                            + "logged once until one works", server);
                } else {
                    LOG.debugf("Survey dialler %s: a round failed again: %s", server, e.getMessage());
                }
            }
        }
    }

    private void dialDue() {
        if (!linkUp || !resynced || closed || telephony == null) {
            return;
        }
        Instant now = clock.instant();
        if (!orphansEnded) {
            int orphans = calls.interruptOpenCalls(now);
            orphansEnded = true;
            if (orphans > 0) {
                LOG.infof("Survey dialler %s: %d survey call(s) left in flight by an earlier dialler ended as "
                        + "interrupted", server, orphans);
            }
        }
        giveUpStaleCalls(now);
        if (!strangers.isEmpty()) {
            return;
        }
        for (RunningCampaign campaign : calls.running()) {
            int free = Math.min(campaign.concurrency() - inFlight(campaign.id()), settings.maxChannels() - inFlight.size());
            if (free <= 0 || !campaign.callingHours().test(now) || !linkUp) {
                continue;
            }
            for (SurveyCall call : calls.claim(campaign.id(), free, now, "dialler@" + server)) {
                dial(call, now);
            }
        }
    }

    private void dial(SurveyCall call, Instant now) {
        inFlight.put(call.dialId(), new InFlight(call, now));
        TelephonyResult result = telephony.originateSurvey(call.actionId(), call.number(),
                Map.of("ACIKKAPI_TRACKING", call.trackingNumber(), "ACIKKAPI_CAMPAIGN", Long.toString(call.campaignId()),
                        "ACIKKAPI_DIAL", Long.toString(call.dialId())),
                settings.callerId(), settings.ringTimeout());
        if (!result.success()) {
            LOG.warnf("Survey dialler %s: dial %d was not placed: %s", server, call.dialId(), result.message());
            finish(call.dialId(), linkUp ? SurveyCallEnd.FAILED : SurveyCallEnd.INTERRUPTED);
        }
    }

    private int inFlight(long campaignId) {
        return (int) inFlight.values().stream().filter(c -> c.call().campaignId() == campaignId).count();
    }

    private void giveUpStaleCalls(Instant now) {
        for (Map.Entry<Long, InFlight> e : inFlight.entrySet()) {
            if (e.getValue().dialledAt().plus(settings.maxCallLength()).isBefore(now)) {
                LOG.warnf("Survey dialler %s: dial %d has had no end for %s; given up as interrupted", server,
                        e.getKey(), settings.maxCallLength());
                finish(e.getKey(), SurveyCallEnd.INTERRUPTED);
            }
        }
    }
}
