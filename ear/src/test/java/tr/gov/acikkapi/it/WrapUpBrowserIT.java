package tr.gov.acikkapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, the wrap-up when callers wait. The queue has a wrap-up of at most {@value #MAX_SECONDS} s (its
 * row in queue_wrap_up; the other tests run without one), long enough that no wrap-up the test saves runs out on a slow
 * machine; the one the test leaves undone is given {@value #SHORT_MAX_SECONDS} s (the policy is read as a wrap-up
 * starts) and the simulated PBX a wrapuptime of 2 s, as docs/src/asterisk.md
 * advises: a queue full of callers for one agent, and every answered call ends with the disposition the agent chose
 * or, where the agent chose none, the default one; a call that rings during a wrap-up leaves the wrap-up on the desk.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WrapUpBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int MAX_SECONDS = 300;
    private static final int SHORT_MAX_SECONDS = 5;
    private static final String PASSWORD = "AcikKapi.2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void queueWithWrapUp() throws Exception {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO queue_wrap_up "
                     + "(queue_name, max_seconds, default_disposition) VALUES ('acikkapi', ?, 'SURE_DOLDU')")) {
            insert.setInt(1, MAX_SECONDS);
            insert.executeUpdate();
        }
        TestEnvironment.simulator().setWrapUpTime("acikkapi", Duration.ofSeconds(2));
    }

    @AfterEach
    void queueWithoutWrapUp() throws Exception {
        TestEnvironment.simulator().setWrapUpTime("acikkapi", Duration.ZERO);
        try (Connection connection = TestDatabase.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM queue_wrap_up WHERE queue_name = 'acikkapi'")) {
            delete.executeUpdate();
        }
    }

    /** The queue's maximum for the wrap-ups that start from now on. */
    private static void maximumOfTheNextWrapUps(int seconds) throws Exception {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE queue_wrap_up SET max_seconds = ? WHERE queue_name = 'acikkapi'")) {
            update.setInt(1, seconds);
            assertEquals(1, update.executeUpdate());
        }
    }

    private Browser open(String user, String linkId) {
        Browser browser = Browser.open(base, "tr");
        browser.signIn(user, PASSWORD);
        browser.visible(linkId).click();
        return browser;
    }

    private Browser idleDesk(String agent) {
        Browser desk = open(agent, "openDesk");
        desk.visible("idle");
        new WebDriverWait(desk.driver(), WAIT).until(d -> "open".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.socket")));
        return desk;
    }

    private static void saveWrapUp(Browser desk, String disposition) {
        desk.choose("wrapup:disposition", disposition);
        desk.click("wrapup:done");
    }

    private static String dispositionOf(ScenarioRun call) throws Exception {
        return Waiting.until(WAIT.plusSeconds(MAX_SECONDS), () -> {
            List<List<String>> rows = TestDatabase.rows("SELECT disposition_code FROM call_record WHERE linkedid = ?",
                    call.linkedid());
            return rows.isEmpty() ? null : rows.get(0).get(0);
        });
    }

    @Test
    void everyAnsweredCallOfAFullQueueEndsWithTheAgentsDispositionOrTheDefaultOne() throws Exception {
        List<String> numbers = List.of("05327400001", "05327400002", "05327400003", "05327400004");
        List<ScenarioRun> calls = new ArrayList<>();
        try (Browser desk = idleDesk("temsilci1"); Browser wallboard = open("supervizor", "openWallboard")) {
            for (String number : numbers) {
                calls.add(TestEnvironment.simulator().play(Scenario.answered(number, "Local/1001@agents")
                        .withRing(Duration.ofMillis(300)).withTalk(Duration.ofSeconds(2))));
            }
            for (int i = 0; i < numbers.size() - 1; i++) {
                new WebDriverWait(desk.driver(), WAIT).withMessage("the wrap-up form for call " + (i + 1))
                        .until(d -> d.findElement(By.id("wrapup")).isDisplayed());
                assertEquals("Görüşme bitti", desk.visible("callState").getText(),
                        "while the agent wraps up, no other call rings: the ended call stays the desk's call");
                assertTrue(numbers.contains(desk.visible("callerNumber").getText()));
                if (i == numbers.size() - 2) {
                    maximumOfTheNextWrapUps(SHORT_MAX_SECONDS);
                }
                saveWrapUp(desk, "Bilgi verildi");
                new WebDriverWait(desk.driver(), WAIT).until(d -> !d.findElements(By.id("idle")).isEmpty()
                        || !"Görüşme bitti".equals(d.findElement(By.id("callState")).getText()));
            }
            new WebDriverWait(desk.driver(), WAIT).until(d -> d.findElement(By.id("wrapup")).isDisplayed());
            new WebDriverWait(wallboard.driver(), WAIT).withMessage("the wallboard shows the agent's wrap-up")
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("tr[data-agent='temsilci1'] [data-figure='state']"), "Görüşme sonrası işlem"));
            wallboard.screenshotForDocs("wallboard-wrap-up");
            new WebDriverWait(desk.driver(), WAIT.plusSeconds(SHORT_MAX_SECONDS))
                    .withMessage("the last wrap-up, left undone, ends by itself").until(d -> !d.findElements(By.id("idle")).isEmpty());
        }
        List<String> dispositions = new ArrayList<>();
        for (ScenarioRun call : calls) {
            assertTrue(call.await(WAIT));
            dispositions.add(dispositionOf(call));
        }
        assertEquals(List.of("BILGI_VERILDI", "BILGI_VERILDI", "BILGI_VERILDI", "SURE_DOLDU"), dispositions);
    }

    @Test
    void aCallThatRingsDuringTheWrapUpLeavesTheWrapUpOnTheDeskToBeSaved() throws Exception {
        String first = "05327400011";
        String second = "05327400012";
        try (Browser desk = idleDesk("temsilci3")) {
            ScenarioRun ended = TestEnvironment.simulator().play(Scenario.answered(first, "Local/1003@agents")
                    .withRing(Duration.ofMillis(300)).withTalk(Duration.ofSeconds(1)));
            new WebDriverWait(desk.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));

            ScenarioRun transferred = TestEnvironment.simulator().play(new Scenario.Transfer(second, "Local/1002@agents",
                    "Local/1003@agents", Duration.ofMillis(500), Duration.ofSeconds(4)));
            new WebDriverWait(desk.driver(), WAIT).withMessage("the transferred call on the desk")
                    .until(ExpectedConditions.textToBe(By.id("callerNumber"), second));
            assertTrue(desk.visible("wrapup").isDisplayed(), "the earlier call's wrap-up stays on the desk");
            assertEquals(first, desk.visible("wrapupCaller").getText());
            desk.screenshotForDocs("agent-desk-earlier-wrap-up");
            saveWrapUp(desk, "Başvuru alındı");
            assertEquals("BASVURU_ALINDI", dispositionOf(ended));
            new WebDriverWait(desk.driver(), WAIT).until(d -> !d.findElement(By.id("wrapupEarlier")).isDisplayed());

            new WebDriverWait(desk.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("callState"), "Görüşme bitti"));
            assertEquals(second, desk.visible("callerNumber").getText());
            saveWrapUp(desk, "Bilgi verildi");
            desk.visible("idle");
            assertTrue(transferred.await(WAIT));
            assertEquals("BILGI_VERILDI", dispositionOf(transferred));
        }
    }
}
