package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.cti.ivr.AsteriskAgiPeer;
import tr.gov.acikkapi.cti.ivr.IvrPrompt;
import tr.gov.acikkapi.cti.ivr.StatusLine;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Abuse of the status line over a real FastAGI socket: one caller number trying tracking number after tracking
 * number is throttled once it failed more than the configured five times (ACIKKAPI_IVR_THROTTLE_FAILURES, default),
 * and from then on hears only "too many attempts", even with a real number and the right ID digits; nothing about
 * an application is said to a stranger's phone without the last four TC Kimlik digits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IvrAbuseIT {

    /** Failures tolerated per caller number within the window (IvrSettings default, not overridden in the tests). */
    private static final int TOLERATED_FAILURES = 5;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static int port() {
        return Integer.getInteger("it.ivr.port");
    }

    /** Valid tracking numbers (check digit right) that no application has. */
    private static List<String> unknownNumbers(int count) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (long n = 999_990_000L + System.nanoTime() % 5_000L; numbers.size() < count; n++) {
            String number = TrackingNumber.of(n).value();
            if (TestDatabase.rows("SELECT id FROM application WHERE tracking_no = ?", number).isEmpty()) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** A demo application under way whose citizen's TC Kimlik No is known: tracking number, status, last four digits. */
    private static List<String> applicationUnderWay() throws Exception {
        return TestDatabase.rows("SELECT a.tracking_no, a.status, SUBSTRING(c.tc_kimlik_no, 8) FROM application a "
                + "JOIN citizen c ON c.id = a.citizen_id WHERE a.status IN ('ROUTED', 'IN_PROGRESS') "
                + "AND a.deadline_at > UTC_TIMESTAMP() + INTERVAL 1 DAY AND c.tc_kimlik_no IS NOT NULL ORDER BY a.id LIMIT 1").get(0);
    }

    private static long audits(String caller, String outcome) throws Exception {
        return Long.parseLong(TestDatabase.rows("SELECT COUNT(*) FROM audit_log WHERE action = 'IVR_STATUS' AND actor = ? "
                + "AND reason = ?", "ivr " + caller, outcome).get(0).get(0));
    }

    private static final List<IvrPrompt> STATUS_PROMPTS = List.of(IvrPrompt.STATUS_INTRO, IvrPrompt.STATUS_RECEIVED,
            IvrPrompt.STATUS_ROUTED, IvrPrompt.STATUS_IN_PROGRESS, IvrPrompt.STATUS_ESCALATED_GOVERNOR,
            IvrPrompt.STATUS_ESCALATED_MINISTRY, IvrPrompt.STATUS_CONCLUDED, IvrPrompt.DEADLINE,
            IvrPrompt.TRACKING_NUMBER_INTRO);

    private static void assertNothingTold(AsteriskAgiPeer.Transcript call) {
        for (IvrPrompt prompt : STATUS_PROMPTS) {
            assertFalse(call.heard(prompt), prompt + " must not be played: " + call.played());
        }
        assertTrue(call.saidDates().isEmpty(), "no date said: " + call.played());
        assertEquals("", call.words(), "no number or date said: " + call.played());
    }

    @Test
    void oneNumberTryingManyTrackingNumbersIsThrottledAndThenHearsNothingEvenWithTheRightDigits() throws Exception {
        String enumerator = TestApplications.newMobile();
        List<String> guesses = unknownNumbers(TOLERATED_FAILURES + 1);

        AsteriskAgiPeer.Transcript first = AsteriskAgiPeer.call(StatusLine.NAME).from(enumerator)
                .presses(guesses.get(0) + "#", guesses.get(1) + "#", guesses.get(2) + "#").dial(port());
        assertEquals(3, first.timesPlayed(IvrPrompt.APPLICATION_NOT_FOUND), first.played().toString());
        assertEquals("failed", first.variables().get(StatusLine.RESULT_VARIABLE));
        AsteriskAgiPeer.Transcript second = AsteriskAgiPeer.call(StatusLine.NAME).from(enumerator)
                .presses(guesses.get(3) + "#", guesses.get(4) + "#", guesses.get(5) + "#").dial(port());
        assertEquals(3, second.timesPlayed(IvrPrompt.APPLICATION_NOT_FOUND), "five failures tolerated, the sixth counted: "
                + second.played());
        assertEquals(TOLERATED_FAILURES + 1, audits(enumerator, "NOT_FOUND"), "every guess is audited with the caller number");

        List<String> real = applicationUnderWay();
        AsteriskAgiPeer.Transcript throttled = AsteriskAgiPeer.call(StatusLine.NAME).from(enumerator)
                .presses(real.get(0) + "#", real.get(2)).dial(port());
        assertEquals(List.of(IvrPrompt.TOO_MANY_ATTEMPTS.file(), IvrPrompt.GOODBYE.file()), throttled.played(),
                "no question, no lookup");
        assertEquals(0, throttled.questions());
        assertEquals("throttled", throttled.variables().get(StatusLine.RESULT_VARIABLE));
        assertNothingTold(throttled);
        assertEquals(1, audits(enumerator, "THROTTLED"));

        AsteriskAgiPeer.Transcript neighbour = AsteriskAgiPeer.call(StatusLine.NAME).from(TestApplications.newMobile())
                .presses(real.get(0) + "#", real.get(2)).dial(port());
        assertEquals("told", neighbour.variables().get(StatusLine.RESULT_VARIABLE), "the throttle is per caller number: "
                + neighbour.played());
    }

    @Test
    void aStrangerWhoKnowsATrackingNumberHearsNothingWithoutTheIdDigits() throws Exception {
        List<String> real = applicationUnderWay();
        String wrong = String.format("%04d", (Integer.parseInt(real.get(2)) + 5_000) % 10_000);

        AsteriskAgiPeer.Transcript silent = AsteriskAgiPeer.call(StatusLine.NAME).from(TestApplications.newMobile())
                .presses(real.get(0) + "#", "", "", "").dial(port());
        assertTrue(silent.heard(IvrPrompt.ENTER_TC_LAST_FOUR), silent.played().toString());
        assertNothingTold(silent);
        assertEquals("failed", silent.variables().get(StatusLine.RESULT_VARIABLE));

        AsteriskAgiPeer.Transcript hangsUp = AsteriskAgiPeer.call(StatusLine.NAME).from(TestApplications.newMobile())
                .presses(real.get(0) + "#").hangsUpAtNextQuestion().dial(port());
        assertNothingTold(hangsUp);

        AsteriskAgiPeer.Transcript guessing = AsteriskAgiPeer.call(StatusLine.NAME).from(TestApplications.newMobile())
                .presses(real.get(0) + "#", wrong, "0000", "9999").dial(port());
        assertEquals(3, guessing.timesPlayed(IvrPrompt.IDENTITY_NOT_VERIFIED), guessing.played().toString());
        assertNothingTold(guessing);

        AsteriskAgiPeer.Transcript withheld = AsteriskAgiPeer.call(StatusLine.NAME).withheld()
                .presses(real.get(0) + "#").hangsUpAtNextQuestion().dial(port());
        assertTrue(withheld.heard(IvrPrompt.ENTER_TC_LAST_FOUR) || withheld.heard(IvrPrompt.TOO_MANY_ATTEMPTS),
                "a withheld number is a stranger too: " + withheld.played());
        assertNothingTold(withheld);
    }

    @Test
    void probingWhichTrackingNumbersExistByHangingUpAtTheIdQuestionIsThrottledToo() throws Exception {
        String prober = TestApplications.newMobile();
        List<String> existing = TestDatabase.rows("SELECT a.tracking_no FROM application a JOIN citizen c ON c.id = a.citizen_id "
                + "WHERE c.tc_kimlik_no IS NOT NULL ORDER BY a.id DESC LIMIT " + (TOLERATED_FAILURES + 2))
                .stream().map(row -> row.get(0)).toList();
        List<String> heard = new ArrayList<>();
        for (String number : existing) {
            AsteriskAgiPeer.Transcript probe = AsteriskAgiPeer.call(StatusLine.NAME).from(prober)
                    .presses(number + "#").hangsUpAtNextQuestion().dial(port());
            assertNothingTold(probe);
            heard.add(probe.heard(IvrPrompt.TOO_MANY_ATTEMPTS) ? "throttled" : probe.heard(IvrPrompt.ENTER_TC_LAST_FOUR) ? "asked" : "?");
        }
        assertEquals("throttled", heard.get(heard.size() - 1), "a caller who keeps leaving at the ID question is stopped "
                + "before learning which numbers exist: " + heard);
    }
}
