package tr.gov.acikkapi.cti.survey;

import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.survey.CallingHours;
import tr.gov.acikkapi.casecore.domain.model.survey.DialResult;
import tr.gov.acikkapi.casecore.domain.model.survey.RetryRule;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyTarget;
import tr.gov.acikkapi.casecore.domain.model.survey.TargetState;
import tr.gov.acikkapi.cti.ivr.CallerProfile;
import tr.gov.acikkapi.cti.ivr.IvrApplication;
import tr.gov.acikkapi.cti.ivr.IvrCases;
import tr.gov.acikkapi.cti.ivr.SurveyResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The case core as the dialler's and the survey script's tests see it, in memory: campaigns whose citizens follow the
 * case core's own rules ({@link SurveyTarget}, {@link RetryRule}, {@link CallingHours}), the applications the script
 * finds, the scores it stores and the refusals it reports. Thread-safe (one lock).
 */
final class SurveyWorld implements CampaignCalls, IvrCases {

    private final Clock clock;
    private final Map<Long, Campaign> campaigns = new LinkedHashMap<>();
    private final Map<Long, Citizen> targets = new LinkedHashMap<>();
    private final Map<String, Citizen> byTracking = new LinkedHashMap<>();
    private final Map<Long, Dial> dials = new LinkedHashMap<>();
    final AtomicInteger rounds = new AtomicInteger();
    private long nextId = 1;
    private long nextSerial = 300_000_000L;

    record Campaign(long id, int concurrency, CallingHours hours, RetryRule rule) {
    }

    /** One selected application and its citizen. */
    static final class Citizen {
        final long campaignId;
        final String tracking;
        final String number;
        final SurveyTarget target;
        Integer score;
        boolean doNotCall;

        Citizen(long campaignId, String tracking, String number, SurveyTarget target) {
            this.campaignId = campaignId;
            this.tracking = tracking;
            this.number = number;
            this.target = target;
        }
    }

    private record Dial(long targetId, long campaignId, Instant at, DialResult[] result) {
    }

    SurveyWorld(Clock clock) {
        this.clock = clock;
    }

    synchronized long campaign(int concurrency, CallingHours hours, RetryRule rule) {
        long id = nextId++;
        campaigns.put(id, new Campaign(id, concurrency, hours, rule));
        return id;
    }

    /** Selects a citizen with this phone number into the campaign; returns the application's tracking number. */
    synchronized String citizen(long campaignId, String number) {
        String tracking = TrackingNumber.of(nextSerial++).value();
        long targetId = nextId++;
        Citizen c = new Citizen(campaignId, tracking, number,
                new SurveyTarget(campaignId, targetId, targetId, "+90" + number.substring(1), 6, 1, 101, clock.instant()));
        targets.put(targetId, c);
        byTracking.put(tracking, c);
        return tracking;
    }

    synchronized Citizen byNumber(String number) {
        return targets.values().stream().filter(c -> c.number.equals(number)).findFirst().orElseThrow();
    }

    synchronized List<Citizen> citizens() {
        return List.copyOf(targets.values());
    }

    /** Every selected citizen has a final state. */
    synchronized boolean allFinal() {
        return targets.values().stream().allMatch(c -> c.target.state().isFinal());
    }

    /** The dials handed out (each one an Originate the dialler must send once). */
    synchronized int dialsHandedOut() {
        return dials.size();
    }

    synchronized long dialsInFlight() {
        return dials.values().stream().filter(d -> d.result()[0] == null).count();
    }

    synchronized List<DialResult> results(String number) {
        Citizen c = byNumber(number);
        List<DialResult> list = new ArrayList<>();
        for (Map.Entry<Long, Dial> e : dials.entrySet()) {
            if (targets.get(e.getValue().targetId()) == c) {
                list.add(e.getValue().result()[0]);
            }
        }
        return list;
    }

    // ---------------------------------------------------------------- CampaignCalls

    @Override
    public synchronized List<RunningCampaign> running() {
        rounds.incrementAndGet();
        return campaigns.values().stream().map(c -> new RunningCampaign(c.id(), c.concurrency(), c.hours()::allows))
                .toList();
    }

