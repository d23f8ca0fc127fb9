package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.CampaignForm;
import tr.gov.acikkapi.casecore.application.CampaignResults;
import tr.gov.acikkapi.casecore.application.CampaignView;
import tr.gov.acikkapi.casecore.application.SurveyCampaigns;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.survey.CallingHours;
import tr.gov.acikkapi.casecore.domain.model.survey.CampaignStatus;
import tr.gov.acikkapi.casecore.domain.model.survey.DialResult;
import tr.gov.acikkapi.casecore.domain.model.survey.RetryRule;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyCampaign;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyDial;
import tr.gov.acikkapi.casecore.domain.model.survey.SurveyTarget;
import tr.gov.acikkapi.casecore.domain.model.survey.TargetState;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link SurveyCampaigns} on the tables {@code survey_campaign}, {@code survey_target} and {@code survey_dial}. The
 * selection is one {@code INSERT … SELECT} in the database (a random sample, {@code ORDER BY RAND()}); the dialler's
 * claims lock the due rows they take ({@code FOR UPDATE SKIP LOCKED}), so two claims never take one citizen.
 */
@Stateless
public class SurveyCampaignsBean implements SurveyCampaigns {

    private static final Logger LOG = Logger.getLogger(SurveyCampaignsBean.class);
    /** Audit action of a survey dial (subject: the citizen). */
    public static final String DIAL_ACTION = "SURVEY_DIAL";
    private static final String CAMPAIGN_SUBJECT = "survey_campaign";

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public SurveyCampaignsBean() {
    }

    /** Outside the container (tests): this entity manager and clock; the audit trail writes to the same manager. */
    SurveyCampaignsBean(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.audit = new AuditTrail(em);
    }

    @Override
    public CampaignView define(CampaignForm form, String actor) {
        Instant now = clock.instant();
        SurveyCampaign campaign = new SurveyCampaign(form.name(),
                new SurveyCampaign.Selection(form.concludedFrom(), form.concludedTo(), form.provinceCodes(),
                        form.topicIds(), form.typeIds(), form.outcome()),
                form.sampleSize(), form.samplePercent(), new CallingHours(form.callingFrom(), form.callingTo(), form.weekends()),
                new RetryRule(form.maxTries(), Duration.ofMinutes(form.retryMinutes())), form.concurrency(), actor, now);
        SurveyCampaign.Selection selection = campaign.selection();
        int matching = ((Number) selectionQuery("SELECT COUNT(*)", selection, "").getSingleResult()).intValue();
        if (matching == 0) {
            throw new DomainException(DomainErrorCode.SURVEY_CAMPAIGN_EMPTY,
                    "Seçime uyan, anket yapılmamış ve aranabilecek sonuçlanmış başvuru yok.");
        }
        em.persist(campaign);
        em.flush();
        int sample = campaign.sampleOf(matching);
        Query insert = selectionQuery("INSERT INTO survey_target (campaign_id, application_id, citizen_id, phone_e164, "
                + "province_code, topic_id, type_id, state, tries, next_try_at, updated_at, version) SELECT "
                + campaign.id() + ", a.id, a.citizen_id, (SELECT COALESCE(MIN(CASE WHEN p.phone_e164 LIKE '+905%' "
                + "THEN p.phone_e164 END), MIN(p.phone_e164)) FROM citizen_phone p WHERE p.citizen_id = a.citizen_id), "
                + "a.province_code, t.topic_id, a.application_type_id, 'WAITING', 0, ?now, ?now, 0",
                selection, " ORDER BY RAND() LIMIT " + sample);
        insert.setParameter("now", java.sql.Timestamp.from(now));
        int selected = insert.executeUpdate();
        campaign.selected(selected);
        audit.record(actor, "SURVEY_CAMPAIGN_DEFINE", CAMPAIGN_SUBJECT, campaign.id().toString(),
                selected + " of " + matching + " applications");
        LOG.infof("Survey campaign %d defined by %s: %d of %d matching applications selected", campaign.id(), actor,
                selected, matching);
        return view(campaign);
    }

