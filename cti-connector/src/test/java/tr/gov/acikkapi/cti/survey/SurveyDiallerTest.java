package tr.gov.acikkapi.cti.survey;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.survey.CallingHours;
import tr.gov.acikkapi.casecore.domain.model.survey.DialResult;
import tr.gov.acikkapi.casecore.domain.model.survey.TargetState;
import tr.gov.acikkapi.cti.event.LinkState;
import tr.gov.acikkapi.cti.simulator.SurveyAnswering;
import tr.gov.acikkapi.cti.simulator.SurveyCallee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Survey campaigns over the AMI simulator's real TCP: the dialler originates through a real {@code AmiLink}, the
 * simulated citizens answer, ring out or are busy, and the answered calls run the real survey script on a real
 * FastAGI server.
 */
class SurveyDiallerTest {

    private static final Duration QUICK = Duration.ofMillis(20);

    /** Scripted citizens by number: what each does on its first, second, third call. */
    private static SurveyAnswering scripted(Map<String, List<SurveyCallee>> byNumber) {
        return (number, attempt) -> {
            List<SurveyCallee> plan = byNumber.get(number);
            return plan.get(Math.min(attempt, plan.size()) - 1);
        };
    }

    @Test
    void aCampaignRunsEndToEndRetryingNoAnswerAndBusyAndRespectingRefusals() {
        SurveyCallee noAnswer = new SurveyCallee.NoAnswer(QUICK);
        SurveyCallee busy = new SurveyCallee.Busy();
        try (DiallerRig rig = new DiallerRig(scripted(Map.of(
                "05320000001", List.of(SurveyCallee.scores(5, QUICK)),
                "05320000002", List.of(noAnswer, SurveyCallee.scores(4, QUICK)),
                "05320000003", List.of(busy, SurveyCallee.scores(2, QUICK)),
                "05320000004", List.of(new SurveyCallee.Answers(QUICK, List.of("0"))),
                "05320000005", List.of(new SurveyCallee.Answers(QUICK, List.of("9"))),
                "05320000006", List.of(noAnswer))), 10)) {
            long campaign = rig.world.campaign(3, CallingHours.OFFICE, SurveyWorld.tries(3));
            for (int i = 1; i <= 6; i++) {
                rig.world.citizen(campaign, "0532000000" + i);
            }

            rig.await("the first round of calls has ended", () -> rig.world.dialsHandedOut() == 6
                    && rig.world.dialsInFlight() == 0);
            assertEquals(6, rig.sim.surveyCallsPlaced());
            rig.rounds(2);
            assertEquals(6, rig.sim.surveyCallsPlaced(), "retries wait for the campaign's spacing (one minute)");

            for (int retry = 0; retry < 2; retry++) {
                rig.clock.advance(Duration.ofSeconds(61));
                int before = rig.world.dialsHandedOut();
                rig.dialler.wake();
                rig.await("the retries of this minute have ended", () -> rig.world.dialsHandedOut() > before
                        && rig.world.dialsInFlight() == 0);
            }
            rig.await("every citizen has a final result", rig.world::allFinal);

            assertEquals(List.of(DialResult.COMPLETED), rig.world.results("05320000001"));
            assertEquals(List.of(DialResult.NO_ANSWER, DialResult.COMPLETED), rig.world.results("05320000002"));
            assertEquals(List.of(DialResult.BUSY, DialResult.COMPLETED), rig.world.results("05320000003"));
            assertEquals(List.of(DialResult.REFUSED), rig.world.results("05320000004"), "a refusal is never called again");
            assertEquals(List.of(DialResult.REFUSED), rig.world.results("05320000005"));
            assertTrue(rig.world.byNumber("05320000005").doNotCall, "key 9 sets the citizen's do-not-call flag");
            assertEquals(List.of(DialResult.NO_ANSWER, DialResult.NO_ANSWER, DialResult.NO_ANSWER),
                    rig.world.results("05320000006"), "three tries, then given up");
            assertEquals(TargetState.UNREACHED, rig.world.byNumber("05320000006").target.state());
            assertEquals(List.of(5, 4, 2), List.of(rig.world.byNumber("05320000001").score,
                    rig.world.byNumber("05320000002").score, rig.world.byNumber("05320000003").score),
                    "the scores were keyed into the real survey script");
            assertEquals(10, rig.sim.surveyCallsPlaced(), "1 + 2 + 2 + 1 + 1 + 3 calls, each originated once");
        }
    }

