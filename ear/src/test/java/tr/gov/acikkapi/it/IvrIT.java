package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.cti.ivr.AsteriskAgiPeer;
import tr.gov.acikkapi.cti.ivr.IvrPrompt;
import tr.gov.acikkapi.cti.ivr.QueuePriority;
import tr.gov.acikkapi.cti.ivr.SatisfactionSurvey;
import tr.gov.acikkapi.cti.ivr.StatusLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FastAGI IVR inside the deployed EAR, dialled over TCP by a peer that speaks Asterisk 22's side of FastAGI (the
 * recorded handshake, real replies): the status line tells a demo citizen where their application stands and audits
 * it, asks a stranger for the last four TC Kimlik digits, the priority script raises escorted callers in the queue,
 * and the survey stores one answer per concluded application.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IvrIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static int port() {
        return Integer.getInteger("it.ivr.port");
    }

    /** A demo application under way (not near its deadline): tracking number, status, the citizen's phone, TC Kimlik No. */
    private static List<String> applicationUnderWay() throws Exception {
        return TestDatabase.rows("SELECT a.tracking_no, a.status, CONCAT('0', SUBSTRING(p.phone_e164, 4)), c.tc_kimlik_no "
                + "FROM application a JOIN citizen c ON c.id = a.citizen_id JOIN citizen_phone p ON p.citizen_id = c.id "
                + "WHERE a.status IN ('ROUTED', 'IN_PROGRESS') AND a.deadline_at > UTC_TIMESTAMP() + INTERVAL 1 DAY "
                + "ORDER BY a.id, p.id LIMIT 1").get(0);
    }

    private static int statusAudits(String trackingNumber, String callerId, String outcome) throws Exception {
        return Integer.parseInt(TestDatabase.rows("SELECT COUNT(*) FROM audit_log WHERE action = 'IVR_STATUS' "
                + "AND subject_type = 'application' AND subject_id = ? AND actor = ? AND reason = ?",
                trackingNumber, "ivr " + callerId, outcome).get(0).get(0));
    }

    private static IvrPrompt statusPrompt(String status) {
        return switch (status) {
            case "ROUTED" -> IvrPrompt.STATUS_ROUTED;
            case "IN_PROGRESS" -> IvrPrompt.STATUS_IN_PROGRESS;
            default -> throw new IllegalArgumentException(status);
        };
    }

    @Test
    void theCitizensOwnPhoneHearsTheStatusAndTheAttemptIsAudited() throws Exception {
        List<String> application = applicationUnderWay();
        String number = application.get(0);
        String phone = application.get(2);
        int audited = statusAudits(number, phone, "STATUS_TOLD");

        AsteriskAgiPeer.Transcript call = AsteriskAgiPeer.call(StatusLine.NAME).from(phone).presses(number + "#").dial(port());

        assertTrue(call.answered());
        assertEquals(List.of(IvrPrompt.STATUS_WELCOME.file(), IvrPrompt.ENTER_TRACKING_NUMBER.file(),
                IvrPrompt.TRACKING_NUMBER_INTRO.file(), IvrPrompt.STATUS_INTRO.file(),
                statusPrompt(application.get(1)).file(), IvrPrompt.DEADLINE.file(), IvrPrompt.GOODBYE.file()),
                call.prompts());
        assertTrue(call.words().matches("(\\S+ ){10}\\S+( \\S+)? (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül"
                + "|Ekim|Kasım|Aralık) iki bin .+"), "the number digit by digit, then the deadline in Turkish: "
                + call.words());
        assertEquals("told", call.variables().get(StatusLine.RESULT_VARIABLE));
        assertEquals(audited + 1, statusAudits(number, phone, "STATUS_TOLD"), "one audit row for this call");
    }

    @Test
    void aStrangersPhoneIsAskedForTheLastFourTcDigitsFirst() throws Exception {
        List<String> application = applicationUnderWay();
        String number = application.get(0);
        String lastFour = application.get(3).substring(7);
        String stranger = TestApplications.newMobile();

        AsteriskAgiPeer.Transcript verified = AsteriskAgiPeer.call(StatusLine.NAME).from(stranger)
                .presses(number + "#", lastFour).dial(port());

        List<String> played = verified.played();
        assertTrue(played.indexOf(IvrPrompt.ENTER_TC_LAST_FOUR.file()) >= 0, "asks for the last four digits: " + played);
        assertTrue(played.indexOf(IvrPrompt.ENTER_TC_LAST_FOUR.file()) < played.indexOf(IvrPrompt.STATUS_INTRO.file()),
                "before anything is said about the application: " + played);
        assertTrue(verified.heard(statusPrompt(application.get(1))));
        assertEquals("told", verified.variables().get(StatusLine.RESULT_VARIABLE));
        assertEquals(1, statusAudits(number, stranger, "STATUS_TOLD"));

        String wrong = String.format("%04d", (Integer.parseInt(lastFour) + 1) % 10_000);
        AsteriskAgiPeer.Transcript refused = AsteriskAgiPeer.call(StatusLine.NAME).from(TestApplications.newMobile())
                .presses(number + "#", wrong, wrong, wrong).dial(port());

        assertTrue(refused.heard(IvrPrompt.IDENTITY_NOT_VERIFIED));
        assertTrue(refused.heard(IvrPrompt.TRIES_EXHAUSTED));
        assertFalse(refused.heard(IvrPrompt.STATUS_INTRO), "nothing about the application: " + refused.played());
        assertFalse(refused.heard(statusPrompt(application.get(1))));
        assertEquals("failed", refused.variables().get(StatusLine.RESULT_VARIABLE));
    }

    @Test
    void anEscortedCitizensPhoneGetsQueuePriority() throws Exception {
        String escorted = TestDatabase.rows("SELECT CONCAT('0', SUBSTRING(p.phone_e164, 4)) FROM citizen c "
                + "JOIN citizen_phone p ON p.citizen_id = c.id "
                + "WHERE c.martyr_relative OR c.veteran OR c.disabled OR c.elderly OR c.sick ORDER BY c.id, p.id LIMIT 1").get(0).get(0);

        AsteriskAgiPeer.Transcript call = AsteriskAgiPeer.call(QueuePriority.NAME).from(escorted).dial(port());

        assertTrue(Integer.parseInt(call.variables().get(QueuePriority.PRIORITY_VARIABLE)) > 0, call.variables().toString());
        assertFalse(call.variables().get(QueuePriority.ESCORT_VARIABLE).isEmpty(), call.variables().toString());
        assertFalse(call.answered(), "the priority script leaves the channel to the queue");

        AsteriskAgiPeer.Transcript unknown = AsteriskAgiPeer.call(QueuePriority.NAME).from(TestApplications.newMobile()).dial(port());
        assertEquals("0", unknown.variables().get(QueuePriority.PRIORITY_VARIABLE));
        assertEquals("", unknown.variables().get(QueuePriority.ESCORT_VARIABLE));
    }

    @Test
    void theSurveyOfAConcludedApplicationIsRecordedOnce() throws Exception {
        String number = TestDatabase.rows("SELECT a.tracking_no FROM application a "
                + "LEFT JOIN survey_response s ON s.application_id = a.id "
                + "WHERE a.status IN ('CONCLUDED_POSITIVE', 'CONCLUDED_NEGATIVE', 'REDIRECTED') AND s.id IS NULL "
                + "ORDER BY a.id LIMIT 1").get(0).get(0);
        String scores = "SELECT s.score FROM survey_response s JOIN application a ON a.id = s.application_id WHERE a.tracking_no = ?";

        AsteriskAgiPeer.Transcript first = AsteriskAgiPeer.call(SatisfactionSurvey.NAME).from(TestApplications.newMobile())
                .argument(number).presses("4").dial(port());

        assertTrue(first.heard(IvrPrompt.SURVEY_THANKS), first.played().toString());
        assertEquals("recorded", first.variables().get(SatisfactionSurvey.RESULT_VARIABLE));
        assertEquals(List.of(List.of("4")), TestDatabase.rows(scores, number));

        AsteriskAgiPeer.Transcript second = AsteriskAgiPeer.call(SatisfactionSurvey.NAME).from(TestApplications.newMobile())
                .argument(number).presses("5").dial(port());

        assertTrue(second.heard(IvrPrompt.SURVEY_ALREADY_ANSWERED), second.played().toString());
        assertFalse(second.heard(IvrPrompt.SURVEY_QUESTION));
        assertEquals("already_answered", second.variables().get(SatisfactionSurvey.RESULT_VARIABLE));
        assertEquals(List.of(List.of("4")), TestDatabase.rows(scores, number), "still the one answer");
    }
}
