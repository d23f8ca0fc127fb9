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

    /** The analytics page's default period starts on the first day of the month eleven months ago, Istanbul time. */
    private static LocalDateTime periodStart() {
        ZoneId istanbul = ZoneId.of("Europe/Istanbul");
        return LocalDateTime.ofInstant(LocalDate.now(istanbul).withDayOfMonth(1).minusMonths(11).atStartOfDay(istanbul)
                .toInstant(), ZoneOffset.UTC);
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
