package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import tr.gov.acikkapi.casecore.application.AgeGroup;
import tr.gov.acikkapi.casecore.application.AnalyticsDimension;
import tr.gov.acikkapi.casecore.application.AnalyticsFilter;
import tr.gov.acikkapi.casecore.application.AnalyticsRow;
import tr.gov.acikkapi.casecore.application.DeadlineFilter;
import tr.gov.acikkapi.casecore.application.DeadlineItem;
import tr.gov.acikkapi.casecore.application.DeadlineTally;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.application.Reports;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link Reports}. Deadline counts and lists are JPQL over the index on {@code (status, deadline_at)}: only open
 * applications due before the end of the window are read. Analyses are one native, grouped query per dimension
 * (MariaDB does the counting); only the groups come back, labelled by a join with the small reference tables.
 */
@Stateless
public class ReportsBean implements Reports {

    /** Months are counted in Istanbul time. Türkiye keeps UTC+3 all year, so one offset is exact. */
    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private static final String TALLY = "sum(case when a.escalatedAt is null and a.deadlineAt >= :now then 1 else 0 end), "
            + "sum(case when a.deadlineAt < :now then 1 else 0 end), "
            + "sum(case when a.deadlineAt < :now and a.escalatedAt is null then 1 else 0 end), "
            + "sum(case when a.escalationTarget = :governor then 1 else 0 end), "
            + "sum(case when a.escalationTarget = :ministry then 1 else 0 end) ";
    private static final String ITEM = "select a.id, a.trackingNumber, a.kind, t.name, tp.name, a.status, p.plateCode, "
            + "p.name, u.id, u.name, a.registeredAt, a.deadlineAt, a.escalationTarget, a.escalatedAt "
            + "from Application a join a.type t join t.topic tp join a.province p left join a.unit u ";

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private Clock clock;

    public ReportsBean() {
    }

    ReportsBean(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ deadlines

    @Override
    public List<DeadlineTally> deadlinesByProvince(DeadlineFilter filter, Duration window) {
        TypedQuery<Object[]> query = em.createQuery("select p.plateCode, p.name, " + TALLY
                + "from Application a join a.province p where a.status in :open and a.deadlineAt < :until"
                + restriction(filter) + " group by p.plateCode, p.name order by p.name", Object[].class);
        return tallies(bindTally(query, filter, window));
    }

    @Override
    public List<DeadlineTally> deadlinesByUnit(DeadlineFilter filter, Duration window, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select u.id, u.name, " + TALLY
                + "from Application a left join a.unit u where a.status in :open and a.deadlineAt < :until"
                + restriction(filter) + " group by u.id, u.name "
                + "order by sum(case when a.deadlineAt < :now then 1 else 0 end) desc, u.name", Object[].class);
        return tallies(bindTally(query, filter, window).setMaxResults(Math.max(1, limit)));
    }

    @Override
    public List<DeadlineItem> dueWithin(DeadlineFilter filter, Duration window, int limit) {
        Instant now = clock.instant();
        TypedQuery<Object[]> query = em.createQuery(ITEM + "where a.status in :escalatable and a.escalatedAt is null "
                        + "and a.deadlineAt >= :now and a.deadlineAt < :until" + restriction(filter)
                        + " order by a.deadlineAt, a.id", Object[].class)
                .setParameter("escalatable", ApplicationStatus.escalatable())
                .setParameter("now", now)
                .setParameter("until", now.plus(window));
        return items(bindFilter(query, filter), limit);
    }

    @Override
    public List<DeadlineItem> pastDeadline(DeadlineFilter filter, int limit) {
        TypedQuery<Object[]> query = em.createQuery(ITEM + "where a.status in :open and a.deadlineAt < :now"
                        + restriction(filter) + " order by a.deadlineAt, a.id", Object[].class)
                .setParameter("open", ApplicationStatus.open())
                .setParameter("now", clock.instant());
        return items(bindFilter(query, filter), limit);
    }

    @Override
    public List<ReferenceData.Choice> unitsOf(int provinceCode) {
        return em.createQuery("select u from Unit u where u.province.plateCode = :province order by u.name", Unit.class)
                .setParameter("province", (short) provinceCode)
                .getResultStream()
                .map(u -> new ReferenceData.Choice(u.id(), u.name()))
                .toList();
    }

