package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.AgeGroup;
import tr.gov.acikkapi.casecore.application.Analysis;
import tr.gov.acikkapi.casecore.application.AnalyticsDimension;
import tr.gov.acikkapi.casecore.application.AnalyticsFilter;
import tr.gov.acikkapi.casecore.application.AnalyticsRow;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.DeadlineFilter;
import tr.gov.acikkapi.casecore.application.DeadlineItem;
import tr.gov.acikkapi.casecore.application.DeadlineTally;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsBeanTest {

    private static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private ServiceTestSupport services;

    @BeforeEach
    void clean() {
        CaseCoreTestDatabase.deleteCaseData();
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(T0));
    }

    private <T> T reports(Function<ReportsBean, T> call) {
        return services.inTransaction(em -> call.apply(new ReportsBean(em, services.clock)));
    }

    private ApplicationSummary register(int type, int province, Gender gender, Integer birthYear, IntakeChannel channel,
                                        Instant at) {
        services.clock.set(at);
        CitizenDetails citizen = new CitizenDetails(ServiceTestSupport.newTcKimlikNo(), "Deneme", "Vatandaş", null, null,
                province, null, birthYear, gender, EscortNeeds.none());
        return services.intake(b -> b.register(new NewApplication(citizen, ApplicationKind.REQUEST, type, province, null,
                channel, "Konu", "Açıklama.", "ajan1", null))).application();
    }

    private ApplicationSummary register(int type, int province, Instant at) {
        return register(type, province, Gender.UNSPECIFIED, 1975, IntakeChannel.CALL_CENTER, at);
    }

    private void conclude(ApplicationSummary a, ApplicationStatus outcome, Instant at) {
        services.clock.set(at);
        ApplicationSummary inProgress = services.lifecycle(b -> b.changeStatus(a.trackingNumber(), a.version(),
                StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "x", null, null), "birim"));
        services.lifecycle(b -> b.changeStatus(a.trackingNumber(), inProgress.version(),
                StatusChangeRequest.of(outcome, null, "Sonuç.", null), "birim"));
    }

    @Test
    void analysesCountRatesPerGroupInTheDatabase() {
        ApplicationSummary a1 = register(101, 6, Gender.FEMALE, 2000, IntakeChannel.CALL_CENTER, T0);
        ApplicationSummary a2 = register(101, 6, Gender.MALE, 1950, IntakeChannel.CALL_CENTER, T0);
        register(701, 34, Gender.UNSPECIFIED, null, IntakeChannel.CALL_CENTER, T0);
        ApplicationSummary a5 = register(301, 6, Gender.FEMALE, 1990, IntakeChannel.CALL_CENTER, T0);
        conclude(a1, ApplicationStatus.CONCLUDED_POSITIVE, T0.plus(DAY));
        conclude(a2, ApplicationStatus.CONCLUDED_NEGATIVE, T0.plus(DAY));
        services.lifecycle(b -> { b.recordSurveyResponse(a1.trackingNumber(), 5, null, "anketör"); return null; });
        services.lifecycle(b -> { b.recordSurveyResponse(a2.trackingNumber(), 3, null, "anketör"); return null; });
        conclude(a5, ApplicationStatus.CONCLUDED_POSITIVE, T0.plus(Duration.ofDays(8)));             // late
        // 2025-09-30T22:00Z is already 1 October in Istanbul.
        register(1101, 18, Gender.MALE, 2010, IntakeChannel.CALL_CENTER, Instant.parse("2025-09-30T22:00:00Z"));
        register(101, 67, Gender.UNSPECIFIED, 1975, IntakeChannel.WEB, T0.plus(Duration.ofDays(30)));
        services.clock.set(T0.plus(Duration.ofDays(31)));

        Analysis all = reports(r -> r.analyse(AnalyticsFilter.all()));
        AnalyticsRow total = all.totals();
        assertEquals(new AnalyticsRow(AnalyticsRow.TOTAL, "", 6, 3, 2, 4, 2, 2, 8), total,
                "6 registered, 3 concluded, 2 positive; 4 with known compliance (3 concluded + 1 open past its deadline), "
                        + "2 in time; 2 survey answers scoring 8");
        assertEquals(2.0 / 3, total.positiveRate().orElseThrow(), 1e-9);
        assertEquals(0.5, total.deadlineCompliance().orElseThrow(), 1e-9);
        assertEquals(4.0, total.surveyAverage().orElseThrow(), 1e-9);

        List<AnalyticsRow> provinces = all.rows(AnalyticsDimension.PROVINCE);
        assertEquals(List.of("Ankara", "Çankırı", "İstanbul", "Zonguldak"), labels(provinces), "Turkish alphabetical order");
        assertEquals(List.of(3L, 1L, 1L, 1L), provinces.stream().map(AnalyticsRow::applications).toList());
        assertEquals(List.of("6", "18", "34", "67"), keys(provinces));
        assertEquals(2, provinces.get(0).positive());
        assertEquals(List.of(2L, 0L, 0L, 0L), provinces.stream().map(AnalyticsRow::surveys).toList(), "survey answers per group");
        assertEquals(8, provinces.get(0).surveyScoreTotal());

        assertEquals(List.of("Belediye Hizmetleri", "Nüfus ve Vatandaşlık", "Sağlık", "Sosyal Yardım ve Hizmetler"),
                labels(all.rows(AnalyticsDimension.TOPIC)));
        List<AnalyticsRow> types = all.rows(AnalyticsDimension.TYPE);
        assertEquals(4, types.size());
        assertEquals(3, types.stream().filter(t -> t.key().equals("101")).findFirst().orElseThrow().applications());

        List<AnalyticsRow> months = all.rows(AnalyticsDimension.MONTH);
        assertEquals(List.of("2025-09", "2025-10"), keys(months), "months in Istanbul time, in time order");
        assertEquals(List.of(4L, 2L), months.stream().map(AnalyticsRow::applications).toList());

        assertEquals(List.of("WEB", "CALL_CENTER"), keys(all.rows(AnalyticsDimension.CHANNEL)),
                "channels in the enum's order");
        List<AnalyticsRow> ages = all.rows(AnalyticsDimension.AGE_GROUP);
        assertEquals(List.of(AgeGroup.values()).stream().map(Enum::name).toList(), keys(ages),
                "one application in each age group (age in the registration year), unknown birth year last");
        List<AnalyticsRow> genders = all.rows(AnalyticsDimension.GENDER);
        assertEquals(List.of("FEMALE", "MALE", "UNSPECIFIED"), keys(genders));
        assertEquals(List.of(2L, 2L, 2L), genders.stream().map(AnalyticsRow::applications).toList());
        assertEquals(1.0, genders.get(0).positiveRate().orElseThrow(), 1e-9);
        assertEquals(5.0, genders.get(0).surveyAverage().orElseThrow(), 1e-9, "the woman's answer");
        assertEquals(3.0, genders.get(1).surveyAverage().orElseThrow(), 1e-9, "the man's answer");
        assertEquals(4.0, all.rows(AnalyticsDimension.TOPIC).get(2).surveyAverage().orElseThrow(), 1e-9, "Sağlık");
        assertEquals(2, all.rows(AnalyticsDimension.TYPE).stream().mapToLong(AnalyticsRow::surveys).sum());
        assertEquals(List.of("REQUEST"), keys(all.rows(AnalyticsDimension.KIND)));

        AnalyticsFilter ankara = new AnalyticsFilter(Optional.empty(), Optional.empty(), Optional.of(6));
        assertEquals(3, reports(r -> r.analyse(ankara)).totals().applications());
        assertEquals(List.of("Ankara"), labels(reports(r -> r.analyse(ankara)).rows(AnalyticsDimension.PROVINCE)));
        AnalyticsFilter october = new AnalyticsFilter(Optional.of(Instant.parse("2025-09-30T21:00:00Z")), Optional.empty(),
                Optional.empty());
        assertEquals(2, reports(r -> r.analyse(october)).totals().applications());
        AnalyticsFilter september = new AnalyticsFilter(Optional.empty(), Optional.of(Instant.parse("2025-09-30T21:00:00Z")),
                Optional.empty());
        assertEquals(4, reports(r -> r.analyse(september)).totals().applications());
    }

    @Test
    void anEmptySelectionGivesZerosAndNoGroups() {
        Analysis all = reports(r -> r.analyse(AnalyticsFilter.all()));
        assertEquals(0, all.totals().applications());
        assertTrue(all.totals().positiveRate().isEmpty());
        for (AnalyticsDimension d : AnalyticsDimension.values()) {
            assertEquals(List.of(), all.rows(d), d.name());
        }
    }

    @Test
    void deadlinesAreCountedPerProvinceAndUnitAndListedWithTheirEscalation() {
        ApplicationSummary d1 = register(101, 6, T0);                                      // → governor
        ApplicationSummary d2 = register(701, 34, T0.plus(DAY));                            // → ministry
        ApplicationSummary d7 = register(101, 6, T0.plus(DAY));
        conclude(d7, ApplicationStatus.CONCLUDED_POSITIVE, T0.plus(Duration.ofDays(2)));    // concluded: never listed
        ApplicationSummary d3 = register(301, 6, T0.plus(Duration.ofDays(2)));              // overdue, not sent up yet
        ApplicationSummary d4 = register(101, 6, T0.plus(Duration.ofHours(3 * 24 + 12)));   // due in 12 h
        ApplicationSummary d5 = register(1101, 34, T0.plus(Duration.ofHours(3 * 24 + 20))); // due in 20 h
        register(101, 6, T0.plus(Duration.ofDays(5)));                                     // due in 2 days
        services.clock.set(T0.plus(Duration.ofDays(9)).minusSeconds(60));
        services.watch(DeadlineWatchBean::escalateOverdue);
        Instant escalatedAt = services.clock.instant();
        services.clock.set(T0.plus(Duration.ofDays(10)));
        Duration day = Duration.ofHours(24);

        assertEquals(List.of(new DeadlineTally(6, "Ankara", 1, 2, 1, 1, 0), new DeadlineTally(34, "İstanbul", 1, 1, 0, 0, 1)),
                reports(r -> r.deadlinesByProvince(DeadlineFilter.all(), day)));
        assertEquals(List.of(new DeadlineTally(34, "İstanbul", 1, 1, 0, 0, 1)),
                reports(r -> r.deadlinesByProvince(DeadlineFilter.of(34, null), day)));

        assertEquals(List.of(d4.trackingNumber(), d5.trackingNumber()),
                numbers(reports(r -> r.dueWithin(DeadlineFilter.all(), day, 100))));
        assertEquals(List.of(d5.trackingNumber()), numbers(reports(r -> r.dueWithin(DeadlineFilter.of(34, null), day, 100))));

        List<DeadlineItem> late = reports(r -> r.pastDeadline(DeadlineFilter.all(), 100));
        assertEquals(List.of(d1.trackingNumber(), d2.trackingNumber(), d3.trackingNumber()), numbers(late), "most overdue first");
        assertEquals(Optional.of(EscalationTarget.GOVERNOR), late.get(0).escalationTarget());
        assertEquals(Optional.of(escalatedAt), late.get(0).escalatedAt());
        assertEquals(Optional.of(EscalationTarget.MINISTRY), late.get(1).escalationTarget());
        assertTrue(late.get(2).awaitingEscalationAt(services.clock.instant()));
        assertEquals(d1.unitName(), late.get(0).unitName());
        assertEquals(1, reports(r -> r.pastDeadline(DeadlineFilter.all(), 1)).size(), "the limit holds");

        List<DeadlineTally> units = reports(r -> r.deadlinesByUnit(DeadlineFilter.all(), day, 50));
        assertEquals(4, units.size(), units.toString());
        assertEquals(List.of(1L, 1L, 1L, 0L), units.stream().map(DeadlineTally::overdue).toList(), "most overdue first");
        DeadlineTally health = units.stream().filter(u -> u.name().equals("Ankara İl Sağlık Müdürlüğü")).findFirst().orElseThrow();
        assertEquals(1, health.dueSoon());
        assertEquals(1, health.escalatedToGovernor());
        DeadlineFilter healthOnly = DeadlineFilter.of(6, health.id());
        assertEquals(List.of(d4.trackingNumber()), numbers(reports(r -> r.dueWithin(healthOnly, day, 100))));
        assertEquals(List.of(d1.trackingNumber()), numbers(reports(r -> r.pastDeadline(healthOnly, 100))));

        List<ReferenceData.Choice> ankaraUnits = reports(r -> r.unitsOf(6));
        assertEquals(22, ankaraUnits.size());
        assertTrue(ankaraUnits.stream().anyMatch(u -> u.id() == health.id()));
    }

    private static List<String> labels(List<AnalyticsRow> rows) {
        return rows.stream().map(AnalyticsRow::label).toList();
    }

    private static List<String> keys(List<AnalyticsRow> rows) {
        return rows.stream().map(AnalyticsRow::key).toList();
    }

    private static List<TrackingNumber> numbers(List<DeadlineItem> items) {
        return items.stream().map(DeadlineItem::trackingNumber).toList();
    }
}
