package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.CampaignForm;
import tr.gov.acikkapi.casecore.application.CampaignResults;
import tr.gov.acikkapi.casecore.application.CampaignView;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.application.SurveyCampaigns.DialOrder;
import tr.gov.acikkapi.casecore.application.SurveyCampaigns.TargetRow;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.survey.CampaignStatus;
import tr.gov.acikkapi.casecore.domain.model.survey.DialResult;
import tr.gov.acikkapi.casecore.domain.model.survey.OutcomeFilter;
import tr.gov.acikkapi.casecore.domain.model.survey.TargetState;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Survey campaigns on MariaDB: the selection, the dialler's claims and results, refusals and the figures. */
class SurveyCampaignsBeanTest {

    /** A Monday, 10:00 in Istanbul. */
    private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 20);
    private static final Instant CONCLUDED = Instant.parse("2026-11-10T09:00:00Z");

    private ServiceTestSupport services;
    private int phoneSerial = 1_000_000;

    @BeforeEach
    void clean() {
        CaseCoreTestDatabase.deleteCaseData();
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(NOW));
    }

    private <T> T campaigns(Function<SurveyCampaignsBean, T> call) {
        return services.inTransaction(em -> call.apply(new SurveyCampaignsBean(em, services.clock)));
    }

    /** A concluded application of the type in the province, for a new citizen with a mobile phone. */
    private Concluded concluded(int type, int province, String status, Instant concludedAt, boolean phone) {
        CitizenDetails citizen = new CitizenDetails(ServiceTestSupport.newTcKimlikNo(), "Ayşe", "Yılmaz",
                phone ? "0532" + (phoneSerial++) : null, null, province, null, 1975, Gender.FEMALE, EscortNeeds.none());
        var registered = services.intake(b -> b.register(new NewApplication(citizen, ApplicationKind.REQUEST, type,
                province, null, IntakeChannel.CALL_CENTER, "Konu", "Açıklama.", "ajan1", null))).application();
        services.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = ?, concluded_at = ? WHERE id = ?")
                .setParameter(1, status).setParameter(2, java.sql.Timestamp.from(concludedAt))
                .setParameter(3, registered.id()).executeUpdate());
        return new Concluded(registered.id(), registered.trackingNumber(), registered.citizenId());
    }

    private Concluded concluded(int type, int province) {
        return concluded(type, province, "CONCLUDED_POSITIVE", CONCLUDED, true);
    }

    private record Concluded(long id, TrackingNumber tracking, long citizenId) {
    }

    private static CampaignForm form(Set<Integer> provinces, Set<Integer> topics, OutcomeFilter outcome, Integer size,
            Integer percent, int maxTries) {
        return new CampaignForm("Kasım anketi", FROM, TO, provinces, topics, Set.of(), outcome, size, percent,
                LocalTime.of(9, 0), LocalTime.of(17, 0), false, maxTries, 60, 5);
    }

    private static CampaignForm everyone(int maxTries) {
        return form(Set.of(), Set.of(), OutcomeFilter.ANY, null, 100, maxTries);
    }

    private List<Long> selectedApplications(long campaignId) {
        return services.inTransaction(em -> em.createQuery("select t.applicationId from SurveyTarget t where "
                + "t.campaignId = :c order by t.applicationId", Long.class).setParameter("c", campaignId).getResultList());
    }

    private TargetState state(Concluded application) {
        return services.inTransaction(em -> em.createQuery("select t.state from SurveyTarget t where t.applicationId = :a",
                TargetState.class).setParameter("a", application.id()).getSingleResult());
    }

    @Test
    void theSelectionTakesConcludedApplicationsInTheRangeAndFiltersAndLeavesOutWhoMustNotBeCalled() {
        Concluded ankara = concluded(101, 6);
        Concluded ankaraNegative = concluded(101, 6, "CONCLUDED_NEGATIVE", CONCLUDED, true);
        Concluded istanbul = concluded(101, 34);
        Concluded otherTopic = concluded(701, 6);
        concluded(101, 6, "CONCLUDED_POSITIVE", Instant.parse("2026-10-31T20:59:00Z"), true); // 31 Oct, 23:59 Istanbul
        concluded(101, 6, "IN_PROGRESS", CONCLUDED, true);                                   // not concluded
        concluded(101, 6, "CONCLUDED_POSITIVE", CONCLUDED, false);                          // no phone
        Concluded surveyed = concluded(101, 6);
        services.lifecycle(b -> {
            b.recordSurveyResponse(surveyed.tracking(), 4, null, "anketör");
            return null;
        });
        Concluded refusesCalls = concluded(101, 6);
        campaigns(b -> {
            b.changeDoNotCall(refusesCalls.citizenId(), true, "temsilci1");
            return null;
        });

        CampaignView positiveAnkaraTopic1 = campaigns(b -> b.define(form(Set.of(6), Set.of(1), OutcomeFilter.POSITIVE,
                50, null, 3), "supervizor"));
        assertEquals(List.of(ankara.id()), selectedApplications(positiveAnkaraTopic1.id()));
        assertEquals(1, positiveAnkaraTopic1.selected());
        assertEquals(CampaignStatus.READY, positiveAnkaraTopic1.status());

        CampaignView rest = campaigns(b -> b.define(everyone(3), "supervizor"));
        assertEquals(List.of(ankaraNegative.id(), istanbul.id(), otherTopic.id()), selectedApplications(rest.id()),
                "an application already in a campaign is never selected again");
        assertEquals(DomainErrorCode.SURVEY_CAMPAIGN_EMPTY, assertThrows(DomainException.class,
                () -> campaigns(b -> b.define(everyone(3), "supervizor"))).code());
    }

    @Test
    void aSampleTakesTheSizeOrTheShareAskedAtRandom() {
        for (int i = 0; i < 10; i++) {
            concluded(101, 6);
        }
        assertEquals(3, campaigns(b -> b.define(form(Set.of(), Set.of(), OutcomeFilter.ANY, 3, null, 1), "s")).selected());
        assertEquals(4, campaigns(b -> b.define(form(Set.of(), Set.of(), OutcomeFilter.ANY, null, 50, 1), "s")).selected(),
                "half of the 7 left, rounded up");
        DomainException both = assertThrows(DomainException.class,
                () -> campaigns(b -> b.define(form(Set.of(), Set.of(), OutcomeFilter.ANY, 3, 50, 1), "s")));
        assertEquals(DomainErrorCode.SURVEY_CAMPAIGN_INVALID, both.code());
    }

    @Test
    void noAnswerAndBusyAreRetriedAfterTheSpacingUpToTheTriesAndEachDialIsAudited() {
        Concluded a = concluded(101, 6);
        long id = campaigns(b -> b.define(everyone(2), "supervizor")).id();
        assertTrue(campaigns(b -> b.claim(id, 5, NOW, "dialler")).isEmpty(), "a READY campaign is not dialled");
        campaigns(b -> b.move(id, CampaignStatus.RUNNING, "supervizor"));

        List<DialOrder> first = campaigns(b -> b.claim(id, 5, NOW, "dialler"));
        assertEquals(1, first.size());
        assertEquals(a.tracking().value(), first.get(0).trackingNumber());
        assertTrue(first.get(0).phoneNational().matches("05321\\d{6}"));
        assertTrue(campaigns(b -> b.claim(id, 5, NOW, "dialler")).isEmpty(), "a dial in flight is not claimed again");
        assertEquals(1, (int) campaigns(b -> b.openDials(id)));

        assertEquals(Optional.of(DialResult.NO_ANSWER),
                campaigns(b -> b.dialEnded(first.get(0).dialId(), DialResult.NO_ANSWER, NOW.plusSeconds(45))));
        assertEquals(Optional.empty(), campaigns(b -> b.dialEnded(first.get(0).dialId(), DialResult.BUSY, NOW)),
                "a dial ends once");
        assertTrue(campaigns(b -> b.claim(id, 5, NOW.plusSeconds(60 * 59), "dialler")).isEmpty(), "not before an hour");
        List<DialOrder> second = campaigns(b -> b.claim(id, 5, NOW.plusSeconds(3_700), "dialler"));
        assertEquals(2, second.get(0).tryNo());
        campaigns(b -> b.dialEnded(second.get(0).dialId(), DialResult.BUSY, NOW.plusSeconds(3_720)));

        assertTrue(campaigns(b -> b.claim(id, 5, NOW.plus(Duration.ofDays(1)), "dialler")).isEmpty(), "two tries only");
        TargetRow row = campaigns(b -> b.targets(id, 10)).get(0);
        assertEquals(TargetState.UNREACHED, row.state());
        assertEquals(2, row.tries());
        assertEquals("A*** Y***", row.maskedName());
        assertTrue(row.maskedPhone().matches("0532\\*{5}\\d{2}"), row.maskedPhone());
        assertEquals(CampaignStatus.FINISHED, campaigns(b -> b.find(id)).orElseThrow().status());
        assertEquals(2, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action = 'SURVEY_DIAL' "
                + "AND subject_type = 'citizen' AND subject_id = '" + a.citizenId() + "'"));
    }

    @Test
    void aScoreCompletesARefusalIsNeverCalledAgainAndDoNotCallIsSkipped() {
        Concluded scores = concluded(101, 6);
        Concluded refuses = concluded(101, 34);
        Concluded hangsUp = concluded(301, 6);
        Concluded askedLater = concluded(701, 6);
        long id = campaigns(b -> b.define(everyone(3), "supervizor")).id();
        campaigns(b -> b.move(id, CampaignStatus.RUNNING, "supervizor"));
        campaigns(b -> {
            b.changeDoNotCall(askedLater.citizenId(), true, "temsilci1");
            return null;
        });
        List<DialOrder> orders = campaigns(b -> b.claim(id, 4, NOW, "dialler"));
        assertEquals(3, orders.size(), "the citizen who asked not to be called after the selection is skipped");
        for (DialOrder order : orders) {
            if (order.trackingNumber().equals(scores.tracking().value())) {
                services.lifecycle(b -> {
                    b.recordSurveyResponse(scores.tracking(), 5, null, "ivr");
                    return null;
                });
            } else if (order.trackingNumber().equals(refuses.tracking().value())) {
                assertTrue((boolean) campaigns(b -> b.refuse(refuses.tracking().value(), true, "05321234567")));
            }
            campaigns(b -> b.dialEnded(order.dialId(), DialResult.INCOMPLETE, NOW.plusSeconds(90)));
        }
        assertTrue(campaigns(b -> b.claim(id, 5, NOW.plus(Duration.ofDays(2)), "dialler")).isEmpty());
        assertEquals(List.of(TargetState.COMPLETED, TargetState.REFUSED, TargetState.INCOMPLETE, TargetState.DO_NOT_CALL),
                List.of(state(scores), state(refuses), state(hangsUp), state(askedLater)));
        assertEquals(List.of(Optional.of(5)), campaigns(b -> b.targets(id, 10)).stream().map(TargetRow::score)
                .filter(Optional::isPresent).toList());
        assertEquals(1, CaseCoreTestDatabase.count("SELECT COUNT(*) FROM citizen WHERE do_not_call = TRUE AND id = "
                + refuses.citizenId()));
        assertEquals(CampaignStatus.FINISHED, campaigns(b -> b.find(id)).orElseThrow().status());

        CampaignResults results = campaigns(b -> b.results(id));
        assertEquals(new CampaignResults.Figures(4, 3, 3, 1, 1, new int[] {0, 0, 0, 0, 1}), results.total());
        assertEquals(100.0, results.total().satisfiedPercent());
        assertEquals(List.of("Ankara", "İstanbul"), results.byProvince().stream().map(CampaignResults.Group::name).toList());
        assertEquals(3, results.byProvince().get(0).figures().selected());
        assertEquals(3, results.byTopic().size());
    }

    @Test
    void aLostLinkInterruptsTheDialsInFlightWhichAreRetriedOnlyAfterTheSpacing() {
        concluded(101, 6);
        long id = campaigns(b -> b.define(everyone(3), "supervizor")).id();
        campaigns(b -> b.move(id, CampaignStatus.RUNNING, "supervizor"));
        assertEquals(1, campaigns(b -> b.claim(id, 5, NOW, "dialler")).size());
        assertEquals(1, (int) campaigns(b -> b.interruptOpenDials(NOW.plusSeconds(5))));
        assertEquals(0, (int) campaigns(b -> b.openDials(id)));
        assertTrue(campaigns(b -> b.claim(id, 5, NOW.plusSeconds(10), "dialler")).isEmpty());
        assertEquals(2, campaigns(b -> b.claim(id, 5, NOW.plusSeconds(3_610), "dialler")).get(0).tryNo());
    }

    /** The call went on while the link was down and the citizen keyed a score: completed, not dialled again. */
    @Test
    void aScoreKeyedInAnInterruptedCallCompletesTheCitizen() {
        Concluded a = concluded(101, 6);
        long id = campaigns(b -> b.define(everyone(3), "supervizor")).id();
        campaigns(b -> b.move(id, CampaignStatus.RUNNING, "supervizor"));
        campaigns(b -> b.claim(id, 5, NOW, "dialler"));
        campaigns(b -> b.interruptOpenDials(NOW.plusSeconds(5)));
        services.lifecycle(b -> {
            b.recordSurveyResponse(a.tracking(), 4, null, "ivr");
            return null;
        });
        assertTrue(campaigns(b -> b.claim(id, 5, NOW.plusSeconds(3_610), "dialler")).isEmpty());
        assertEquals(TargetState.COMPLETED, state(a));
        assertEquals(new CampaignResults.Figures(1, 1, 1, 1, 0, new int[] {0, 0, 0, 1, 0}),
                campaigns(b -> b.results(id)).total());
        assertEquals(CampaignStatus.FINISHED, campaigns(b -> b.find(id)).orElseThrow().status());
    }

    @Test
    void pauseResumeAndStopFollowTheRulesAndStopReleasesTheApplicationsNeverDialled() {
        concluded(101, 6);
        concluded(101, 6);
        long id = campaigns(b -> b.define(everyone(3), "supervizor")).id();
        DomainException resume = assertThrows(DomainException.class,
                () -> campaigns(b -> b.move(id, CampaignStatus.PAUSED, "supervizor")));
        assertEquals(DomainErrorCode.SURVEY_CAMPAIGN_STATE, resume.code());
        campaigns(b -> b.move(id, CampaignStatus.RUNNING, "supervizor"));
        campaigns(b -> b.move(id, CampaignStatus.PAUSED, "supervizor"));
        assertTrue(campaigns(b -> b.claim(id, 5, NOW, "dialler")).isEmpty(), "a paused campaign is not dialled");
        campaigns(b -> b.move(id, CampaignStatus.RUNNING, "supervizor"));
        assertEquals(1, campaigns(b -> b.claim(id, 1, NOW, "dialler")).size());
        CampaignView stopped = campaigns(b -> b.move(id, CampaignStatus.STOPPED, "supervizor"));
        assertEquals(CampaignStatus.STOPPED, stopped.status());
        assertFalse(campaigns(b -> b.running()).stream().anyMatch(c -> c.id() == id));
        assertEquals(1, selectedApplications(id).size(), "the application never dialled is free for another campaign");
        assertEquals(1, campaigns(b -> b.define(everyone(3), "supervizor")).selected());
    }
}