    private static String restriction(DeadlineFilter filter) {
        return (filter.provinceCode().isPresent() ? " and a.province.plateCode = :province" : "")
                + (filter.unitId().isPresent() ? " and a.unit.id = :unit" : "");
    }

    private static TypedQuery<Object[]> bindFilter(TypedQuery<Object[]> query, DeadlineFilter filter) {
        filter.provinceCode().ifPresent(p -> query.setParameter("province", p.shortValue()));
        filter.unitId().ifPresent(u -> query.setParameter("unit", u));
        return query;
    }

    private TypedQuery<Object[]> bindTally(TypedQuery<Object[]> query, DeadlineFilter filter, Duration window) {
        Instant now = clock.instant();
        query.setParameter("open", ApplicationStatus.open())
                .setParameter("now", now)
                .setParameter("until", now.plus(window))
                .setParameter("governor", EscalationTarget.GOVERNOR)
                .setParameter("ministry", EscalationTarget.MINISTRY);
        return bindFilter(query, filter);
    }

    private static List<DeadlineTally> tallies(TypedQuery<Object[]> query) {
        return query.getResultStream()
                .map(r -> new DeadlineTally(r[0] == null ? 0 : ((Number) r[0]).intValue(), r[1] == null ? "" : (String) r[1],
                        count(r[2]), count(r[3]), count(r[4]), count(r[5]), count(r[6])))
                .toList();
    }

