package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7, the agent's side of a database outage: during a call the database stops. The desk shows the red banner,
 * and a registration says it could not be saved and keeps what was typed; when the database is back the banner goes
 * and the same form registers. Then the database stops again as the call ends: the wrap-up code is taken into the
 * outbox, and once the database is back the call's record carries it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskOutageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SUBJECT = "Randevu alınamıyor (kesinti)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void deskInputSurvivesADatabaseOutage() throws Exception {
        Assumptions.assumeTrue(TestEnvironment.databaseIsEmbedded(), "needs the embedded database, which it stops");
        List<String> caller = TestDatabase.rows("SELECT CONCAT('0', SUBSTRING(p.phone_e164, 4)) FROM citizen_phone p "
                + "JOIN application a ON a.citizen_id = p.citizen_id WHERE a.status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS') "
                + "AND p.phone_e164 LIKE '+905%' AND (SELECT COUNT(*) FROM citizen_phone q WHERE q.phone_e164 = p.phone_e164) = 1 "
                + "ORDER BY p.citizen_id DESC LIMIT 1").get(0);
        String type = TestDatabase.rows("SELECT name FROM application_type WHERE topic_id = (SELECT id FROM topic "
                + "WHERE name = 'Sağlık') ORDER BY name LIMIT 1").get(0).get(0);
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("temsilci3", "AcikKapi.2026");
            browser.visible("openDesk").click();
            browser.visible("pop");
            WebDriverWait wait = new WebDriverWait(browser.driver(), WAIT);
            wait.until(d -> "open".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.socket")));
            assertTrue(!browser.driver().findElement(By.id("dbDown")).isDisplayed(), "no banner while the database is up");

            ScenarioRun call = TestEnvironment.simulator().play(Scenario.answered(caller.get(0), "Local/1003@agents")
                    .withRing(Duration.ofSeconds(1)).withTalk(Duration.ofSeconds(120)));
            wait.until(ExpectedConditions.textToBe(By.id("callState"), "Görüşmede"));
            browser.choose("intake:topic", "Sağlık");
            browser.choose("intake:type", type);
            browser.choose("intake:province", "Ankara");
            browser.visible("intake:district").sendKeys("Çankaya");
            browser.visible("intake:subject").sendKeys(SUBJECT);
            browser.visible("intake:description").sendKeys("Kesinti sırasında yazıldı.");

            TestEnvironment.stopDatabase();
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dbDown")));
                assertTrue(browser.visible("dbDown").getText().contains("Veritabanına şu an ulaşılamıyor"),
                        browser.visible("dbDown").getText());
                browser.click("intake:register");
                wait.until(d -> browser.bodyText().contains("Veritabanına şu an ulaşılamadığı için kaydedilemedi"));
                assertEquals(SUBJECT, browser.visible("intake:subject").getAttribute("value"), "what was typed stays");
                browser.screenshotForDocs("agent-desk-database-down");
            } finally {
                TestEnvironment.restartDatabase();
            }
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dbDown")));
            browser.click("intake:register");
            String spoken = browser.visible("trackingNumber").getText();
            assertTrue(spoken.replace(" ", "").matches("\\d{10}"), spoken);
            assertEquals(1, TestDatabase.rows("SELECT a.id FROM application a WHERE a.subject = ?", SUBJECT).size(),
                    "registered once, after the outage, from what was typed before it");

            TestEnvironment.stopDatabase();
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dbDown")));
                TestEnvironment.simulator().hangupCall(call.linkedid());
                wait.until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));
                browser.choose("wrapup:disposition", "Başvuru alındı");
                browser.click("wrapup:done");
                browser.visible("idle");
                assertTrue(browser.bodyText().contains("bağlantı gelince yazılacak"), "the wrap-up is queued");
            } finally {
                TestEnvironment.restartDatabase();
            }
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dbDown")));
            List<String> record = Waiting.until(WAIT, () -> TestDatabase.rows(
                    "SELECT disposition_code FROM call_record WHERE linkedid = ? AND disposition_code IS NOT NULL",
                    call.linkedid()).stream().findFirst().orElse(null));
            assertEquals("BASVURU_ALINDI", record.get(0), "the queued wrap-up reached the call's record");
        }
    }
}