    @Test
    void nobodyIsCalledOutsideTheCallingHoursReadOnTheClock() {
        try (DiallerRig rig = new DiallerRig((number, attempt) -> SurveyCallee.scores(5, QUICK), 10)) {
            rig.clock.set(Instant.parse("2026-12-05T09:00:00Z"));   // Saturday 12:00 in Istanbul
            long campaign = rig.world.campaign(2, CallingHours.OFFICE, SurveyWorld.tries(1));
            rig.world.citizen(campaign, "05321112233");
            rig.rounds(3);
            rig.clock.set(Instant.parse("2026-12-07T05:59:00Z"));   // Monday 08:59 in Istanbul
            rig.rounds(3);
            rig.clock.set(Instant.parse("2026-12-07T14:00:00Z"));   // Monday 17:00 in Istanbul
            rig.rounds(3);
            assertEquals(0, rig.sim.surveyCallsPlaced());
            assertEquals(0, rig.world.dialsHandedOut());

            rig.clock.set(Instant.parse("2026-12-07T06:00:00Z"));   // Monday 09:00 in Istanbul
            rig.await("the citizen is called at nine", () -> rig.world.allFinal());
            assertEquals(1, rig.sim.surveyCallsPlaced());
        }
    }

    @Test
    void aThousandCitizensNeverHaveMoreCallsAtOnceThanTheCampaignAllows() {
        SurveyAnswering mix = (number, attempt) -> switch (number.charAt(number.length() - 1)) {
            case '1' -> new SurveyCallee.NoAnswer(Duration.ofMillis(30));
            case '2' -> new SurveyCallee.Busy();
            default -> SurveyCallee.scores(4, Duration.ofMillis(5));
        };
        try (DiallerRig rig = new DiallerRig(mix, 20)) {
            long campaign = rig.world.campaign(8, CallingHours.OFFICE, SurveyWorld.tries(1));
            for (int i = 0; i < 1_000; i++) {
                rig.world.citizen(campaign, "0533" + (1_000_000 + i));
            }
            rig.await("all 1,000 citizens have been called", rig.world::allFinal);

            assertEquals(1_000, rig.sim.surveyCallsPlaced());
            assertTrue(rig.sim.surveyCallsPeak() <= 8, "at most 8 calls at once, the PBX saw " + rig.sim.surveyCallsPeak());
            assertEquals(8, rig.sim.surveyCallsPeak(), "the campaign did use its 8 lines");
        }
    }

    @Test
    void allCampaignsTogetherStayWithinThePbxsChannels() {
        try (DiallerRig rig = new DiallerRig((number, attempt) -> SurveyCallee.scores(3, Duration.ofMillis(5)), 5)) {
            long first = rig.world.campaign(4, CallingHours.OFFICE, SurveyWorld.tries(1));
            long second = rig.world.campaign(4, CallingHours.OFFICE, SurveyWorld.tries(1));
            for (int i = 0; i < 150; i++) {
                rig.world.citizen(first, "0534" + (1_000_000 + i));
                rig.world.citizen(second, "0535" + (1_000_000 + i));
            }
            rig.await("all 300 citizens have been called", rig.world::allFinal);
            assertEquals(300, rig.sim.surveyCallsPlaced());
            assertEquals(5, rig.sim.surveyCallsPeak(), "5 channels for surveys, though the campaigns would take 8");
        }
    }

    @Test
    void aLostLinkPausesDiallingAndNoCitizenIsDialledTwiceForOneTry() {
        try (DiallerRig rig = new DiallerRig((number, attempt) -> SurveyCallee.scores(5, Duration.ofMillis(700)), 10)) {
            long campaign = rig.world.campaign(3, CallingHours.OFFICE, SurveyWorld.tries(3));
            for (int i = 0; i < 8; i++) {
                rig.world.citizen(campaign, "0536" + (1_000_000 + i));
            }
            rig.await("three calls ringing", () -> rig.sim.liveSurveyCalls() == 3);
            rig.sim.dropConnections();
            rig.await("the dialler has given up its calls in flight", () -> rig.world.dialsInFlight() == 0);
            int handedOut = rig.world.dialsHandedOut();
            assertEquals(3, handedOut);

            rig.await("the link is back", () -> rig.link.state() == LinkState.UP);
            rig.await("the interrupted calls have ended on the PBX", () -> rig.sim.liveSurveyCalls() == 0);
            rig.await("the other citizens are called", rig.world::allFinal);

            for (SurveyWorld.Citizen c : rig.world.citizens()) {
                List<DialResult> results = rig.world.results(c.number);
                if (results.get(0) == DialResult.INTERRUPTED) {
                    assertTrue(c.score != null, "the interrupted call went on and the citizen scored in it");
                    assertEquals(1, results.size(), "not dialled again: the score was stored by the script");
                } else {
                    assertEquals(List.of(DialResult.COMPLETED), results);
                }
            }
            assertEquals(rig.world.dialsHandedOut(), rig.sim.surveyCallsPlaced(),
                    "every dial handed out was originated exactly once");
            assertEquals(8, rig.sim.surveyCallsPlaced());
        }
    }
}
