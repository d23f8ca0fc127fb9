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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.URL;
import java.time.Duration;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, a supervisor keeps the live wallboard open while the AMI simulator places calls: the queue's
 * figures and the agent's state change on the page without a reload (pushed over the WebSocket).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WallboardBrowserIT {

    private static final String PASSWORD = "AcikKapi.2026";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String QUEUE = "acikkapi";
    private static final String ANSWERED_CALLER = "05321112233";
    private static final String WAITING_CALLER = "05324445566";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static String queueFigure(Browser browser, String figure) {
        return browser.driver().findElement(By.cssSelector("tr[data-queue='" + QUEUE + "'] td[data-figure='" + figure + "']"))
                .getText().trim();
    }

    private static String agentFigure(Browser browser, String agent, String figure) {
        return browser.driver().findElement(By.cssSelector("tr[data-agent='" + agent + "'] td[data-figure='" + figure + "']"))
                .getText().trim();
    }

    /** Waits until a number on the board satisfies the condition (the board re-renders while we read it). */
    private static int awaitQueueFigure(Browser browser, String figure, IntPredicate condition, String what) {
        try {
            return new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class)
                    .until(d -> {
                        int value = Integer.parseInt(queueFigure(browser, figure));
                        return condition.test(value) ? value : null;
                    });
        } catch (RuntimeException e) {
            browser.saveForDiagnosis("wallboard-" + figure);
            throw new AssertionError(what + "; the board shows " + figure + " = " + queueFigure(browser, figure), e);
        }
    }

    private static void awaitAgent(Browser browser, String agent, String state, String caller) {
        try {
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class)
                    .until(d -> state.equals(agentFigure(browser, agent, "state"))
                            && caller.equals(agentFigure(browser, agent, "caller")));
        } catch (RuntimeException e) {
            browser.saveForDiagnosis("wallboard-agent");
            throw new AssertionError(agent + " should be " + state + " with " + caller, e);
        }
    }

    @Test
    void queueAndAgentFiguresChangeWithoutReloadAsCallsComeAndGo() throws Exception {
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("supervizor", PASSWORD);
            browser.visible("openWallboard").click();
            browser.visible("queues");
            new WebDriverWait(browser.driver(), WAIT).until(d -> "open".equals(
                    ((JavascriptExecutor) d).executeScript("return document.body.dataset.socket")));
            ((JavascriptExecutor) browser.driver()).executeScript("window.akNotReloaded = true;");
            int waiting0 = awaitQueueFigure(browser, "waiting", v -> true, "the queue is on the board");
            int answered0 = Integer.parseInt(queueFigure(browser, "answered"));
            int abandoned0 = Integer.parseInt(queueFigure(browser, "abandoned"));

            ScenarioRun answered = TestEnvironment.simulator().play(Scenario.answered(ANSWERED_CALLER, "Local/1001@agents")
                    .withRing(Duration.ofSeconds(3)).withTalk(Duration.ofSeconds(12)));
            awaitAgent(browser, "temsilci1", "Çalıyor", ANSWERED_CALLER);
            awaitQueueFigure(browser, "waiting", v -> v == waiting0 + 1, "the ringing caller waits in the queue");
            awaitAgent(browser, "temsilci1", "Görüşmede", ANSWERED_CALLER);
            awaitQueueFigure(browser, "answered", v -> v == answered0 + 1, "the answered call is counted");
            awaitQueueFigure(browser, "waiting", v -> v == waiting0, "the answered caller no longer waits");

            TestEnvironment.simulator().play(Scenario.abandoned(WAITING_CALLER).withPatience(Duration.ofSeconds(5)));
            awaitQueueFigure(browser, "waiting", v -> v == waiting0 + 1, "a caller waits for a free agent");
            assertEquals("Görüşmede", agentFigure(browser, "temsilci1", "state"));
            browser.screenshotForDocs("wallboard");
            awaitQueueFigure(browser, "abandoned", v -> v == abandoned0 + 1, "the caller who hung up is counted as abandoned");
            awaitQueueFigure(browser, "waiting", v -> v == waiting0, "and no longer waits");
            assertEquals(answered0 + 1, Integer.parseInt(queueFigure(browser, "answered")), "an abandoned call is not answered");

            assertTrue(answered.await(Duration.ofSeconds(30)), "the answered call ends");
            awaitAgent(browser, "temsilci1", "Hazır", "");
            assertTrue(!queueFigure(browser, "averageTalk").equals("–"), "the ended call gives an average talk time");
            assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.akNotReloaded")),
                    "every change arrived without reloading the page");
            String link = browser.driver().findElement(By.cssSelector("#links .ak-link")).getText();
            assertTrue(link.contains("Bağlı"), "the PBX link is shown: " + link);
        }
    }
}
