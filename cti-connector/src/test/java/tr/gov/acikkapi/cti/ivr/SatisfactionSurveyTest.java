package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.ivr.IvrApplication.Status;
import tr.gov.acikkapi.cti.ivr.IvrAudit.Outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SatisfactionSurveyTest {

    private static final String CONCLUDED = DammCheck.trackingNumber("200000001");
    private static final String OPEN = DammCheck.trackingNumber("200000002");
    private static final String UNKNOWN = DammCheck.trackingNumber("200000003");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 1);

    private final RunningIvr ivr = new RunningIvr();

    {
        ivr.cases.add(new IvrApplication(CONCLUDED, Status.CONCLUDED_POSITIVE, DEADLINE, List.of("+905321234567"),
                "1190", false));
        ivr.cases.add(new IvrApplication(OPEN, Status.IN_PROGRESS, DEADLINE, List.of("+905321234567"), "1190", false));
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    void scoreKeyedIsStoredWithTheApplication() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("survey").from("05321234567").argument(CONCLUDED).presses("4"));

        assertTrue(call.answered);
        assertEquals(List.of(IvrPrompt.SURVEY_WELCOME.file(), IvrPrompt.SURVEY_QUESTION.file(),
                IvrPrompt.SURVEY_THANKS.file(), IvrPrompt.GOODBYE.file()), call.played);
        assertTrue(call.commands.contains("GET DATA \"acikkapi/anket-soru\" 6000 1"), call.commands.toString());
        assertEquals(Map.of(CONCLUDED, 4), ivr.cases.scores);
        assertEquals("recorded", call.variables.get(SatisfactionSurvey.RESULT_VARIABLE));
        assertEquals(List.of(new RecordingAudit.Attempt("05321234567", IvrAudit.Script.SURVEY, CONCLUDED,
                Outcome.SURVEY_RECORDED)), ivr.audit.attempts);
    }

    @Test
    void onAPbxWithoutThePromptFilesTheScoreIsStillKeyedAndStored() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("survey").from("05321234567").argument(CONCLUDED).withoutSoundFiles()
                .presses("4"));

        assertEquals(Map.of(CONCLUDED, 4), ivr.cases.scores);
        assertEquals("recorded", call.variables.get(SatisfactionSurvey.RESULT_VARIABLE));
        assertEquals(List.of(IvrPrompt.SURVEY_WELCOME.file(), IvrPrompt.SURVEY_QUESTION.file(),
                IvrPrompt.SURVEY_THANKS.file(), IvrPrompt.GOODBYE.file()), call.missing());
    }

    @Test
    void trackingNumberMayComeInAChannelVariable() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("survey").variable(SatisfactionSurvey.TRACKING_VARIABLE, CONCLUDED)
                .presses("5"));

        assertTrue(call.commands.contains("GET VARIABLE \"ACIKKAPI_TRACKING\""), call.commands.toString());
        assertEquals(Map.of(CONCLUDED, 5), ivr.cases.scores);
    }

    @Test
    void invalidKeysRepeatTheQuestion() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("survey").argument(CONCLUDED).presses("7", "", "3"));

        assertEquals(3, call.timesPlayed(IvrPrompt.SURVEY_QUESTION));
        assertEquals(2, call.timesPlayed(IvrPrompt.SURVEY_INVALID_KEY));
        assertEquals(Map.of(CONCLUDED, 3), ivr.cases.scores);
    }

    @Test
    void threeInvalidKeysEndTheSurveyWithNothingStored() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("survey").argument(CONCLUDED).presses("8", "*", "7"));

        assertEquals(3, call.timesPlayed(IvrPrompt.SURVEY_QUESTION));
        assertEquals(2, call.timesPlayed(IvrPrompt.SURVEY_INVALID_KEY));
        assertTrue(call.heard(IvrPrompt.SURVEY_NO_ANSWER));
        assertTrue(ivr.cases.scores.isEmpty());
        assertEquals("no_answer", call.variables.get(SatisfactionSurvey.RESULT_VARIABLE));
        assertEquals(List.of(Outcome.SURVEY_NO_ANSWER), ivr.audit.outcomes());
    }

    @Test
    void keyZeroDeclinesTheSurveyAndKeyNineAsksNeverToBeCalledAgain() throws Exception {
        var declined = ivr.dial(AsteriskAgiPeer.call("survey").from("05321234567").argument(CONCLUDED).presses("0"));
        assertTrue(declined.heard(IvrPrompt.SURVEY_REFUSED));
        assertEquals("refused", declined.variables.get(SatisfactionSurvey.RESULT_VARIABLE));
        assertEquals(Map.of(CONCLUDED, false), ivr.cases.refusals);

        var never = ivr.dial(AsteriskAgiPeer.call("survey").from("05321234567").argument(CONCLUDED).presses("9"));
        assertTrue(never.heard(IvrPrompt.SURVEY_DO_NOT_CALL));
        assertEquals("do_not_call", never.variables.get(SatisfactionSurvey.RESULT_VARIABLE));
        assertEquals(Map.of(CONCLUDED, true), ivr.cases.refusals);
        assertTrue(ivr.cases.scores.isEmpty());
        assertEquals(List.of(Outcome.SURVEY_REFUSED, Outcome.SURVEY_DO_NOT_CALL), ivr.audit.outcomes());
    }

    @Test
    void secondCallHearsItWasAnsweredAlready() throws Exception {
        ivr.dial(AsteriskAgiPeer.call("survey").argument(CONCLUDED).presses("2"));

        var second = ivr.dial(AsteriskAgiPeer.call("survey").argument(CONCLUDED).presses("5"));

        assertTrue(second.heard(IvrPrompt.SURVEY_ALREADY_ANSWERED));
        assertFalse(second.heard(IvrPrompt.SURVEY_QUESTION));
        assertEquals(Map.of(CONCLUDED, 2), ivr.cases.scores);
        assertEquals("already_answered", second.variables.get(SatisfactionSurvey.RESULT_VARIABLE));
    }

    @Test
    void openApplicationIsNotSurveyed() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("survey").argument(OPEN).presses("5"));

        assertTrue(call.heard(IvrPrompt.SURVEY_NOT_CONCLUDED));
        assertFalse(call.heard(IvrPrompt.SURVEY_QUESTION));
        assertTrue(ivr.cases.scores.isEmpty());
        assertEquals(List.of(Outcome.SURVEY_NOT_CONCLUDED), ivr.audit.outcomes());
    }

    @Test
    void missingWrongOrUnknownTrackingNumberMakesNoSurvey() throws Exception {
        var missing = ivr.dial(AsteriskAgiPeer.call("survey").presses("5"));
        var wrong = ivr.dial(AsteriskAgiPeer.call("survey").argument(DammCheck.withWrongCheckDigit("200000001")));
        var unknown = ivr.dial(AsteriskAgiPeer.call("survey").argument(UNKNOWN));

        for (var call : List.of(missing, wrong, unknown)) {
            assertTrue(call.heard(IvrPrompt.SURVEY_UNAVAILABLE));
            assertEquals(0, call.questions);
            assertEquals("unavailable", call.variables.get(SatisfactionSurvey.RESULT_VARIABLE));
        }
        assertEquals(List.of(Outcome.INVALID_NUMBER, Outcome.INVALID_NUMBER, Outcome.NOT_FOUND), ivr.audit.outcomes());
        assertTrue(ivr.cases.scores.isEmpty());
    }
}
