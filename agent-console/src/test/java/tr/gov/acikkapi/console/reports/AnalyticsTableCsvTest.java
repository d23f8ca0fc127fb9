package tr.gov.acikkapi.console.reports;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.AnalyticsDimension;
import tr.gov.acikkapi.casecore.application.AnalyticsRow;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security issue, point 7: the CSV export wrote names as typed, so a type named {@code =HYPERLINK(…)} became a formula
 * in the supervisor's spreadsheet. Cells starting with {@code =}, {@code +}, {@code -}, {@code @} are now text.
 */
class AnalyticsTableCsvTest {

    private static List<String> lines(String... labels) throws IOException {
        List<AnalyticsRow> rows = java.util.Arrays.stream(labels)
                .map(label -> new AnalyticsRow("T", label, 3, 1, 1, 1, 1, 0, 0)).toList();
        StringWriter out = new StringWriter();
        new AnalyticsTable(Locale.forLanguageTag("tr")).writeCsv(AnalyticsDimension.TYPE, rows, out);
        return out.toString().lines().skip(1).toList();
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws IOException {
        List<String> lines = lines("=HYPERLINK(\"http://x\";\"tıkla\")", "+1+1", "-2+3", "@SUM(A1)", "Randevu");
        assertTrue(lines.get(0).startsWith("T;\"'=HYPERLINK(\"\"http://x\"\";\"\"tıkla\"\")\";"), lines.get(0));
        assertTrue(lines.get(1).startsWith("T;'+1+1;"), lines.get(1));
        assertTrue(lines.get(2).startsWith("T;'-2+3;"), lines.get(2));
        assertTrue(lines.get(3).startsWith("T;'@SUM(A1);"), lines.get(3));
        assertTrue(lines.get(4).startsWith("T;Randevu;3;"), "ordinary names stay as they are: " + lines.get(4));
    }

    @Test
    void onlyTheFirstCharacterDecides() {
        assertEquals("a=b", AnalyticsTable.neutralised("a=b"));
        assertEquals("", AnalyticsTable.neutralised(""));
        assertEquals("'\tx", AnalyticsTable.neutralised("\tx"));
    }
}
