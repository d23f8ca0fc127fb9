package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, the agent desk outside a call: one search box for tracking numbers, TC Kimlik numbers, phones
 * and names (each citizen shown is audited), and the callback list of callers who hung up in the queue, called back
 * with one click.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private Browser desk(String agent) {
        Browser browser = Browser.open(base, "tr");
        browser.signIn(agent, "AcikKapi.2026");
        browser.visible("openDesk").click();
        browser.visible("search:text");
        return browser;
    }

    /** A caller who hangs up while waiting in the queue, once their callback task is open. */
    private static ScenarioRun hangsUpInTheQueue(String caller) throws Exception {
        ScenarioRun abandoned = TestEnvironment.simulator().play(Scenario.abandoned(caller));
        assertTrue(abandoned.await(WAIT));
        Waiting.until(WAIT, () -> TestDatabase.rows("SELECT id FROM callback_task WHERE linkedid = ? AND status = 'OPEN'",
                abandoned.linkedid()).stream().findFirst().orElse(null));
        return abandoned;
    }

    /** Switches the page to English ("EN" in the header) and waits for it to load again. */
    private static void inEnglish(Browser browser) {
        org.openqa.selenium.WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.visible("userbar:langEn").click();
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.stalenessOf(page));
    }

    private static void search(Browser browser, String text) {
        browser.awaitAjax();
        browser.visible("search:text").clear();
        browser.visible("search:text").sendKeys(text);
        browser.click("search:go");
    }

    @Test
    void searchFindsByTrackingNumberTcKimlikNoAndNameAndAuditsWhatWasShown() throws Exception {
        List<String> row = TestDatabase.rows("SELECT a.tracking_no, c.tc_kimlik_no, c.first_name, c.last_name, c.id "
                + "FROM application a JOIN citizen c ON c.id = a.citizen_id "
                + "WHERE a.status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS') ORDER BY a.id LIMIT 1").get(0);
        String fullName = row.get(2) + " " + row.get(3);
        try (Browser browser = desk("temsilci1")) {
            search(browser, row.get(0));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search:results"), fullName));
            assertTrue(browser.visible("search:results").getText().contains(row.get(0)));
            assertTrue(!browser.visible("search:results").getText().contains(row.get(1)), "the TC Kimlik No is masked");

            search(browser, row.get(1));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search:results"), fullName));

            search(browser, row.get(2).substring(0, 3));
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search:results"), row.get(2)));

            String badCheckDigit = row.get(0).substring(0, 9) + ((row.get(0).charAt(9) - '0' + 1) % 10);
            search(browser, badCheckDigit);
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search"), "kontrol"));
        }
        List<List<String>> audit = TestDatabase.rows("SELECT reason FROM audit_log WHERE actor = 'temsilci1' "
                + "AND action = 'SEARCH' AND subject_id = ?", row.get(4));
        assertTrue(audit.stream().anyMatch(r -> r.get(0).equals("arama: başvuru no")), audit.toString());
        assertTrue(audit.stream().anyMatch(r -> r.get(0).equals("arama: TC Kimlik No")), audit.toString());
    }

    @Test
    void inEnglishTheCaseCoresRefusalsAndTheEscortBadgesAreEnglish() throws Exception {
        List<String> escorted = TestDatabase.rows("SELECT tc_kimlik_no, martyr_relative, veteran, disabled, elderly, sick "
                + "FROM citizen WHERE martyr_relative OR veteran OR disabled OR elderly OR sick ORDER BY id LIMIT 1").get(0);
        List<String> english = List.of("Martyr's relative", "Veteran", "Disabled", "Elderly", "Sick");
        String badge = null;
        for (int i = 1; i <= 5 && badge == null; i++) {
            badge = "1".equals(escorted.get(i)) || "true".equalsIgnoreCase(escorted.get(i)) ? english.get(i - 1) : null;
        }
        String tc = escorted.get(0);
        String badChecksum = tc.substring(0, 10) + ((tc.charAt(10) - '0' + 1) % 10);
        try (Browser browser = desk("temsilci1")) {
            inEnglish(browser);
            search(browser, tc);
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search:results"), badge));

            search(browser, badChecksum);
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("search"), "check digits do not match"));
            assertTrue(!browser.visible("search").getText().contains("kontrol"), browser.visible("search").getText());
        }
    }

    @Test
    void savingAnEmptyApplicationSaysWhichFieldsAreRequired() throws Exception {
        String before = TestDatabase.rows("SELECT COUNT(*) FROM application").get(0).get(0);
        try (Browser browser = desk("temsilci1")) {
            browser.click("intake:register");
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("intake:intakeMessages"), "zorunludur"));
            String messages = browser.visible("intake:intakeMessages").getText();
            for (String field : List.of("TC Kimlik No", "Ad", "Soyad", "Başvuru türü", "İl", "Konu", "Açıklama")) {
                assertTrue(messages.contains(field + " zorunludur."), field + " is named: " + messages);
            }
            assertFalse(messages.contains("kod: 0"), messages);
        }
        assertEquals(before, TestDatabase.rows("SELECT COUNT(*) FROM application").get(0).get(0), "nothing stored");
    }

    @Test
    void aDescriptionOverTheLimitIsRefusedWithTheLimitAndNotStoredCut() throws Exception {
        String subject = "Uzun anlatım " + System.nanoTime();
        // typed, not set by script: the browser applies a maxlength to what is typed or pasted, not to a script
        String description = "Sokak lambası haftalardır yanmıyor. ".repeat(130).substring(0, 4499) + "!";
        String type = TestDatabase.rows("SELECT name FROM application_type WHERE topic_id = "
                + "(SELECT id FROM topic WHERE name = 'Sağlık') ORDER BY name LIMIT 1").get(0).get(0);
        try (Browser browser = desk("temsilci2")) {
            browser.visible("intake:tc").sendKeys(ApiIT.newTc());
            browser.visible("intake:firstName").sendKeys("Ayşe");
            browser.visible("intake:lastName").sendKeys("Yılmaz" + "z".repeat(55));
            browser.choose("intake:topic", "Sağlık");
            browser.choose("intake:type", type);
            browser.choose("intake:province", "Ankara");
            browser.visible("intake:subject").sendKeys(subject);
            browser.visible("intake:description").sendKeys(description);
            browser.click("intake:register");

            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("intake:intakeMessages"), "4000"));
            String messages = browser.visible("intake:intakeMessages").getText();
            assertTrue(messages.contains("Açıklama en fazla 4000 karakter olabilir (girilen: 4500)"), messages);
            assertTrue(messages.contains("Soyad en fazla 60 karakter olabilir (girilen: 61)"), messages);
            assertEquals(4500, browser.visible("intake:description").getAttribute("value").length(),
                    "the text stays in the form as typed");
        }
        assertEquals(List.of(), TestDatabase.rows("SELECT id FROM application WHERE subject = ?", subject),
                "nothing stored, not even a cut text");
    }

    @Test
    void inEnglishTheCallbackListGivesTheWaitInEnglishUnits() throws Exception {
        String caller = "05448887711";
        hangsUpInTheQueue(caller);
        try (Browser browser = desk("temsilci1")) {
            inEnglish(browser);
            String row = browser.driver().findElements(By.cssSelector("[id='callbacks:tasks'] tr")).stream()
                    .map(org.openqa.selenium.WebElement::getText).filter(text -> text.contains(caller)).findFirst()
                    .orElseThrow();
            assertTrue(row.matches("(?s).*\\b\\d+ s\\b.*"), "seconds in English: " + row);
            assertFalse(row.contains(" sn"), row);
        }
    }

    @Test
    void abandonedCallerIsCalledBackWithOneClick() throws Exception {
        String caller = "05448887766";
        ScenarioRun abandoned = hangsUpInTheQueue(caller);
        try (Browser browser = desk("temsilci3")) {
            assertTrue(browser.visible("callbacks:tasks").getText().contains(caller));
            browser.screenshotForDocs("agent-desk-callbacks");
            browser.driver().findElements(By.cssSelector("[id='callbacks:tasks'] tr")).stream()
                    .filter(tr -> tr.getText().contains(caller)).findFirst().orElseThrow()
                    .findElement(By.tagName("button")).click();
            browser.awaitAjax();
            assertTrue(browser.bodyText().contains(caller + " aranıyor"), browser.bodyText());
            new WebDriverWait(browser.driver(), WAIT).until(d -> !d.findElement(By.id("callbacks:tasks")).getText().contains(caller));
        }
        List<String> task = TestDatabase.rows("SELECT status, close_reason, closed_by FROM callback_task WHERE linkedid = ?",
                abandoned.linkedid()).get(0);
        assertEquals(List.of("DONE", "CALLED_BACK", "temsilci3"), task);
    }

    @Test
    void statusChangesWithinTheRulesAndConcludingNeedsTheAnswer() throws Exception {
        String number = TestDatabase.rows("SELECT tracking_no FROM application WHERE status = 'ROUTED' ORDER BY id LIMIT 1")
                .get(0).get(0);
        try (Browser browser = desk("supervizor")) {
            browser.visible("status:tracking").sendKeys(number);
            browser.click("status:load");
            browser.choose("status:target", "İşlemde");
            browser.visible("status:reason").sendKeys("Birim inceliyor");
            browser.click("status:apply");
            assertTrue(browser.bodyText().contains(number + " numaralı başvuru artık: İşlemde"), browser.bodyText());

            browser.choose("status:target", "Olumlu sonuçlandı");
            browser.visible("status:reason").sendKeys("Sonuçlandı");
            browser.click("status:apply");
            assertTrue(browser.visible("status").getText().contains("sonuç açıklamasını"), browser.visible("status").getText());
            browser.visible("status:outcome").sendKeys("Randevu verildi.");
            browser.click("status:apply");
            assertTrue(browser.bodyText().contains(number + " numaralı başvuru artık: Olumlu sonuçlandı"), browser.bodyText());
        }
        List<List<String>> history = TestDatabase.rows("SELECT h.to_status, h.actor FROM application_history h "
                + "JOIN application a ON a.id = h.application_id WHERE a.tracking_no = ? ORDER BY h.id", number);
        assertEquals(List.of("IN_PROGRESS", "supervizor"), history.get(history.size() - 2));
        assertEquals(List.of("CONCLUDED_POSITIVE", "supervizor"), history.get(history.size() - 1));
    }

    @Test
    void agentTakesABreakWithAReasonAndComesBack() throws Exception {
        try (Browser browser = desk("temsilci1")) {
            browser.click("phone:pause");
            assertTrue(browser.visible("phone").getText().contains("Mola nedenini seçin"), browser.visible("phone").getText());
            browser.choose("phone:reason", "Yemek");
            browser.click("phone:pause");
            assertTrue(browser.visible("phone").getText().contains("Moladasınız"), browser.visible("phone").getText());
            browser.click("phone:ready");
            assertTrue(browser.visible("phone").getText().contains("Hazırsınız"), browser.visible("phone").getText());
        }
    }
}