    @Override
    public synchronized List<SurveyCall> claim(long campaignId, int max, Instant now, String dialler) {
        Campaign campaign = campaigns.get(campaignId);
        List<SurveyCall> calls = new ArrayList<>();
        for (Map.Entry<Long, Citizen> e : targets.entrySet()) {
            Citizen c = e.getValue();
            if (calls.size() == max) {
                break;
            }
            if (c.campaignId != campaignId) {
                continue;
            }
            if (c.doNotCall) {
                c.target.skip(TargetState.DO_NOT_CALL, now);
            }
            if (c.score != null) {
                c.target.skip(TargetState.COMPLETED, now);
            }
            if (c.target.isDue(now, campaign.rule())) {
                int tryNo = c.target.dial(now, campaign.rule());
                long dialId = nextId++;
                dials.put(dialId, new Dial(e.getKey(), campaignId, now, new DialResult[1]));
                calls.add(new SurveyCall(dialId, campaignId, c.tracking, c.number, tryNo));
            }
        }
        return calls;
    }

    @Override
    public synchronized void ended(long dialId, SurveyCallEnd end, Instant at) {
        Dial dial = dials.get(dialId);
        if (dial == null || dial.result()[0] != null) {
            return;
        }
        Citizen c = targets.get(dial.targetId());
        DialResult result = switch (end) {
            case ANSWERED -> c.score != null ? DialResult.COMPLETED : DialResult.INCOMPLETE;
            case NO_ANSWER -> DialResult.NO_ANSWER;
            case BUSY -> DialResult.BUSY;
            case FAILED -> DialResult.FAILED;
            case INTERRUPTED -> DialResult.INTERRUPTED;
        };
        dial.result()[0] = c.target.refused() ? DialResult.REFUSED : result;
        c.target.dialEnded(result, c.score, at, campaigns.get(dial.campaignId()).rule());
    }

    @Override
    public synchronized int interruptOpenCalls(Instant at) {
        List<Long> open = dials.entrySet().stream().filter(e -> e.getValue().result()[0] == null).map(Map.Entry::getKey)
                .toList();
        open.forEach(id -> ended(id, SurveyCallEnd.INTERRUPTED, at));
        return open.size();
    }

    // ---------------------------------------------------------------- IvrCases (the survey script)

    @Override
    public synchronized Optional<IvrApplication> find(String trackingNumberDigits) {
        Citizen c = byTracking.get(trackingNumberDigits);
        return c == null ? Optional.empty() : Optional.of(new IvrApplication(c.tracking,
                IvrApplication.Status.CONCLUDED_POSITIVE, LocalDate.of(2026, 11, 1), List.of("+90" + c.number.substring(1)),
                "1190", c.score != null));
    }

    @Override
    public boolean sameCitizenPhone(String callerIdRaw, IvrApplication application) {
        return false;
    }

    @Override
    public Optional<CallerProfile> callerProfile(String callerIdRaw) {
        return Optional.empty();
    }

    @Override
    public synchronized SurveyResult recordSurvey(String trackingNumberDigits, int score, String callerIdRaw) {
        Citizen c = byTracking.get(trackingNumberDigits);
        if (c == null) {
            return SurveyResult.NOT_FOUND;
        }
        if (c.score != null) {
            return SurveyResult.ALREADY_ANSWERED;
        }
        c.score = score;
        return SurveyResult.RECORDED;
    }

    @Override
    public synchronized boolean refuseSurvey(String trackingNumberDigits, boolean doNotCall, String callerIdRaw) {
        Citizen c = byTracking.get(trackingNumberDigits);
        if (c == null) {
            return false;
        }
        c.target.refuse(clock.instant());
        c.doNotCall |= doNotCall;
        return true;
    }

    /** A retry rule for tests: {@code tries} tries a minute apart. */
    static RetryRule tries(int tries) {
        return new RetryRule(tries, Duration.ofMinutes(1));
    }
}
