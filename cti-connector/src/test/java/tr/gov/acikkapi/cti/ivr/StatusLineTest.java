package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.cti.ivr.IvrApplication.Status;
import tr.gov.acikkapi.cti.ivr.IvrAudit.Outcome;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusLineTest {

    private static final String CITIZEN_PHONE = "+905321234567";
    private static final String OPEN = DammCheck.trackingNumber("100000123");
    private static final String CONCLUDED = DammCheck.trackingNumber("100000456");
    private static final String NO_ID_DIGITS = DammCheck.trackingNumber("100000789");
    private static final String UNKNOWN = DammCheck.trackingNumber("100000999");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 5);

    /** What a caller must never hear before verification: any word about the application itself. */
    private static final List<IvrPrompt> ABOUT_THE_APPLICATION = List.of(IvrPrompt.STATUS_INTRO,
            IvrPrompt.STATUS_RECEIVED, IvrPrompt.STATUS_ROUTED, IvrPrompt.STATUS_IN_PROGRESS,
            IvrPrompt.STATUS_ESCALATED_GOVERNOR, IvrPrompt.STATUS_ESCALATED_MINISTRY, IvrPrompt.STATUS_CONCLUDED,
            IvrPrompt.OUTCOME_POSITIVE, IvrPrompt.OUTCOME_NEGATIVE, IvrPrompt.OUTCOME_REDIRECTED, IvrPrompt.DEADLINE,
            IvrPrompt.TRACKING_NUMBER_INTRO);
    private static final List<String> DIGIT_WORDS = List.of("sıfır", "bir", "iki", "üç", "dört", "beş", "altı",
            "yedi", "sekiz", "dokuz");

    private RunningIvr ivr;

    @BeforeEach
    void start() {
        ivr = running(IvrSettings.defaults());
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    private static RunningIvr running(IvrSettings settings) {
        RunningIvr running = new RunningIvr(settings);
        running.cases
                .add(new IvrApplication(OPEN, Status.IN_PROGRESS, DEADLINE, List.of(CITIZEN_PHONE), "1190", false))
                .add(new IvrApplication(CONCLUDED, Status.CONCLUDED_NEGATIVE, DEADLINE, List.of(CITIZEN_PHONE), "1190",
                        false))
                .add(new IvrApplication(NO_ID_DIGITS, Status.ROUTED, DEADLINE, List.of(CITIZEN_PHONE), "", false));
        return running;
    }

    @Test
    void citizenCallingFromTheirPhoneHearsStatusAndDeadline() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(OPEN + "#"));

        assertTrue(call.answered);
        assertEquals(List.of(IvrPrompt.STATUS_WELCOME.file(), IvrPrompt.ENTER_TRACKING_NUMBER.file(),
                IvrPrompt.TRACKING_NUMBER_INTRO.file(), IvrPrompt.STATUS_INTRO.file(),
                IvrPrompt.STATUS_IN_PROGRESS.file(), IvrPrompt.DEADLINE.file(), IvrPrompt.GOODBYE.file()), call.prompts());
        assertEquals(spokenDigits(OPEN) + " beş Aralık iki bin yirmi altı", call.words(),
                "the tracking number digit by digit, then the deadline 5 December 2026 in Turkish");
        int intro = call.played.indexOf(IvrPrompt.TRACKING_NUMBER_INTRO.file());
        assertEquals(List.of("acikkapi/sayi-5", "acikkapi/ay-12", "acikkapi/sayi-2", "acikkapi/sayi-1000",
                "acikkapi/sayi-20", "acikkapi/sayi-6"), call.played.subList(call.played.size() - 7, call.played.size() - 1),
                "the date's files follow the deadline prompt: " + call.played);
        assertEquals(IvrPrompt.STATUS_INTRO.file(), call.played.get(intro + 1 + OPEN.length()),
                "the ten digits come between the two intros: " + call.played);
        assertTrue(call.saidDates.isEmpty(), "no SAY DATETIME: Asterisk's own Turkish sounds are not needed");
        assertTrue(call.commands.contains("GET DATA \"acikkapi/basvuru-no-girin\" 6000 12"), call.commands.toString());
        assertFalse(call.heard(IvrPrompt.ENTER_TC_LAST_FOUR), "a matching caller ID needs no ID digits");
        assertEquals("told", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(List.of(new RecordingAudit.Attempt("05321234567", IvrAudit.Script.STATUS, OPEN, Outcome.STATUS_TOLD)),
                ivr.audit.attempts);
    }

    @Test
    void concludedApplicationIsToldWithItsOutcomeInsteadOfADeadline() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("905321234567").presses(CONCLUDED + "#"));

        assertTrue(call.heard(IvrPrompt.STATUS_CONCLUDED));
        assertTrue(call.heard(IvrPrompt.OUTCOME_NEGATIVE));
        assertFalse(call.heard(IvrPrompt.DEADLINE));
        assertTrue(call.saidDates.isEmpty());
    }

    @Test
    void foreignCallerIsAskedForTheLastFourIdDigitsAndThenHearsTheStatus() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05559998877").presses(OPEN + "#", "1190"));

        assertEquals(1, call.timesPlayed(IvrPrompt.ENTER_TC_LAST_FOUR));
        assertTrue(call.commands.contains("GET DATA \"acikkapi/tc-son-dort-girin\" 6000 4"), call.commands.toString());
        assertTrue(call.heard(IvrPrompt.STATUS_IN_PROGRESS));
        assertEquals(List.of(Outcome.STATUS_TOLD), ivr.audit.outcomes());
    }

    @Test
    void foreignCallerWithWrongIdDigitsThreeTimesHearsGoodbyeAndNothingAboutTheApplication() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05559998877")
                .presses(OPEN + "#", "0000", "1191", "9011"));

        assertEquals(3, call.timesPlayed(IvrPrompt.ENTER_TC_LAST_FOUR));
        assertEquals(3, call.timesPlayed(IvrPrompt.IDENTITY_NOT_VERIFIED));
        assertEquals(List.of(IvrPrompt.TRIES_EXHAUSTED.file(), IvrPrompt.GOODBYE.file()),
                call.played.subList(call.played.size() - 2, call.played.size()));
        assertNothingSaidAboutTheApplication(call);
        assertEquals("failed", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(List.of(Outcome.IDENTITY_FAILED, Outcome.IDENTITY_FAILED, Outcome.IDENTITY_FAILED),
                ivr.audit.outcomes());
        assertTrue(ivr.audit.attempts.stream().allMatch(a -> a.trackingNumberKeyed().equals(OPEN)
                && a.callerId().equals("05559998877")));
    }

    @Test
    void withheldCallerIdIsNeverTakenForTheCitizensPhone() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").withheld()
                .presses(OPEN + "#", "1190"));

        assertEquals(1, call.timesPlayed(IvrPrompt.ENTER_TC_LAST_FOUR));
        assertTrue(call.heard(IvrPrompt.STATUS_IN_PROGRESS));
    }

    @Test
    void badCheckDigitIsRefusedBeforeAnyLookupAndCountsAsAWrongTry() throws Exception {
        String typo = DammCheck.withWrongCheckDigit("100000123");
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(typo + "#", typo + "#", typo + "#"));

        assertEquals(3, call.timesPlayed(IvrPrompt.NUMBER_INVALID));
        assertTrue(call.heard(IvrPrompt.TRIES_EXHAUSTED));
        assertNothingSaidAboutTheApplication(call);
        assertEquals(0, ivr.cases.calls.get(), "no lookup for a number with a wrong check digit");
        assertEquals(Collections.nCopies(3, Outcome.INVALID_NUMBER), ivr.audit.outcomes());
        assertEquals(typo, ivr.audit.attempts.get(0).trackingNumberKeyed());
    }

    @Test
    void unknownNumberIsAWrongTryAndTheCallerMayTryAgain() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(UNKNOWN + "#", OPEN + "#"));

        assertEquals(1, call.timesPlayed(IvrPrompt.APPLICATION_NOT_FOUND));
        assertTrue(call.heard(IvrPrompt.STATUS_IN_PROGRESS));
        assertEquals(List.of(Outcome.NOT_FOUND, Outcome.STATUS_TOLD), ivr.audit.outcomes());
    }

    @Test
    void numberKeyedWithoutHashIsTakenWhenTheTimeoutEndsTheEntry() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(OPEN));

        assertTrue(call.heard(IvrPrompt.STATUS_IN_PROGRESS));
    }

    @Test
    void silentCallerEndsAfterThreeTriesWithoutAnyAudit() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567"));

        assertEquals(3, call.timesPlayed(IvrPrompt.NOTHING_KEYED));
        assertTrue(call.heard(IvrPrompt.TRIES_EXHAUSTED));
        assertTrue(ivr.audit.attempts.isEmpty());
        assertEquals(0, ivr.cases.calls.get());
    }

    @Test
    void applicationWithoutIdDigitsIsNotToldToAForeignCaller() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05559998877").presses(NO_ID_DIGITS + "#"));

        assertTrue(call.heard(IvrPrompt.IDENTITY_UNAVAILABLE));
        assertNothingSaidAboutTheApplication(call);
        assertEquals("unverifiable", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(List.of(Outcome.IDENTITY_UNAVAILABLE), ivr.audit.outcomes());
    }

    @Test
    void callerThatKeepsFailingIsThrottledAndNothingIsLookedUp() throws Exception {
        ivr.close();
        ivr = running(IvrSettings.defaults().withThrottle(2, Duration.ofMinutes(15), 100));
        ivr.dial(AsteriskAgiPeer.call("status").from("05551112233")
                .presses(UNKNOWN + "#", UNKNOWN + "#", UNKNOWN + "#"));
        int callsBefore = ivr.cases.calls.get();
        int attemptsBefore = ivr.audit.attempts.size();

        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05551112233").presses(OPEN + "#", "1190"));

        assertEquals(List.of(IvrPrompt.TOO_MANY_ATTEMPTS.file(), IvrPrompt.GOODBYE.file()), call.played);
        assertEquals(0, call.questions, "a throttled caller is not even asked for a number");
        assertEquals(callsBefore, ivr.cases.calls.get(), "no lookup for a throttled caller");
        assertEquals("throttled", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(List.of(Outcome.THROTTLED), ivr.audit.outcomes().subList(attemptsBefore, ivr.audit.attempts.size()));

        var otherCaller = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(OPEN + "#"));
        assertTrue(otherCaller.heard(IvrPrompt.STATUS_IN_PROGRESS), "the throttle is per caller number");
    }

    @Test
    void leavingTheIdQuestionUnansweredCountsAgainstTheCallerSoExistenceCannotBeProbedFreely() throws Exception {
        ivr.close();
        ivr = running(IvrSettings.defaults().withThrottle(2, Duration.ofMinutes(15), 100));
        String prober = "05554443322";
        ivr.dial(AsteriskAgiPeer.call("status").from(prober).presses(OPEN + "#").hangsUpAtNextQuestion());
        ivr.dial(AsteriskAgiPeer.call("status").from(prober).presses(CONCLUDED + "#", "", "", ""));
        var third = ivr.dial(AsteriskAgiPeer.call("status").from(prober).presses(OPEN + "#").hangsUpAtNextQuestion());
        assertTrue(third.heard(IvrPrompt.ENTER_TC_LAST_FOUR), "two failures are tolerated: " + third.played);
        int callsBefore = ivr.cases.calls.get();

        var throttled = ivr.dial(AsteriskAgiPeer.call("status").from(prober).presses(OPEN + "#", "1190"));

        assertEquals(List.of(IvrPrompt.TOO_MANY_ATTEMPTS.file(), IvrPrompt.GOODBYE.file()), throttled.played);
        assertEquals(callsBefore, ivr.cases.calls.get(), "no lookup for a throttled caller");
        var verified = ivr.dial(AsteriskAgiPeer.call("status").from("05554443311").presses(OPEN + "#", "1190"));
        assertTrue(verified.heard(IvrPrompt.STATUS_IN_PROGRESS), "a stranger who keys the right digits is told");
        var again = ivr.dial(AsteriskAgiPeer.call("status").from("05554443311").presses(OPEN + "#", "1190"));
        assertTrue(again.heard(IvrPrompt.STATUS_IN_PROGRESS), "and is not counted as failing: " + again.played);
    }

    @Test
    void hangUpAfterKeyingANumberIsAuditedAsAbandoned() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05559998877")
                .presses(OPEN + "#").hangsUpAtNextQuestion());

        assertNothingSaidAboutTheApplication(call);
        assertFalse(call.heard(IvrPrompt.GOODBYE));
        assertEquals(List.of(Outcome.ABANDONED), ivr.audit.outcomes());
    }

    @Test
    void caseCoreFailureGivesAnApologyAndIsAudited() throws Exception {
        ivr.cases.failure = new IllegalStateException("veritabanı yok");

        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(OPEN + "#"));

        assertTrue(call.heard(IvrPrompt.TECHNICAL_PROBLEM));
        assertNothingSaidAboutTheApplication(call);
        assertEquals("error", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(List.of(Outcome.TECHNICAL_ERROR), ivr.audit.outcomes());
    }

    @Test
    void theLookupAndTheAuditOfATellingShareOneUnitOfWork() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(OPEN + "#"));

        assertEquals("told", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(1, ivr.cases.units.get());
        assertEquals(1, ivr.cases.findsInUnit.get());
        assertEquals(List.of(new RecordingAudit.Attempt("05321234567", IvrAudit.Script.STATUS, OPEN, Outcome.STATUS_TOLD)),
                ivr.audit.attemptsInUnit);
    }

    @Test
    void anUnknownNumberIsAuditedInTheUnitOfItsLookup() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(UNKNOWN + "#", OPEN + "#"));

        assertEquals("told", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(2, ivr.cases.units.get());
        assertEquals(List.of(Outcome.NOT_FOUND, Outcome.STATUS_TOLD),
                ivr.audit.attemptsInUnit.stream().map(RecordingAudit.Attempt::outcome).toList());
    }

    @Test
    void statusIsNotToldWhenItsAuditCannotBeStored() throws Exception {
        ivr.cases.commitFailure = new IllegalStateException("commit başarısız");

        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").presses(OPEN + "#"));

        assertNothingSaidAboutTheApplication(call);
        assertTrue(call.heard(IvrPrompt.TECHNICAL_PROBLEM));
        assertEquals("error", call.variables.get(StatusLine.RESULT_VARIABLE));
        assertEquals(new RecordingAudit.Attempt("05321234567", IvrAudit.Script.STATUS, OPEN, Outcome.TECHNICAL_ERROR),
                ivr.audit.attempts.get(ivr.audit.attempts.size() - 1), "the failure is audited with the number keyed");
    }

    @Test
    void onAPbxWithoutThePromptFilesTheCallerStillKeysANumberAndIsTold() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").withoutSoundFiles()
                .presses(OPEN + "#"));

        assertEquals("told", call.variables.get(StatusLine.RESULT_VARIABLE), call.commands.toString());
        assertTrue(call.missing.contains(IvrPrompt.ENTER_TRACKING_NUMBER.file()), call.missing.toString());
        assertTrue(call.missing.contains(IvrPrompt.GOODBYE.file()), "the dialogue ran to its end: " + call.missing);
        assertTrue(call.commands.contains("GET DATA \"\" 6000 12"), "keys are collected without the prompt: "
                + call.commands);
        assertEquals(List.of(new RecordingAudit.Attempt("05321234567", IvrAudit.Script.STATUS, OPEN, Outcome.STATUS_TOLD)),
                ivr.audit.attempts);
    }

    @Test
    void onAPbxWithoutThePromptFilesASilentCallerUsesUpTheTriesAndHearsGoodbye() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05321234567").withoutSoundFiles());

        assertEquals(3, call.questions, "three tries: " + call.commands);
        assertEquals(List.of(IvrPrompt.TRIES_EXHAUSTED.file(), IvrPrompt.GOODBYE.file()),
                call.missing.subList(call.missing.size() - 2, call.missing.size()));
        assertEquals("failed", call.variables.get(StatusLine.RESULT_VARIABLE));
    }

    @Test
    void onAPbxWithoutThePromptFilesAHangUpIsStillTakenForAHangUp() throws Exception {
        var call = ivr.dial(AsteriskAgiPeer.call("status").from("05559998877").withoutSoundFiles()
                .presses(OPEN + "#").hangsUpAtNextQuestion());

        assertFalse(call.variables.containsKey(StatusLine.RESULT_VARIABLE), call.commands.toString());
        assertFalse(call.missing.contains(IvrPrompt.GOODBYE.file()), "nothing is played after the hang-up");
        assertEquals(List.of(Outcome.ABANDONED), ivr.audit.outcomes());
    }

    @Test
    void everyStatusHasItsPromptAndConcludedOnesAddTheOutcome() {
        for (Status status : Status.values()) {
            List<IvrPrompt> prompts = StatusLine.promptsFor(status);
            assertEquals(status.isConcluded() ? 2 : 1, prompts.size(), status.name());
        }
        assertEquals(List.of(IvrPrompt.STATUS_CONCLUDED, IvrPrompt.OUTCOME_REDIRECTED),
                StatusLine.promptsFor(Status.REDIRECTED));
    }

    private static void assertNothingSaidAboutTheApplication(AsteriskAgiPeer.Transcript call) {
        for (IvrPrompt prompt : ABOUT_THE_APPLICATION) {
            assertFalse(call.heard(prompt), () -> prompt.file() + " was played: " + call.played);
        }
        assertTrue(call.saidDates.isEmpty(), "no date said");
        assertEquals("", call.words(), "no number or date said");
    }

    private static String spokenDigits(String digits) {
        return digits.chars().mapToObj(c -> DIGIT_WORDS.get(c - '0')).collect(Collectors.joining(" "));
    }
}
