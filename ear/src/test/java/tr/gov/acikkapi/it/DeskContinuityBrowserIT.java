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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, what the agent types during a call survives the call: the caller hangs up mid-sentence and
 * the application is still registered and linked to the call, and shows in the pop at once; the network between the
 * browser and the server fails while the agent types, the page says so, reconnects by itself, says that too, and the
 * next call pops. The full TC Kimlik No is shown on request to whom the work needs it, and each showing is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskContinuityBrowserIT {

    private static final String PASSWORD = "AcikKapi.2026";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /**
     * A demo citizen alone on a mobile number, with an open application: number (national form), full name, TC Kimlik
     * No, citizen id.
     */
    private static List<String> caller(int skip) throws Exception {
        return TestDatabase.rows("SELECT DISTINCT CONCAT('0', SUBSTRING(p.phone_e164, 4)), CONCAT(c.first_name, ' ', c.last_name), "
                + "c.tc_kimlik_no, c.id FROM citizen_phone p JOIN citizen c ON c.id = p.citizen_id "
                + "JOIN application a ON a.citizen_id = c.id "
                + "WHERE a.status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS') AND p.phone_e164 LIKE '+905%' "
                + "AND (SELECT COUNT(*) FROM citizen_phone q WHERE q.phone_e164 = p.phone_e164) = 1 "
                + "ORDER BY c.id DESC LIMIT 1 OFFSET " + skip).get(0);
    }

    /** The agent's desk with its push socket open. */
    private static Browser desk(URL at, String agent) {
        Browser browser = Browser.open(at, "tr");
        browser.signIn(agent, PASSWORD);
        browser.visible("openDesk").click();
        browser.visible("pop");
        new WebDriverWait(browser.driver(), WAIT).until(d -> "open".equals(socketState(d)));
        return browser;
    }

    /** The agent's desk with no call on it: an ended call left by an earlier test is wrapped up first. */
    private static Browser idleDesk(URL at, String agent) {
        Browser browser = desk(at, agent);
        if (browser.driver().findElement(By.id("wrapup")).isDisplayed()) {
            wrapUp(browser);
        }
        browser.visible("idle");
        return browser;
    }

    private static Object socketState(WebDriver driver) {
        return ((JavascriptExecutor) driver).executeScript("return document.body.dataset.socket");
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static void wrapUp(Browser browser) {
        browser.choose("wrapup:disposition", "Başvuru alındı");
        browser.click("wrapup:done");
        browser.visible("idle");
    }

    /** The pop's table row of an application, by its tracking number. */
    private static String popRow(WebDriver driver, String trackingNumber) {
        List<WebElement> rows = driver.findElements(By.xpath("//*[@id='pop']//tr[.//span[contains(@class,'ak-tracking') and "
                + "normalize-space(text())='" + trackingNumber + "']]"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    @Test
    void whatWasTypedOutlivesTheHangUpIsLinkedToTheCallAndJoinsThePop() throws Exception {
        List<String> caller = caller(0);
        try (Browser browser = idleDesk(base, "temsilci2")) {
            ScenarioRun call = TestEnvironment.simulator().play(Scenario.answered(caller.get(0), "Local/1002@agents")
                    .withRing(Duration.ofSeconds(1)).withTalk(Duration.ofSeconds(120)));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşmede"));
            assertTrue(browser.visible("forCitizen").getText().contains(caller.get(1)));
            String type = TestDatabase.rows("SELECT name FROM application_type WHERE topic_id = "
                    + "(SELECT id FROM topic WHERE name = 'Sağlık') ORDER BY name LIMIT 1").get(0).get(0);
            browser.choose("intake:topic", "Sağlık");
            browser.choose("intake:type", type);
            browser.choose("intake:province", "Ankara");
            browser.visible("intake:district").sendKeys("Keçiören");
            browser.visible("intake:subject").sendKeys("Hat düştü");
            String description = "Vatandaş ilaç raporunun yenilenmediğini anlatırken hat kesildi.";
            browser.visible("intake:description").sendKeys(description);

            assertTrue(TestEnvironment.simulator().hangupCall(call.linkedid()), "the simulator hung the call up");
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));
            assertEquals("Keçiören", value(browser, "intake:district"));
            assertEquals("Hat düştü", value(browser, "intake:subject"));
            assertEquals(description, value(browser, "intake:description"));
            assertEquals(type, browser.visible("intake:type_label").getText());
            assertTrue(browser.visible("forCitizen").getText().contains(caller.get(1)), "the applicant is still chosen");

            browser.click("intake:register");
            String trackingNumber = browser.visible("trackingNumber").getText().replace(" ", "");
            assertTrue(trackingNumber.matches("\\d{10}"), trackingNumber);
            List<List<String>> link = TestDatabase.rows("SELECT l.relation, a.description, a.citizen_id "
                    + "FROM call_application l JOIN application a ON a.id = l.application_id "
                    + "WHERE l.linkedid = ? AND a.tracking_no = ?", call.linkedid(), trackingNumber);
            assertEquals(List.of(List.of("CREATED", description, caller.get(3))), link, "the ended call is linked");

            new WebDriverWait(browser.driver(), WAIT).until(d -> popRow(d, trackingNumber).contains("Birime yönlendirildi")
                    || popRow(d, trackingNumber).contains("Alındı"));

            browser.visible("status:tracking").sendKeys(trackingNumber);
            browser.click("status:load");
            browser.choose("status:target", "İşlemde");
            browser.visible("status:reason").sendKeys("Birime iletildi");
            browser.click("status:apply");
            new WebDriverWait(browser.driver(), WAIT).until(d -> popRow(d, trackingNumber).contains("İşlemde"));

            assertFalse(browser.visible("pop").getText().contains(caller.get(2)), "masked until asked");
            String stranger = TestDatabase.rows("SELECT id FROM citizen WHERE id <> ? ORDER BY id LIMIT 1", caller.get(3))
                    .get(0).get(0);
            ((JavascriptExecutor) browser.driver()).executeScript("akReveal([{name: 'akCitizen', value: arguments[0]}, "
                    + "{name: 'akLinkedid', value: arguments[1]}]);", stranger, call.linkedid());
            browser.awaitAjax();
            new WebDriverWait(browser.driver(), WAIT).until(d -> browser.bodyText().contains("yalnızca görüştüğünüz arayan için"));
            assertTrue(TestDatabase.rows("SELECT id FROM audit_log WHERE action = 'TC_REVEAL' AND subject_id = ? "
                    + "AND reason = ?", stranger, "call " + call.linkedid()).isEmpty(), "a citizen not on the call is not revealed");
            browser.driver().findElement(By.cssSelector("[id='pop'] [id$=':revealTc']")).click();
            browser.awaitAjax();
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("pop"), caller.get(2)));
            List<List<String>> reveals = TestDatabase.rows("SELECT reason FROM audit_log WHERE actor = 'temsilci2' "
                    + "AND action = 'TC_REVEAL' AND subject_type = 'citizen' AND subject_id = ?", caller.get(3));
            assertTrue(reveals.contains(List.of("call " + call.linkedid())), reveals.toString());

            browser.driver().navigate().refresh();
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));
            assertFalse(browser.visible("pop").getText().contains(caller.get(2)), "masked again after a reload");
            assertFalse(browser.driver().findElements(By.cssSelector("[id='pop'] [id$=':revealTc']")).isEmpty());
            wrapUp(browser);
        }
    }

    @Test
    void theNetworkFailsWhileTheAgentTypesThePageReconnectsByItselfAndTheNextCallPops() throws Exception {
        List<String> caller = caller(1);
        try (CuttableLink network = CuttableLink.to(base); Browser browser = idleDesk(network.base(), "temsilci1")) {
            browser.visible("intake:firstName").sendKeys("Deniz");
            browser.visible("intake:lastName").sendKeys("Aksoy");
            browser.visible("intake:subject").sendKeys("Su kesintisi");
            browser.visible("intake:description").sendKeys("Mahallede üç gündür su yok.");
            assertFalse(browser.driver().findElement(By.id("socketLost")).isDisplayed());

            network.cut();
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("socketLost")));
            assertTrue(String.valueOf(socketState(browser.driver())).startsWith("reconnecting"), "the page reconnects, it has not given up");
            browser.screenshotForDocs("agent-desk-reconnecting");
            browser.visible("intake:description").sendKeys(" Yaşlı komşular etkileniyor.");

            network.restore();
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("socketBack")));
            assertFalse(browser.driver().findElement(By.id("socketLost")).isDisplayed(), "the warning is gone");
            assertEquals("open", socketState(browser.driver()));
            assertEquals("Deniz", value(browser, "intake:firstName"));
            assertEquals("Aksoy", value(browser, "intake:lastName"));
            assertEquals("Su kesintisi", value(browser, "intake:subject"));
            assertEquals("Mahallede üç gündür su yok. Yaşlı komşular etkileniyor.", value(browser, "intake:description"));

            TestEnvironment.simulator().play(Scenario.answered(caller.get(0), "Local/1001@agents")
                    .withRing(Duration.ofSeconds(1)).withTalk(Duration.ofSeconds(3)));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callerNumber"), caller.get(0)));
            assertTrue(browser.visible("pop").getText().contains(caller.get(1)), "the call after the outage pops");
            assertEquals("Su kesintisi", value(browser, "intake:subject"));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));
            wrapUp(browser);
        }
    }

    @Test
    void aSupervisorRevealsTheNumberOfACitizenFoundBySearchAnAgentIsNotOffered() throws Exception {
        List<String> row = TestDatabase.rows("SELECT a.tracking_no, c.tc_kimlik_no, c.id FROM application a "
                + "JOIN citizen c ON c.id = a.citizen_id ORDER BY a.id LIMIT 1").get(0);
        try (Browser agent = desk(base, "temsilci3")) {
            agent.visible("search:text").sendKeys(row.get(0));
            agent.click("search:go");
            assertTrue(agent.visible("search:results").getText().contains(row.get(0)));
            assertTrue(agent.driver().findElements(By.cssSelector("[id='search:results'] [id$=':revealTc']")).isEmpty(),
                    "no reveal from a search for an agent");
            assertFalse(agent.visible("search:results").getText().contains(row.get(1)));
        }
        try (Browser supervisor = desk(base, "supervizor")) {
            supervisor.visible("search:text").sendKeys(row.get(0));
            supervisor.click("search:go");
            assertFalse(supervisor.visible("search:results").getText().contains(row.get(1)), "masked until asked");
            supervisor.driver().findElement(By.cssSelector("[id='search:results'] [id$=':revealTc']")).click();
            supervisor.awaitAjax();
            new WebDriverWait(supervisor.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search:results"), row.get(1)));
        }
        List<List<String>> reveals = TestDatabase.rows("SELECT actor, reason FROM audit_log WHERE action = 'TC_REVEAL' "
                + "AND subject_type = 'citizen' AND subject_id = ?", row.get(2));
        assertTrue(reveals.contains(List.of("supervizor", "arama: başvuru no")), reveals.toString());
        assertFalse(reveals.stream().anyMatch(r -> r.get(0).equals("temsilci3")), reveals.toString());
    }

    /**
     * A desk stays open all day: its push socket must not be dropped while the agent only listens (the page sends
     * nothing on it). Kept open for two minutes here, longer than any idle timeout a server or proxy would set below
     * that; the page counts every loss it sees.
     */
    @Test
    void theDeskSocketStaysOpenWhileTheAgentOnlyListens() throws Exception {
        try (Browser browser = desk(base, "temsilci1")) {
            TimeUnit.SECONDS.sleep(120);
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            assertEquals("open", page.executeScript("return document.body.dataset.socket"));
            assertEquals(null, page.executeScript("return document.body.dataset.socketLosses"), "no loss seen by the page");
        }
    }
}