    private static List<DeadlineItem> items(TypedQuery<Object[]> query, int limit) {
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_LIST)))
                .getResultStream()
                .map(r -> new DeadlineItem((Long) r[0], (TrackingNumber) r[1], (ApplicationKind) r[2], (String) r[3],
                        (String) r[4], (ApplicationStatus) r[5], ((Number) r[6]).intValue(), (String) r[7],
                        Optional.ofNullable((Integer) r[8]), Optional.ofNullable((String) r[9]), (Instant) r[10],
                        (Instant) r[11], Optional.ofNullable((EscalationTarget) r[12]), Optional.ofNullable((Instant) r[13])))
                .toList();
    }

    // ------------------------------------------------------------------ analytics

    @Override
    public AnalyticsRow totals(AnalyticsFilter filter) {
        Query query = em.createNativeQuery("SELECT '" + AnalyticsRow.TOTAL + "' AS k, " + COUNTS + " FROM application a "
                + "LEFT JOIN survey_response s ON s.application_id = a.id" + where(filter));
        List<AnalyticsRow> rows = rows(bindAnalytics(query, filter, false), false);
        return rows.isEmpty() ? new AnalyticsRow(AnalyticsRow.TOTAL, "", 0, 0, 0, 0, 0, 0, 0) : rows.get(0);
    }

    @Override
    public List<AnalyticsRow> breakdown(AnalyticsDimension dimension, AnalyticsFilter filter) {
        String inner = "SELECT " + keyOf(dimension) + " AS k, " + COUNTS + " FROM application a "
                + "LEFT JOIN survey_response s ON s.application_id = a.id" + joinsOf(dimension) + where(filter) + " GROUP BY k";
        String sql = switch (dimension) {
            case PROVINCE -> "SELECT g.*, x.name FROM (" + inner + ") g JOIN province x ON x.plate_code = g.k ORDER BY x.name";
            case TOPIC -> "SELECT g.*, x.name FROM (" + inner + ") g JOIN topic x ON x.id = g.k ORDER BY x.name";
            case TYPE -> "SELECT g.*, x.name FROM (" + inner + ") g JOIN application_type x ON x.id = g.k ORDER BY x.name";
            default -> inner + " ORDER BY k";
        };
        List<AnalyticsRow> rows = rows(bindAnalytics(em.createNativeQuery(sql), filter, dimension == AnalyticsDimension.MONTH),
                switch (dimension) {
                    case PROVINCE, TOPIC, TYPE -> true;
                    default -> false;
                });
        Comparator<AnalyticsRow> order = switch (dimension) {
            case KIND -> byEnum(ApplicationKind::valueOf);
            case CHANNEL -> byEnum(IntakeChannel::valueOf);
            case GENDER -> byEnum(Gender::valueOf);
            case AGE_GROUP -> byEnum(AgeGroup::valueOf);
            default -> null;
        };
        return order == null ? rows : rows.stream().sorted(order).toList();
    }

    /** The counts every analysis row has, in {@link AnalyticsRow}'s order. */
    private static final String COUNTS = "COUNT(*) AS applications, "
            + "SUM(CASE WHEN a.status IN (" + literals(ApplicationStatus.concluded()) + ") THEN 1 ELSE 0 END) AS concluded, "
            + "SUM(CASE WHEN a.status = '" + ApplicationStatus.CONCLUDED_POSITIVE.name() + "' THEN 1 ELSE 0 END) AS positive, "
            + "SUM(CASE WHEN a.status IN (" + literals(ApplicationStatus.concluded()) + ") OR a.deadline_at < :now "
            + "THEN 1 ELSE 0 END) AS decided, "
            + "SUM(CASE WHEN a.status IN (" + literals(ApplicationStatus.concluded()) + ") AND a.concluded_at <= a.deadline_at "
            + "THEN 1 ELSE 0 END) AS in_time, "
            + "COUNT(s.id) AS surveys, COALESCE(SUM(s.score), 0) AS score_total";

    private static String keyOf(AnalyticsDimension dimension) {
        return switch (dimension) {
            case PROVINCE -> "a.province_code";
            case TOPIC -> "t.topic_id";
            case TYPE -> "a.application_type_id";
            case KIND -> "a.kind";
            case CHANNEL -> "a.channel";
            case MONTH -> "DATE_FORMAT(DATE_ADD(a.registered_at, INTERVAL :offset MINUTE), '%Y-%m')";
            case AGE_GROUP -> ageGroupCase();
            case GENDER -> "c.gender";
        };
    }

    private static String joinsOf(AnalyticsDimension dimension) {
        return switch (dimension) {
            case TOPIC -> " JOIN application_type t ON t.id = a.application_type_id";
            case AGE_GROUP, GENDER -> " JOIN citizen c ON c.id = a.citizen_id";
            default -> "";
        };
    }

    /** The {@link AgeGroup} of the citizen in the registration year, as SQL. */
    private static String ageGroupCase() {
        StringBuilder sql = new StringBuilder("CASE WHEN c.birth_year IS NULL THEN '").append(AgeGroup.UNKNOWN.name()).append("'");
        for (AgeGroup group : AgeGroup.values()) {
            if (group == AgeGroup.UNKNOWN) {
                continue;
            }
            sql.append(" WHEN YEAR(a.registered_at) - c.birth_year ");
            sql.append(group.highest() == Integer.MAX_VALUE ? ">= " + group.lowest() : "<= " + group.highest());
            sql.append(" THEN '").append(group.name()).append("'");
        }
        return sql.append(" ELSE '").append(AgeGroup.UNKNOWN.name()).append("' END").toString();
    }

    private static String where(AnalyticsFilter filter) {
        List<String> conditions = new ArrayList<>();
        filter.from().ifPresent(f -> conditions.add("a.registered_at >= :from"));
        filter.until().ifPresent(u -> conditions.add("a.registered_at < :until"));
        filter.provinceCode().ifPresent(p -> conditions.add("a.province_code = :province"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Query bindAnalytics(Query query, AnalyticsFilter filter, boolean month) {
        Instant now = clock.instant();
        query.setParameter("now", now);
        filter.from().ifPresent(f -> query.setParameter("from", f));
        filter.until().ifPresent(u -> query.setParameter("until", u));
        filter.provinceCode().ifPresent(p -> query.setParameter("province", p));
        if (month) {
            query.setParameter("offset", ISTANBUL.getRules().getOffset(now).getTotalSeconds() / 60);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<AnalyticsRow> rows(Query query, boolean labelled) {
        List<Object[]> result = query.getResultList();
        List<AnalyticsRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            if (count(r[1]) == 0) {
                continue;
            }
            rows.add(new AnalyticsRow(String.valueOf(r[0]), labelled && r[8] != null ? (String) r[8] : "", count(r[1]),
                    count(r[2]), count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7])));
        }
        return rows;
    }

    private static <E extends Enum<E>> Comparator<AnalyticsRow> byEnum(Function<String, E> parse) {
        return Comparator.comparingInt(row -> {
            try {
                return parse.apply(row.key()).ordinal();
            } catch (IllegalArgumentException e) {
                return Integer.MAX_VALUE;
            }
        });
    }

    private static String literals(java.util.Set<ApplicationStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