    /** The selection as SQL: {@code head} FROM … WHERE … {@code tail}, with positional values bound. */
    private Query selectionQuery(String head, SurveyCampaign.Selection selection, String tail) {
        StringBuilder sql = new StringBuilder(head).append(" FROM application a JOIN application_type t ON t.id = "
                + "a.application_type_id JOIN citizen c ON c.id = a.citizen_id WHERE a.status IN (");
        sql.append(selection.outcome().statuses().stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(",")));
        sql.append(") AND a.concluded_at >= ?fromAt AND a.concluded_at < ?toAt AND c.do_not_call = FALSE"
                + " AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.application_id = a.id)"
                + " AND NOT EXISTS (SELECT 1 FROM survey_target s WHERE s.application_id = a.id)"
                + " AND EXISTS (SELECT 1 FROM citizen_phone p WHERE p.citizen_id = a.citizen_id)");
        appendIn(sql, "a.province_code", selection.provinceCodes());
        appendIn(sql, "t.topic_id", selection.topicIds());
        appendIn(sql, "a.application_type_id", selection.typeIds());
        sql.append(tail);
        Query q = em.createNativeQuery(sql.toString().replace("?fromAt", ":fromAt").replace("?toAt", ":toAt")
                .replace("?now", ":now"));
        q.setParameter("fromAt", java.sql.Timestamp.from(startOf(selection.concludedFrom())));
        q.setParameter("toAt", java.sql.Timestamp.from(startOf(selection.concludedTo().plusDays(1))));
        return q;
    }

    /** Ids are integers from the form's sets, never text: safe to write into the statement. */
    private static void appendIn(StringBuilder sql, String column, Set<Integer> ids) {
        if (!ids.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (")
                    .append(ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))).append(')');
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CallingHours.ISTANBUL).toInstant();
    }

    @Override
    public CampaignView move(long campaignId, CampaignStatus next, String actor) {
        SurveyCampaign campaign = campaign(campaignId);
        Instant now = clock.instant();
        campaign.moveTo(next, now);
        if (next == CampaignStatus.STOPPED) {
            em.createQuery("delete from SurveyTarget t where t.campaignId = :c and t.state = :waiting and t.tries = 0")
                    .setParameter("c", campaignId).setParameter("waiting", TargetState.WAITING).executeUpdate();
            em.createQuery("update SurveyTarget t set t.state = :cancelled where t.campaignId = :c and t.state = :waiting")
                    .setParameter("c", campaignId).setParameter("waiting", TargetState.WAITING)
                    .setParameter("cancelled", TargetState.CANCELLED).executeUpdate();
        }
        audit.record(actor, "SURVEY_CAMPAIGN_" + next.name(), CAMPAIGN_SUBJECT, Long.toString(campaignId), campaign.name());
        LOG.infof("Survey campaign %d moved to %s by %s", campaignId, next, actor);
        return view(campaign);
    }

    @Override
    public List<CampaignView> all() {
        return em.createQuery("select c from SurveyCampaign c order by c.createdAt desc, c.id desc", SurveyCampaign.class)
                .getResultStream().map(this::view).toList();
    }

    @Override
    public Optional<CampaignView> find(long campaignId) {
        return Optional.ofNullable(em.find(SurveyCampaign.class, campaignId)).map(this::view);
    }

    @Override
    public CampaignResults results(long campaignId) {
        CampaignView view = view(campaign(campaignId));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.province_code, p.name, t.topic_id, tp.name, t.type_id, "
                        + "ty.name, t.state, t.score, COUNT(*), SUM(t.tries) FROM survey_target t "
                        + "JOIN province p ON p.plate_code = t.province_code JOIN topic tp ON tp.id = t.topic_id "
                        + "JOIN application_type ty ON ty.id = t.type_id WHERE t.campaign_id = ? "
                        + "GROUP BY t.province_code, p.name, t.topic_id, tp.name, t.type_id, ty.name, t.state, t.score")
                .setParameter(1, campaignId).getResultList();
        Tally total = new Tally();
        Map<Integer, Tally> provinces = new LinkedHashMap<>();
        Map<Integer, Tally> topics = new LinkedHashMap<>();
        Map<Integer, Tally> types = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Object[] r : rows) {
            int province = ((Number) r[0]).intValue();
            int topic = ((Number) r[2]).intValue();
            int type = ((Number) r[4]).intValue();
            names.put("p" + province, (String) r[1]);
            names.put("t" + topic, (String) r[3]);
            names.put("y" + type, (String) r[5]);
            TargetState state = TargetState.valueOf((String) r[6]);
            Integer score = r[7] == null ? null : ((Number) r[7]).intValue();
            int count = ((Number) r[8]).intValue();
            int tries = ((Number) r[9]).intValue();
            for (Tally tally : List.of(total, provinces.computeIfAbsent(province, k -> new Tally()),
                    topics.computeIfAbsent(topic, k -> new Tally()), types.computeIfAbsent(type, k -> new Tally()))) {
                tally.add(state, score, count, tries);
            }
        }
        return new CampaignResults(view, total.figures(), groups(provinces, "p", names), groups(topics, "t", names),
                groups(types, "y", names));
    }

    private static List<CampaignResults.Group> groups(Map<Integer, Tally> tallies, String prefix, Map<String, String> names) {
        Collator turkish = Collator.getInstance(Locale.forLanguageTag("tr"));
        return tallies.entrySet().stream()
                .map(e -> new CampaignResults.Group(e.getKey(), names.get(prefix + e.getKey()), e.getValue().figures()))
                .sorted(Comparator.comparing(CampaignResults.Group::name, turkish)).toList();
    }

    /** Sums of one group of targets. */
    private static final class Tally {
        int selected;
        int calls;
        int reached;
        int completed;
        int refused;
        final int[] distribution = new int[5];

        void add(TargetState state, Integer score, int count, int tries) {
            selected += count;
            calls += tries;
            if (state == TargetState.COMPLETED || state == TargetState.REFUSED || state == TargetState.INCOMPLETE) {
                reached += count;
            }
            if (state == TargetState.REFUSED) {
                refused += count;
            }
            if (state == TargetState.COMPLETED && score != null) {
                completed += count;
                distribution[score - 1] += count;
            }
        }

        CampaignResults.Figures figures() {
            return new CampaignResults.Figures(selected, calls, reached, completed, refused, distribution);
        }
    }

    @Override
    public List<TargetRow> targets(long campaignId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, c.first_name, c.last_name, t.phone_e164, p.name, "
                        + "tp.name, ty.name, t.state, t.tries, t.last_result, t.score, t.next_try_at FROM survey_target t "
                        + "JOIN citizen c ON c.id = t.citizen_id JOIN province p ON p.plate_code = t.province_code "
                        + "JOIN topic tp ON tp.id = t.topic_id JOIN application_type ty ON ty.id = t.type_id "
                        + "WHERE t.campaign_id = ? ORDER BY t.id")
                .setParameter(1, campaignId).setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
        List<TargetRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new TargetRow(((Number) r[0]).longValue(),
                    maskedName((String) r[1] + " " + (String) r[2]), maskedPhone((String) r[3]),
                    (String) r[4], (String) r[5], (String) r[6], TargetState.valueOf((String) r[7]),
                    ((Number) r[8]).intValue(), Optional.ofNullable((String) r[9]).map(DialResult::valueOf),
                    Optional.ofNullable((Number) r[10]).map(Number::intValue), instant(r[11])));
        }
        return result;
    }

    /** Each word of the name cut to its first letter and three stars: "Ayşe Nur Yılmaz" → "A*** N*** Y***". */
    static String maskedName(String name) {
        return java.util.Arrays.stream(name.split(" ")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, Character.charCount(word.codePointAt(0))) + "***")
                .collect(Collectors.joining(" "));
    }

    /** The national form with its middle digits hidden: {@code 0532*****67}. */
    static String maskedPhone(String e164) {
        String national = PhoneNumber.tryParse(e164).map(p -> "0" + p.nationalSignificantNumber()).orElse(e164);
        if (national.length() <= 6) {
            return "*".repeat(national.length());
        }
        return national.substring(0, 4) + "*".repeat(national.length() - 6) + national.substring(national.length() - 2);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    @Override
    public void changeDoNotCall(long citizenId, boolean doNotCall, String actor) {
        Citizen citizen = em.find(Citizen.class, citizenId);
        if (citizen == null) {
            throw new DomainException(DomainErrorCode.CITIZEN_NOT_FOUND, "Vatandaş bulunamadı.");
        }
        citizen.changeDoNotCall(doNotCall, clock.instant());
        audit.record(actor, doNotCall ? "SURVEY_DO_NOT_CALL" : "SURVEY_MAY_CALL", "citizen", Long.toString(citizenId),
                "survey calls");
    }

    @Override
    public List<DiallerCampaign> running() {
        return em.createQuery("select c from SurveyCampaign c where c.status = :running order by c.id", SurveyCampaign.class)
                .setParameter("running", CampaignStatus.RUNNING).getResultStream()
                .map(c -> new DiallerCampaign(c.id(), c.name(), c.concurrency(), c.hours())).toList();
    }

    @Override
    public List<DialOrder> claim(long campaignId, int max, Instant now, String dialler) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null || campaign.status() != CampaignStatus.RUNNING || max <= 0) {
            return List.of();
        }
        em.createNativeQuery("UPDATE survey_target t JOIN citizen c ON c.id = t.citizen_id SET t.state = 'DO_NOT_CALL', "
                        + "t.updated_at = ? WHERE t.campaign_id = ? AND t.state = 'WAITING' AND c.do_not_call = TRUE")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, campaignId).executeUpdate();
        em.createNativeQuery("UPDATE survey_target t JOIN survey_response r ON r.application_id = t.application_id "
                        + "SET t.state = 'COMPLETED', t.score = r.score, t.last_result = 'COMPLETED', t.updated_at = ? "
                        + "WHERE t.campaign_id = ? AND t.state = 'WAITING'")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, campaignId).executeUpdate();
        RetryRule rule = campaign.retries();
        List<SurveyTarget> due = em.createQuery("select t from SurveyTarget t where t.campaignId = :c and t.state = :waiting "
                        + "and t.refused = false and t.nextTryAt <= :now and t.tries < :max order by t.nextTryAt, t.id",
                        SurveyTarget.class)
                .setParameter("c", campaignId).setParameter("waiting", TargetState.WAITING).setParameter("now", now)
                .setParameter("max", rule.maxTries())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(max).getResultList();
        List<SurveyDial> dials = new ArrayList<>(due.size());
        List<String> trackingNumbers = new ArrayList<>(due.size());
        for (SurveyTarget target : due) {
            int tryNo = target.dial(now, rule);
            SurveyDial dial = new SurveyDial(target.id(), campaignId, tryNo, now, dialler);
            em.persist(dial);
            dials.add(dial);
            String tracking = em.find(Application.class, target.applicationId()).trackingNumber().value();
            trackingNumbers.add(tracking);
            audit.record(dialler, DIAL_ACTION, "citizen", Long.toString(target.citizenId()),
                    "campaign " + campaignId + " application " + tracking + " try " + tryNo);
        }
        em.flush();
        List<DialOrder> orders = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            SurveyTarget target = due.get(i);
            orders.add(new DialOrder(dials.get(i).id(), campaignId, target.id(), trackingNumbers.get(i),
                    "0" + PhoneNumber.of(target.phoneE164()).nationalSignificantNumber(), dials.get(i).tryNo()));
        }
        if (orders.isEmpty()) {
            finishIfDone(campaign, now);
        }
        return orders;
    }

    private void finishIfDone(SurveyCampaign campaign, Instant now) {
        long open = em.createQuery("select count(t) from SurveyTarget t where t.campaignId = :c and t.state in :open",
                        Long.class)
                .setParameter("c", campaign.id()).setParameter("open", List.of(TargetState.WAITING, TargetState.DIALLING))
                .getSingleResult();
        if (open == 0 && campaign.status() == CampaignStatus.RUNNING) {
            campaign.moveTo(CampaignStatus.FINISHED, now);
            LOG.infof("Survey campaign %d finished: every selected application has its result", campaign.id());
        }
    }

    @Override
    public Optional<DialResult> dialEnded(long dialId, DialResult result, Instant at) {
        SurveyDial dial = em.find(SurveyDial.class, dialId, LockModeType.PESSIMISTIC_WRITE);
        if (dial == null || dial.result().isPresent()) {
            return Optional.empty();
        }
        SurveyTarget target = em.find(SurveyTarget.class, dial.targetId(), LockModeType.PESSIMISTIC_WRITE);
        SurveyCampaign campaign = em.find(SurveyCampaign.class, dial.campaignId());
        Integer score = null;
        DialResult stored = result;
        if (result.reached()) {
            List<Number> scores = em.createNativeQuery("SELECT score FROM survey_response WHERE application_id = ?")
                    .setParameter(1, target.applicationId()).getResultList();
            if (!scores.isEmpty()) {
                score = scores.get(0).intValue();
                stored = DialResult.COMPLETED;
            } else if (result == DialResult.COMPLETED) {
                stored = DialResult.INCOMPLETE;
            }
        }
        if (target.refused()) {
            stored = DialResult.REFUSED;
        }
        dial.end(stored, at);
        target.dialEnded(stored, score, at, campaign.retries());
        em.flush();
        finishIfDone(campaign, at);
        return Optional.of(stored);
    }

    @Override
    public int interruptOpenDials(Instant at) {
        List<Long> open = em.createQuery("select d.id from SurveyDial d where d.result is null", Long.class).getResultList();
        open.forEach(id -> dialEnded(id, DialResult.INTERRUPTED, at));
        return open.size();
    }

    @Override
    public int openDials(long campaignId) {
        return em.createQuery("select count(d) from SurveyDial d where d.campaignId = :c and d.result is null", Long.class)
                .setParameter("c", campaignId).getSingleResult().intValue();
    }

    @Override
    public boolean refuse(String trackingNumberDigits, boolean doNotCall, String callerIdRaw) {
        TrackingNumber number = TrackingNumber.parse(trackingNumberDigits);
        List<Application> found = em.createQuery("select a from Application a where a.trackingNumber = :n", Application.class)
                .setParameter("n", number).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        Application application = found.get(0);
        Instant now = clock.instant();
        em.createQuery("select t from SurveyTarget t where t.applicationId = :a", SurveyTarget.class)
                .setParameter("a", application.id()).getResultStream().forEach(t -> t.refuse(now));
        if (doNotCall) {
            application.citizen().changeDoNotCall(true, now);
        }
        audit.record("ivr", doNotCall ? "SURVEY_DO_NOT_CALL" : "SURVEY_REFUSED", "citizen",
                application.citizen().id().toString(), "application " + number.value() + " caller "
                        + (callerIdRaw == null ? "" : callerIdRaw));
        return true;
    }

    private SurveyCampaign campaign(long id) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, id);
        if (campaign == null) {
            throw new DomainException(DomainErrorCode.SURVEY_CAMPAIGN_NOT_FOUND, "Kampanya bulunamadı.");
        }
        return campaign;
    }

    private CampaignView view(SurveyCampaign c) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(CASE WHEN state NOT IN ('WAITING', "
                        + "'DIALLING') THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN state = 'DIALLING' THEN 1 ELSE 0 END), 0) "
                        + "FROM survey_target WHERE campaign_id = ?")
                .setParameter(1, c.id()).getSingleResult();
        SurveyCampaign.Selection s = c.selection();
        return new CampaignView(c.id(), c.name(), c.status(), s.concludedFrom(), s.concludedTo(), s.provinceCodes(),
                s.topicIds(), s.typeIds(), s.outcome(), boxed(c.sampleSize()), boxed(c.samplePercent()), c.hours().from(),
                c.hours().to(), c.hours().weekends(), c.retries().maxTries(), (int) c.retries().spacing().toMinutes(),
                c.concurrency(),
                c.selected(), ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(), c.createdBy(),
                c.createdAt());
    }

    private static Optional<Integer> boxed(java.util.OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}
