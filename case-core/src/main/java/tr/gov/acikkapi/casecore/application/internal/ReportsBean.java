package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import tr.gov.acikkapi.casecore.application.AgeGroup;
import tr.gov.acikkapi.casecore.application.Analysis;
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
import java.util.HashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link Reports}. Deadline counts and lists are JPQL over the index on {@code (status, deadline_at)}: only open
 * applications due before the end of the window are read. An analysis is three native, grouped scans of the
 * applications and three of the survey answers (MariaDB does the counting); only the groups come back (a few
 * thousand at most), and each dimension is summed from them and named from the small reference tables.
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
    public Analysis analyse(AnalyticsFilter filter) {
        Instant now = clock.instant();
        Map<AnalyticsDimension, Map<String, long[]>> sums = new EnumMap<>(AnalyticsDimension.class);
        for (AnalyticsDimension d : AnalyticsDimension.values()) {
            sums.put(d, new HashMap<>());
        }
        long[] total = new long[FIGURES];

        // 1. Province, channel, kind and month (at most 81 × 5 × 3 groups a month).
        String place = "a.province_code, a.channel, a.kind, " + MONTH + " AS m";
        add(query("SELECT " + place + ", " + COUNTS + " FROM application a" + where(filter)
                + " GROUP BY a.province_code, a.channel, a.kind, m", filter, now), 4, 0,
                row -> new String[] {text(row[0]), text(row[1]), text(row[2]), text(row[3])}, sums, new AnalyticsDimension[] {AnalyticsDimension.PROVINCE, AnalyticsDimension.CHANNEL, AnalyticsDimension.KIND,
                AnalyticsDimension.MONTH}, total);
        add(query("SELECT " + place + ", COUNT(*), COALESCE(SUM(s.score), 0) FROM survey_response s "
                + "JOIN application a ON a.id = s.application_id" + where(filter) + " GROUP BY a.province_code, a.channel, a.kind, m",
                filter, now), 4, SURVEYS, row -> new String[] {text(row[0]), text(row[1]), text(row[2]), text(row[3])}, sums,
                new AnalyticsDimension[] {AnalyticsDimension.PROVINCE, AnalyticsDimension.CHANNEL, AnalyticsDimension.KIND,
                        AnalyticsDimension.MONTH}, total);

        // 2. Type (at most 322 groups); topics are summed from their types.
        Map<Integer, Integer> topicOfType = new HashMap<>();
        Map<String, String> typeNames = new LinkedHashMap<>();
        for (Object[] t : rows(em.createNativeQuery("SELECT id, name, topic_id FROM application_type ORDER BY name"))) {
            topicOfType.put(((Number) t[0]).intValue(), ((Number) t[2]).intValue());
            typeNames.put(text(t[0]), (String) t[1]);
        }
        Function<Object[], String[]> typeAndTopic = row -> new String[] {text(row[0]),
                String.valueOf(topicOfType.getOrDefault(((Number) row[0]).intValue(), 0))};
        AnalyticsDimension[] catalogue = {AnalyticsDimension.TYPE, AnalyticsDimension.TOPIC};
        add(query("SELECT a.application_type_id, " + COUNTS + " FROM application a" + where(filter)
                + " GROUP BY a.application_type_id", filter, now), 1, 0, typeAndTopic, sums, catalogue, null);
        add(query("SELECT a.application_type_id, COUNT(*), COALESCE(SUM(s.score), 0) FROM survey_response s "
                + "JOIN application a ON a.id = s.application_id" + where(filter) + " GROUP BY a.application_type_id",
                filter, now), 1, SURVEYS, typeAndTopic, sums, catalogue, null);

        // 3. The citizen's gender and age group (at most 3 × 6 groups).
        String person = "c.gender, " + ageGroupCase() + " AS ag";
        AnalyticsDimension[] demography = {AnalyticsDimension.GENDER, AnalyticsDimension.AGE_GROUP};
        add(query("SELECT " + person + ", " + COUNTS + " FROM application a JOIN citizen c ON c.id = a.citizen_id"
                + where(filter) + " GROUP BY c.gender, ag", filter, now), 2, 0,
                row -> new String[] {text(row[0]), text(row[1])}, sums, demography, null);
        add(query("SELECT " + person + ", COUNT(*), COALESCE(SUM(s.score), 0) FROM survey_response s "
                + "JOIN application a ON a.id = s.application_id JOIN citizen c ON c.id = a.citizen_id" + where(filter)
                + " GROUP BY c.gender, ag", filter, now), 2, SURVEYS, row -> new String[] {text(row[0]), text(row[1])}, sums,
                demography, null);

        Map<String, String> provinceNames = new LinkedHashMap<>();
        for (Object[] p : rows(em.createNativeQuery("SELECT plate_code, name FROM province ORDER BY name"))) {
            provinceNames.put(text(p[0]), (String) p[1]);
        }
        Map<String, String> topicNames = new LinkedHashMap<>();
        for (Object[] t : rows(em.createNativeQuery("SELECT id, name FROM topic ORDER BY name"))) {
            topicNames.put(text(t[0]), (String) t[1]);
        }

        Map<AnalyticsDimension, List<AnalyticsRow>> groups = new EnumMap<>(AnalyticsDimension.class);
        groups.put(AnalyticsDimension.PROVINCE, named(sums.get(AnalyticsDimension.PROVINCE), provinceNames));
        groups.put(AnalyticsDimension.TOPIC, named(sums.get(AnalyticsDimension.TOPIC), topicNames));
        groups.put(AnalyticsDimension.TYPE, named(sums.get(AnalyticsDimension.TYPE), typeNames));
        groups.put(AnalyticsDimension.MONTH, ordered(sums.get(AnalyticsDimension.MONTH), Comparator.naturalOrder()));
        groups.put(AnalyticsDimension.KIND, ordered(sums.get(AnalyticsDimension.KIND), byEnum(ApplicationKind::valueOf)));
        groups.put(AnalyticsDimension.CHANNEL, ordered(sums.get(AnalyticsDimension.CHANNEL), byEnum(IntakeChannel::valueOf)));
        groups.put(AnalyticsDimension.GENDER, ordered(sums.get(AnalyticsDimension.GENDER), byEnum(Gender::valueOf)));
        groups.put(AnalyticsDimension.AGE_GROUP, ordered(sums.get(AnalyticsDimension.AGE_GROUP), byEnum(AgeGroup::valueOf)));
        return new Analysis(filter, row(AnalyticsRow.TOTAL, "", total), groups, now);
    }

    /** Figures per group: applications, concluded, positive, deadline decided, in time, surveys, score total. */
    private static final int FIGURES = 7;
    /** Where the survey figures start. */
    private static final int SURVEYS = 5;

    /** The month of registration in Istanbul time, "2026-03". */
    private static final String MONTH = "DATE_FORMAT(DATE_ADD(a.registered_at, INTERVAL :offset MINUTE), '%Y-%m')";

    /** The application counts of a group, in the order of the figures. */
    private static final String COUNTS = "COUNT(*), "
            + "SUM(CASE WHEN a.status IN (" + literals(ApplicationStatus.concluded()) + ") THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN a.status = '" + ApplicationStatus.CONCLUDED_POSITIVE.name() + "' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN a.status IN (" + literals(ApplicationStatus.concluded()) + ") OR a.deadline_at < :now "
            + "THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN a.status IN (" + literals(ApplicationStatus.concluded()) + ") AND a.concluded_at <= a.deadline_at "
            + "THEN 1 ELSE 0 END)";

    /**
     * Adds grouped figures to the dimensions: each result row has {@code keys} key columns, then its figures, which
     * go to the figures from {@code offset} on; {@code keysOf} gives each dimension's key of the row.
     */
    private static void add(List<Object[]> result, int keys, int offset, Function<Object[], String[]> keysOf,
                            Map<AnalyticsDimension, Map<String, long[]>> sums, AnalyticsDimension[] dimensions, long[] total) {
        for (Object[] row : result) {
            String[] key = keysOf.apply(row);
            for (int i = 0; i < dimensions.length; i++) {
                long[] figures = sums.get(dimensions[i]).computeIfAbsent(key[i], k -> new long[FIGURES]);
                for (int f = keys; f < row.length; f++) {
                    figures[offset + f - keys] += count(row[f]);
                }
            }
            if (total != null) {
                for (int f = keys; f < row.length; f++) {
                    total[offset + f - keys] += count(row[f]);
                }
            }
        }
    }

    /** Groups in the order of the names (as the database sorted them), named. */
    private static List<AnalyticsRow> named(Map<String, long[]> groups, Map<String, String> names) {
        List<AnalyticsRow> rows = new ArrayList<>();
        names.forEach((key, name) -> {
            long[] figures = groups.get(key);
            if (figures != null && figures[0] > 0) {
                rows.add(row(key, name, figures));
            }
        });
        return rows;
    }

    private static List<AnalyticsRow> ordered(Map<String, long[]> groups, Comparator<String> order) {
        return groups.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .sorted(Map.Entry.comparingByKey(order))
                .map(e -> row(e.getKey(), "", e.getValue()))
                .toList();
    }

    private static AnalyticsRow row(String key, String label, long[] f) {
        return new AnalyticsRow(key, label, f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
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

    private List<Object[]> query(String sql, AnalyticsFilter filter, Instant now) {
        Query query = em.createNativeQuery(sql);
        if (sql.contains(":now")) {
            query.setParameter("now", now);
        }
        if (sql.contains(":offset")) {
            query.setParameter("offset", ISTANBUL.getRules().getOffset(now).getTotalSeconds() / 60);
        }
        filter.from().ifPresent(f -> query.setParameter("from", f));
        filter.until().ifPresent(u -> query.setParameter("until", u));
        filter.provinceCode().ifPresent(p -> query.setParameter("province", p));
        return rows(query);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }

    private static <E extends Enum<E>> Comparator<String> byEnum(Function<String, E> parse) {
        return Comparator.comparingInt(key -> {
            try {
                return parse.apply(key).ordinal();
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
