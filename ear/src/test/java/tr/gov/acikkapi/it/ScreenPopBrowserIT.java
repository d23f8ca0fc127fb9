package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, an agent keeps the desk open; the AMI simulator rings the agent's phone: the caller's open
 * applications appear without a reload, the agent registers a new application during the call and reads out its
 * tracking number, and the call is linked to it. A ring that is not answered is retracted. A number shared by a
 * family asks the agent who is calling; an unknown number fills in the new-citizen form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenPopBrowserIT {

    private static final Logger LOG = Logger.getLogger(ScreenPopBrowserIT.class.getName());
    private static final String PASSWORD = "AcikKapi.2026";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** A demo citizen alone on a number, with an open application: number (national form), full name, tracking no. */
    private static List<String> callerWithOpenApplication() throws Exception {
        return TestDatabase.rows("SELECT CONCAT('0', SUBSTRING(p.phone_e164, 4)), CONCAT(c.first_name, ' ', c.last_name), "
                + "a.tracking_no FROM citizen_phone p JOIN citizen c ON c.id = p.citizen_id "
                + "JOIN application a ON a.citizen_id = c.id "
                + "WHERE a.status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS') AND p.phone_e164 LIKE '+905%' "
                + "AND (SELECT COUNT(*) FROM citizen_phone q WHERE q.phone_e164 = p.phone_e164) = 1 "
                + "ORDER BY c.id, a.deadline_at LIMIT 1").get(0);
    }

    /** The ids of the citizens on a number (national form), in order. */
    private static List<String> citizensOn(String number) throws Exception {
        return TestDatabase.rows("SELECT citizen_id FROM citizen_phone WHERE phone_e164 = CONCAT('+90', SUBSTRING(?, 2)) "
                + "ORDER BY citizen_id", number).stream().map(row -> row.get(0)).toList();
    }

    /** The ids of the citizens audited as shown to {@code agent} on call {@code linkedid} (each once), in order. */
    private static List<String> shownBy(String agent, String linkedid) throws Exception {
        return TestDatabase.rows("SELECT DISTINCT subject_id FROM audit_log WHERE action = 'SCREEN_POP' AND subject_type = 'citizen' "
                + "AND actor = ? AND reason = ? ORDER BY CAST(subject_id AS UNSIGNED)", agent, "call " + linkedid)
                .stream().map(row -> row.get(0)).toList();
    }

    private static Browser deskOf(URL base, String agent) {
        Browser browser = openDesk(base, agent);
        browser.visible("idle");
        return browser;
    }

    /**
     * The agent's desk with no call on it. A call an earlier test left there (the transfer's, which talks on for a
     * few seconds) is waited for and wrapped up first.
     */
    private static Browser idleDeskOf(URL base, String agent) {
        Browser browser = openDesk(base, agent);
        new WebDriverWait(browser.driver(), WAIT.multipliedBy(2)).until(d -> !d.findElements(By.id("idle")).isEmpty()
                || d.findElement(By.id("wrapup")).isDisplayed());
        if (browser.driver().findElement(By.id("wrapup")).isDisplayed()) {
            browser.choose("wrapup:disposition", "Başvuru alındı");
            browser.click("wrapup:done");
        }
        browser.visible("idle");
        return browser;
    }

    /**
     * The agent's desk, which may still show an earlier test's ended call (the desk keeps it for the wrap-up), its push
     * socket open. Also the desk of the cluster tests, on either node.
     */
    static Browser openDesk(URL base, String agent) {
        Browser browser = Browser.open(base, "tr");
        browser.signIn(agent, PASSWORD);
        browser.visible("openDesk").click();
        browser.visible("pop");
        new WebDriverWait(browser.driver(), WAIT).until(d -> "open".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.socket")));
        return browser;
    }

    @Test
    void ringingCallPopsTheCallersApplicationsAndAnApplicationRegisteredDuringTheCallIsLinked() throws Exception {
        List<String> caller = callerWithOpenApplication();
        try (Browser browser = deskOf(base, "temsilci2")) {
            long sent = System.currentTimeMillis();
            ScenarioRun call = TestEnvironment.simulator().play(Scenario.answered(caller.get(0), "Local/1002@agents")
                    .withRing(Duration.ofSeconds(2)).withTalk(Duration.ofSeconds(60)));

            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callerNumber"), caller.get(0)));
            long rendered = Long.parseLong((String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.body.dataset.popRenderedAt"));
            LOG.info(() -> "Screen pop drawn " + (rendered - sent) + " ms after the simulator was asked to ring "
                    + "(includes the simulated queue join)");
            String pop = browser.visible("pop").getText();
            assertTrue(pop.contains(caller.get(1)), "the citizen's name pops: " + pop);
            assertTrue(pop.contains(caller.get(2)), "the open application pops: " + pop);
            assertEquals(citizensOn(caller.get(0)), shownBy("temsilci2", call.linkedid()),
                    "each citizen the pop shows is audited as shown to the agent, with the call as reason");

            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşmede"));
            assertTrue(browser.visible("forCitizen").getText().contains(caller.get(1)));
            browser.choose("intake:topic", "Sağlık");
            browser.choose("intake:type", TestDatabase.rows(
                    "SELECT name FROM application_type WHERE topic_id = (SELECT id FROM topic WHERE name = 'Sağlık') "
                            + "ORDER BY name LIMIT 1").get(0).get(0));
            browser.choose("intake:province", "Ankara");
            browser.visible("intake:district").sendKeys("Çankaya");
            browser.visible("intake:subject").sendKeys("Randevu alınamıyor");
            browser.visible("intake:description").sendKeys("Vatandaş telefonla aradı: <b>iki haftadır</b> randevu bulamıyor.");
            browser.screenshotForDocs("agent-desk");
            browser.visible("intake:register").click();

            String spoken = browser.visible("trackingNumber").getText();
            String trackingNumber = spoken.replace(" ", "");
            assertTrue(trackingNumber.matches("\\d{10}"), spoken);
            List<List<String>> link = TestDatabase.rows("SELECT l.relation, a.channel, a.registered_by, a.description "
                    + "FROM call_application l JOIN application a ON a.id = l.application_id "
                    + "WHERE l.linkedid = ? AND a.tracking_no = ?", call.linkedid(), trackingNumber);
            assertEquals(1, link.size(), "the call is linked to the new application");
            assertEquals("CREATED", link.get(0).get(0));
            assertEquals("CALL_CENTER", link.get(0).get(1));
            assertEquals("temsilci2", link.get(0).get(2));
            assertTrue(link.get(0).get(3).contains("<b>iki haftadır</b>"), "markup is stored as given");
            browser.screenshotForDocs("agent-desk-registered");

            TestEnvironment.simulator().hangupCall(call.linkedid());
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));
            browser.choose("wrapup:disposition", "Başvuru alındı");
            browser.click("wrapup:done");
            browser.visible("idle");
            assertEquals(List.of(List.of("BASVURU_ALINDI")), Waiting.until(WAIT, () -> {
                List<List<String>> rows = TestDatabase.rows("SELECT disposition_code FROM call_record WHERE linkedid = ?",
                        call.linkedid());
                return rows.isEmpty() || rows.get(0).get(0) == null ? null : rows;
            }));
        }
    }

    @Test
    void ringThatIsNotAnsweredIsRetracted() throws Exception {
        List<String> caller = callerWithOpenApplication();
        try (Browser browser = deskOf(base, "temsilci3")) {
            TestEnvironment.simulator().play(new Scenario.RingNoAnswer(caller.get(0), "Local/1003@agents",
                    "Local/1001@agents", Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofMillis(500)));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callerNumber"), caller.get(0)));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("idle")));
            assertTrue(browser.driver().findElements(By.id("callerNumber")).isEmpty(), "the pop is gone");
        }
    }

    @Test
    void popFollowsABlindTransferToTheNewAgent() throws Exception {
        List<String> caller = callerWithOpenApplication();
        try (Browser first = openDesk(base, "temsilci2"); Browser second = openDesk(base, "temsilci3")) {
            ScenarioRun transfer = TestEnvironment.simulator().play(new Scenario.Transfer(caller.get(0), "Local/1002@agents", "Local/1003@agents",
                    Duration.ofSeconds(4), Duration.ofSeconds(8)));
            new WebDriverWait(first.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşmede"));
            new WebDriverWait(first.driver(), WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        String pop = d.findElement(By.id("pop")).getText();
                        return pop.contains(caller.get(0)) && pop.contains(caller.get(1));
                    });

            new WebDriverWait(second.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callerNumber"), caller.get(0)));
            assertTrue(second.visible("pop").getText().contains(caller.get(1)), "the pop moved with the call");
            assertEquals(citizensOn(caller.get(0)), shownBy("temsilci3", transfer.linkedid()),
                    "the citizens are audited as shown to the agent the call moved to");
            new WebDriverWait(first.driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("idle")));
        }
    }

    /**
     * An attended transfer: the target's desk pops with the caller's records while its phone rings for the consult
     * (the pop is still ringing, the transfer has not happened), and is the target's call once the first agent hangs up.
     * The citizen then hangs up and the target wraps up, so that the desk is free for the next test.
     */
    @Test
    void theTargetOfAnAttendedTransferPopsWhileItsPhoneRingsForTheConsult() throws Exception {
        List<String> caller = callerWithOpenApplication();
        try (Browser target = idleDeskOf(base, "temsilci3")) {
            ScenarioRun call = TestEnvironment.simulator().play(new Scenario.AttendedTransfer(caller.get(0),
                    "Local/1001@agents", "Local/1003@agents", Duration.ofSeconds(1), Duration.ofSeconds(25),
                    Duration.ofSeconds(3), false));
            new WebDriverWait(target.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callerNumber"), caller.get(0)));
            assertEquals("Çalıyor", target.visible("callState").getText(), "popped at the ring, before the transfer");
            assertTrue(target.visible("pop").getText().contains(caller.get(1)), "with the caller's records");
            assertEquals(citizensOn(caller.get(0)), shownBy("temsilci3", call.linkedid()), "audited as shown to temsilci3");

            new WebDriverWait(target.driver(), WAIT.multipliedBy(2))
                    .until(ExpectedConditions.textToBe(By.id("callState"), "Görüşmede"));
            hangUpAndWrapUp(target, call);
        }
    }

    /** Fills in and registers the application part of the intake form; returns the tracking number read out. */
    private static String register(Browser browser, String subject) throws Exception {
        browser.choose("intake:topic", "Sağlık");
        browser.choose("intake:type", TestDatabase.rows(
                "SELECT name FROM application_type WHERE topic_id = (SELECT id FROM topic WHERE name = 'Sağlık') "
                        + "ORDER BY name LIMIT 1").get(0).get(0));
        browser.choose("intake:province", "Ankara");
        browser.visible("intake:district").clear();
        browser.visible("intake:district").sendKeys("Çankaya");
        browser.visible("intake:subject").sendKeys(subject);
        browser.visible("intake:description").sendKeys("Telefonla alındı.");
        browser.click("intake:register");
        String before = "";
        return new WebDriverWait(browser.driver(), WAIT).until(d -> {
            String spoken = d.findElements(By.id("trackingNumber")).isEmpty() ? before
                    : d.findElement(By.id("trackingNumber")).getText().replace(" ", "");
            return spoken.matches("\\d{10}") ? spoken : null;
        });
    }

    private static void hangUpAndWrapUp(Browser browser, ScenarioRun call) {
        TestEnvironment.simulator().hangupCall(call.linkedid());
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));
        browser.choose("wrapup:disposition", "Başvuru alındı");
        browser.click("wrapup:done");
        browser.visible("idle");
    }

    @Test
    void aSharedNumberAsksWhoIsCallingAndTheApplicationIsTheChosenCitizens() throws Exception {
        String number = TestDatabase.rows("SELECT CONCAT('0', SUBSTRING(phone_e164, 4)) FROM citizen_phone "
                + "WHERE phone_e164 LIKE '+905%' GROUP BY phone_e164 HAVING COUNT(*) > 1 ORDER BY phone_e164 LIMIT 1")
                .get(0).get(0);
        List<List<String>> family = TestDatabase.rows("SELECT c.id, CONCAT(c.first_name, ' ', c.last_name) FROM citizen c "
                + "JOIN citizen_phone p ON p.citizen_id = c.id WHERE p.phone_e164 = CONCAT('+90', SUBSTRING(?, 2)) "
                + "ORDER BY c.id", number);
        List<String> chosen = family.get(family.size() - 1);
        try (Browser browser = idleDeskOf(base, "temsilci3")) {
            ScenarioRun call = TestEnvironment.simulator().play(Scenario.answered(number, "Local/1003@agents")
                    .withRing(Duration.ofSeconds(1)).withTalk(Duration.ofSeconds(60)));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşmede"));
            assertTrue(browser.visible("chooser").getText().contains(chosen.get(1)), "every citizen on the number is offered");
            assertFalse(browser.driver().findElement(By.id("forCitizenNote")).isDisplayed(), "nobody is chosen yet");
            assertTrue(browser.visible("intake:newCitizen").isDisplayed());

            browser.driver().findElement(By.cssSelector("#chooser button[data-citizen='" + chosen.get(0) + "']")).click();
            assertTrue(browser.visible("forCitizen").getText().contains(chosen.get(1)));
            assertFalse(browser.driver().findElement(By.id("intake:newCitizen")).isDisplayed());
            String trackingNumber = register(browser, "Aile telefonundan başvuru");

            assertEquals(List.of(List.of(chosen.get(0), "CREATED")), TestDatabase.rows("SELECT a.citizen_id, l.relation "
                    + "FROM application a JOIN call_application l ON l.application_id = a.id "
                    + "WHERE a.tracking_no = ? AND l.linkedid = ?", trackingNumber, call.linkedid()));
            assertTrue(browser.visible("forCitizen").getText().contains(chosen.get(1)), "the applicant stays chosen");
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("pop"), trackingNumber));
            hangUpAndWrapUp(browser, call);
        }
    }

    @Test
    void anUnknownNumberFillsInTheNewCitizenFormAndTheNewCitizenBecomesTheApplicant() throws Exception {
        String number = "0532" + (1_000_000 + (System.nanoTime() & 0x7FFFFF) % 8_999_999);
        assertTrue(TestDatabase.rows("SELECT id FROM citizen_phone WHERE phone_e164 = CONCAT('+90', SUBSTRING(?, 2))",
                number).isEmpty());
        String tc = tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo.withCheckDigits(
                Long.toString(100_000_000L + (System.nanoTime() & 0xFFFFFFF) % 899_999_999L)).value();
        try (Browser browser = idleDeskOf(base, "temsilci3")) {
            ScenarioRun call = TestEnvironment.simulator().play(Scenario.answered(number, "Local/1003@agents")
                    .withRing(Duration.ofSeconds(1)).withTalk(Duration.ofSeconds(60)));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşmede"));
            assertTrue(browser.visible("unknownCaller").isDisplayed());
            assertEquals("+90" + number.substring(1), browser.visible("intake:phone").getAttribute("value"),
                    "the caller's number is filled in");

            browser.visible("intake:tc").sendKeys(tc);
            browser.visible("intake:firstName").sendKeys("Nurcan");
            browser.visible("intake:lastName").sendKeys("Yeniarayan");
            String trackingNumber = register(browser, "İlk başvurum");

            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("forCitizen"), "Nurcan Yeniarayan"));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("pop"), trackingNumber));
            assertEquals(1, TestDatabase.rows("SELECT l.relation FROM call_application l JOIN application a "
                    + "ON a.id = l.application_id WHERE a.tracking_no = ? AND l.linkedid = ?", trackingNumber,
                    call.linkedid()).size());
            hangUpAndWrapUp(browser, call);
        }
    }
}
