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
import org.openqa.selenium.WebElement;
import tr.gov.acikkapi.cti.simulator.SurveyCallee;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, a supervisor defines a survey campaign over the demo data's concluded applications, starts,
 * pauses and resumes it; the server dials the citizens through the AMI simulator, whose citizens answer and key a
 * score into the real survey script (FastAGI inside WildFly), ring out or are busy; the page shows the progress, the
 * results as the database counts them, the chart and the CSV, and the citizens with masked identities.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyCampaignBrowserIT {

    private static final String PASSWORD = "AcikKapi.2026";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration RING = Duration.ofMillis(100);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static long count(String sql, Object... parameters) throws Exception {
        return Long.parseLong(TestDatabase.rows(sql, parameters).get(0).get(0));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.visible(id);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aSupervisorRunsASurveyCampaignOverTheSimulatorAndReadsItsResults() throws Exception {
        TestEnvironment.simulator().answerSurveyCalls((number, attempt) -> switch (number.charAt(number.length() - 1)) {
            case '1' -> new SurveyCallee.NoAnswer(RING);
            case '3' -> new SurveyCallee.Busy();
            case '7' -> new SurveyCallee.Answers(RING, List.of("0"));
            case '9' -> SurveyCallee.scores(2, RING);
            default -> SurveyCallee.scores(5, RING);
        }, "127.0.0.1", Integer.getInteger("it.ivr.port"));
        String today = LocalDate.now(ZoneId.of("Europe/Istanbul")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        try (Browser browser = Browser.open(base, "tr")) {
            browser.signIn("supervizor", PASSWORD);
            browser.visible("openSurveys").click();

            browser.visible("define:create").click();
            browser.awaitAjax();
            assertTrue(browser.bodyText().contains("Kampanya adı girilmelidir."), "a missing name is refused in Turkish");

            type(browser, "define:name", "Tarayıcı anketi");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('define:from_input').value = '01.01.2020';"
                            + "document.getElementById('define:to_input').value = arguments[0];", today);
            type(browser, "define:sampleSize", "8");
            type(browser, "define:callingFrom", "00:00");
            type(browser, "define:callingTo", "23:59");
            browser.visible("define:weekends").findElement(By.cssSelector(".ui-chkbox-box")).click();
            type(browser, "define:maxTries", "1");
            type(browser, "define:concurrency", "2");
            browser.visible("define:create").click();
            browser.awaitAjax();
            Waiting.until(WAIT, () -> browser.bodyText().contains("\"Tarayıcı anketi\" kampanyası oluşturuldu") ? true : null);
            String id = TestDatabase.rows("SELECT id FROM survey_campaign WHERE name = ?", "Tarayıcı anketi").get(0).get(0);
            assertEquals(8, count("SELECT COUNT(*) FROM survey_target WHERE campaign_id = ?", id));
            assertEquals("Hazır", browser.visible("campaigns:table:0:status").getText());

            browser.visible("campaigns:table:0:start").click();
            browser.awaitAjax();
            Waiting.until(WAIT, () -> "Aranıyor".equals(browser.visible("campaigns:table:0:status").getText()) ? true : null);
            browser.visible("campaigns:table:0:pause").click();
            browser.awaitAjax();
            Waiting.until(WAIT, () -> "Duraklatıldı".equals(browser.visible("campaigns:table:0:status").getText()) ? true : null);
            browser.visible("campaigns:table:0:resume").click();
            browser.awaitAjax();

            Waiting.until(WAIT, () -> {
                browser.visible("campaigns:refresh").click();
                browser.awaitAjax();
                return "Tamamlandı".equals(browser.visible("campaigns:table:0:status").getText()) ? true : null;
            });

            long calls = count("SELECT SUM(tries) FROM survey_target WHERE campaign_id = ?", id);
            assertEquals(8, calls, "one try each");
            assertEquals(String.valueOf(calls), browser.visible("totalCalls").getText());
            assertEquals(String.valueOf(count("SELECT COUNT(*) FROM survey_target WHERE campaign_id = ? AND state = "
                    + "'COMPLETED'", id)), browser.visible("totalCompleted").getText());
            assertEquals(String.valueOf(count("SELECT COUNT(*) FROM survey_target WHERE campaign_id = ? AND state IN "
                    + "('COMPLETED', 'REFUSED', 'INCOMPLETE')", id)), browser.visible("totalReached").getText());
            assertEquals(count("SELECT COUNT(*) FROM survey_target t JOIN survey_response r ON r.application_id = "
                    + "t.application_id WHERE t.campaign_id = ?", id),
                    count("SELECT COUNT(*) FROM survey_target WHERE campaign_id = ? AND state = 'COMPLETED'", id),
                    "every completed citizen's score was stored by the survey script");
            assertEquals(calls, count("SELECT COUNT(*) FROM audit_log WHERE action = 'SURVEY_DIAL' AND reason LIKE ?",
                    "campaign " + id + " %"), "every dial is audited");
            assertTrue((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                    "var c = document.querySelector('[id$=scoreChart] canvas'); return c != null && c.width > 0;"),
                    "the chart of the scores is drawn");

            String page = browser.visible("results").getText();
            List<List<String>> phones = TestDatabase.rows("SELECT phone_e164 FROM survey_target WHERE campaign_id = ?", id);
            for (List<String> phone : phones) {
                assertFalse(page.contains("0" + phone.get(0).substring(3)), "no full phone number on the page");
            }
            assertTrue(browser.driver().findElements(By.cssSelector("#targets_data tr")).stream()
                    .allMatch(row -> row.getText().contains("***")), "names and numbers are masked");
            browser.screenshotForDocs("surveys");

            String href = browser.visible("byGroup:0:csv").getAttribute("href");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, csv.statusCode());
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFKod;İl;Seçilen;Yapılan arama;Ulaşılan;Yanıtlayan;Reddeden;Puan 1;"), text);
            long provinces = count("SELECT COUNT(DISTINCT province_code) FROM survey_target WHERE campaign_id = ?", id);
            assertEquals(provinces + 1, text.lines().count(), "a header and a line per province");
        }
    }
}
