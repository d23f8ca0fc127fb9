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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.gov.acikkapi.cti.simulator.Scenario;
import tr.gov.acikkapi.cti.simulator.ScenarioRun;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Debian's Chromium, a supervisor reads the deadline page (due soon and overdue, per province and unit, with the
 * escalation) and the analytics page (totals, charts, tables, CSV) over the demo data; the numbers are those the
 * database counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorReportsBrowserIT {

    private static final String PASSWORD = "AcikKapi.2026";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String OPEN = "('RECEIVED', 'ROUTED', 'IN_PROGRESS', 'ESCALATED_GOVERNOR', 'ESCALATED_MINISTRY')";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private static long count(String sql, Object... parameters) throws Exception {
        return Long.parseLong(TestDatabase.rows(sql, parameters).get(0).get(0));
    }

    private static Browser supervisor(URL base, String link) {
        Browser browser = Browser.open(base, "tr");
        browser.signIn("supervizor", PASSWORD);
        browser.visible(link).click();
        return browser;
    }

    /** The page's number equals the database's (re-opening the page while the deadline watch moves them). */
    private static void sameAsDatabase(Browser browser, String link, String id, String sql) throws Exception {
        Waiting.until(WAIT, () -> {
            long expected = count(sql);
            long shown = Long.parseLong(browser.visible(id).getText().trim());
            if (shown == expected) {
                return true;
            }
            browser.visible(link).click();
            return null;
        });
    }

    @Test
    void deadlinePageCountsAndListsWhatIsDueAndLateWithTheEscalation() throws Exception {
        try (Browser browser = supervisor(base, "openDeadlines")) {
            browser.visible("totals");
            sameAsDatabase(browser, "navDeadlines", "totalOverdue",
                    "SELECT COUNT(*) FROM application WHERE status IN " + OPEN + " AND deadline_at < UTC_TIMESTAMP(3)");
            sameAsDatabase(browser, "navDeadlines", "totalMinistry", "SELECT COUNT(*) FROM application WHERE status IN "
                    + OPEN + " AND deadline_at < UTC_TIMESTAMP(3) AND escalation_target = 'MINISTRY'");
            assertTrue(Long.parseLong(browser.visible("totalDueSoon").getText()) > 0, "the demo data has applications due soon");
            String escalations = String.join(" ", browser.driver().findElements(By.cssSelector("#overdue .ak-escalation"))
                    .stream().map(WebElement::getText).toList());
            assertTrue(escalations.contains("Vali") || escalations.contains("İçişleri Bakanlığı")
                    || escalations.contains("İletilmeyi bekliyor"), escalations);
            browser.screenshotForDocs("deadlines");

            browser.choose("filter:province", "Ankara");
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
                List<String> provinces = d.findElements(By.cssSelector("#byProvince .ak-label")).stream().map(WebElement::getText).toList();
                return provinces.equals(List.of("Ankara")) || provinces.isEmpty();
            });
            List<String> listed = new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        List<String> provinces = new ArrayList<>();
                        for (WebElement row : d.findElements(By.cssSelector("#overdue_data tr, #dueSoon_data tr"))) {
                            List<WebElement> cells = row.findElements(By.cssSelector("td"));
                            if (cells.size() > 2) {
                                provinces.add(cells.get(2).getText());
                            }
                        }
                        return provinces;
                    });
            assertTrue(listed.stream().allMatch("Ankara"::equals), "only Ankara's applications: " + listed);
            assertFalse(browser.visible("filter:unit").getAttribute("class").contains("ui-state-disabled"),
                    "Ankara's units can be chosen");
        }
    }

    @Test
    void anApplicationTheDeadlineWatchSendsUpAppearsWithItsEscalationWithoutReload() throws Exception {
        List<String> application = TestDatabase.rows("SELECT id, tracking_no FROM application "
                + "WHERE status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS') AND escalated_at IS NULL "
                + "AND deadline_at > UTC_TIMESTAMP(3) + INTERVAL 2 DAY ORDER BY id LIMIT 1").get(0);
        try (Browser browser = supervisor(base, "openDeadlines")) {
            browser.visible("totals");
            new WebDriverWait(browser.driver(), WAIT).until(d -> "open".equals(
                    ((JavascriptExecutor) d).executeScript("return document.body.dataset.socket")));
            ((JavascriptExecutor) browser.driver()).executeScript("window.akNotReloaded = true;");
            try (var connection = TestDatabase.connect(); var update = connection.prepareStatement("UPDATE application "
                    + "SET registered_at = registered_at - INTERVAL 9 DAY, deadline_at = deadline_at - INTERVAL 9 DAY WHERE id = ?")) {
                update.setLong(1, Long.parseLong(application.get(0)));
                assertEquals(1, update.executeUpdate());
            }
            // The deadline watch runs once a minute; its escalation is pushed to the open page.
            String escalation = new WebDriverWait(browser.driver(), Duration.ofSeconds(100))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#overdue_data tr")).stream()
                            .filter(row -> row.getText().contains(application.get(1)))
                            .map(row -> row.findElement(By.cssSelector(".ak-escalation")).getText())
                            .filter(text -> text.equals("Vali") || text.equals("İçişleri Bakanlığı"))
                            .findFirst().orElse(null));
            assertEquals(TestDatabase.rows("SELECT escalation_target FROM application WHERE id = ?", application.get(0)).get(0).get(0),
                    escalation.equals("Vali") ? "GOVERNOR" : "MINISTRY");
            assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.akNotReloaded")),
                    "the escalation arrived without reloading the page");
        }
    }

    /** The analytics page's default period starts on the first day of the month eleven months ago, Istanbul time. */
    private static LocalDateTime periodStart() {
        ZoneId istanbul = ZoneId.of("Europe/Istanbul");
        return LocalDateTime.ofInstant(LocalDate.now(istanbul).withDayOfMonth(1).minusMonths(11).atStartOfDay(istanbul)
                .toInstant(), ZoneOffset.UTC);
    }

    /**
     * A call answered by temsilci1 and transferred (attended) to temsilci3: the call records page shows its path, and
     * the per-agent table counts it for both agents, as the database's segments do.
     */
    @Test
    void callRecordsShowAnAttendedTransfersPathAndCountItForBothAgents() throws Exception {
        ScenarioRun run = TestEnvironment.simulator().play(Scenario.attendedTransfer("02242507788", "Local/1001@agents",
                "Local/1003@agents", true));
        assertTrue(run.await(WAIT), "the simulated call ends");
        Waiting.until(WAIT, () -> TestDatabase.rows("SELECT position FROM call_segment WHERE linkedid = ?", run.linkedid())
                .size() == 2 ? true : null);
        try (Browser browser = supervisor(base, "openCalls")) {
            String row = Waiting.until(WAIT, () -> {
                for (WebElement tr : browser.visible("calls").findElements(By.cssSelector("tbody tr"))) {
                    if (tr.getText().contains("0224*****88")) {
                        return tr.getText();
                    }
                }
                browser.visible("filter:show").click();
                browser.awaitAjax();
                return null;
            });
            assertTrue(row.contains("temsilci1") && row.contains("aktardı → temsilci3"), row);
            assertTrue(row.contains("temsilci3") && row.contains("tamamladı"), row);
            assertTrue(row.contains("Cevaplandı"), row);

            String dayStart = LocalDate.now(ZoneId.of("Europe/Istanbul")).atStartOfDay(ZoneId.of("Europe/Istanbul"))
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ');
            long received = count("SELECT COUNT(*) FROM call_segment WHERE agent = 'temsilci3' AND position > 0 "
                    + "AND started_at >= ?", dayStart);
            List<String> temsilci3 = browser.visible("agents").findElements(By.cssSelector("tbody tr")).stream()
                    .map(WebElement::getText).filter(t -> t.startsWith("temsilci3")).toList();
            assertEquals(1, temsilci3.size(), "one row for temsilci3");
            assertTrue(received >= 1);
            assertTrue(temsilci3.get(0).endsWith(" " + received), temsilci3.get(0) + " receivedByTransfer " + received);
        }
    }

    @Test
    void analyticsShowsTheDatabasesCountsWithChartsAndTheCsvHasTheSameRows() throws Exception {
        try (Browser browser = supervisor(base, "openAnalytics")) {
            browser.visible("totals");
            String inPeriod = "SELECT COUNT(*) FROM application WHERE registered_at >= ?";
            Waiting.until(WAIT, () -> {
                if (count(inPeriod, periodStart()) == Long.parseLong(browser.visible("totalApplications").getText())) {
                    return true;
                }
                browser.visible("analytics:apply").click();
                return null;
            });

            Map<String, Long> table = provinceTable(browser);
            assertEquals(count(inPeriod + " AND province_code = 6", periodStart()), table.get("Ankara"),
                    "Ankara's row is the database's count");
            assertEquals(count(inPeriod, periodStart()), table.values().stream().mapToLong(Long::longValue).sum());
            List<String> names = new ArrayList<>(table.keySet());
            int izmir = names.indexOf("İzmir");
            int istanbul = names.indexOf("İstanbul");
            if (izmir >= 0 && istanbul >= 0) {
                assertTrue(istanbul < izmir, "Turkish alphabetical order: " + names);
            }

            for (String chart : List.of("monthChart", "topicChart", "provinceChart", "channelChart", "genderChart", "ageChart")) {
                new WebDriverWait(browser.driver(), WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "var c = document.getElementById('analytics:" + chart + "_canvas') || "
                                + "document.querySelector('[id=\"analytics:" + chart + "\"] canvas');"
                                + "if (!c || !c.width) return false;"
                                + "var p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                + "for (var i = 3; i < p.length; i += 4) { if (p[i] > 0) return true; } return false;"));
            }
            browser.screenshotForDocs("analytics");

            String href = browser.visible("analytics:tables:csv_PROVINCE").getAttribute("href");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, csv.statusCode());
            byte[] bytes = csv.body();
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte order mark");
            List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
            assertTrue(lines.get(0).startsWith("Kod;İl;Başvuru;"), lines.get(0));
            Map<String, Long> exported = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(";", -1);
                assertEquals(9, fields.length, line);
                exported.put(fields[1], Long.parseLong(fields[2]));
            }
            assertEquals(table, exported, "the CSV has the table's rows, in its order");

            browser.choose("analytics:province", "Ankara");
            browser.visible("analytics:apply").click();
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.textToBe(By.id("totalApplications"),
                    Long.toString(count(inPeriod + " AND province_code = 6", periodStart()))));
        }
    }

    /** The province tab's rows: name → applications. */
    private static Map<String, Long> provinceTable(Browser browser) {
        browser.visible("analytics:tables:table_PROVINCE");
        Map<String, Long> rows = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("[id='analytics:tables:table_PROVINCE_data'] tr"))) {
            rows.put(row.findElement(By.cssSelector(".ak-label")).getText(),
                    Long.parseLong(row.findElement(By.cssSelector(".ak-applications")).getText()));
        }
        return rows;
    }
}
