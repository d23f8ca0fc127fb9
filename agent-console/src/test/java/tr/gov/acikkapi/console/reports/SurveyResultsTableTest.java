package tr.gov.acikkapi.console.reports;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.CampaignResults;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A survey campaign's results per type as CSV: the analytics format, names neutralised, one line per group. */
class SurveyResultsTableTest {

    private static final CampaignResults.Figures FIGURES =
            new CampaignResults.Figures(10, 14, 8, 7, 1, new int[] {0, 1, 0, 2, 4});

    private static List<String> csv(Locale locale) throws IOException {
        CampaignResults results = new CampaignResults(null, FIGURES, List.of(), List.of(),
                List.of(new CampaignResults.Group(101, "=HYPERLINK(\"http://x\")", FIGURES),
                        new CampaignResults.Group(102, "Randevu; nüfus", FIGURES)));
        StringWriter out = new StringWriter();
        new SurveyResultsTable(locale).writeCsv(results, SurveyResultsTable.Grouping.TYPE, out);
        return out.toString().lines().toList();
    }

    @Test
    void theTypesAreLinesWithTheFiguresAndNamesThatCannotRunAsFormulas() throws IOException {
        List<String> turkish = csv(Locale.forLanguageTag("tr"));
        assertEquals("\uFEFFKod;Başvuru türü;Seçilen;Yapılan arama;Ulaşılan;Yanıtlayan;Reddeden;Puan 1;Puan 2;Puan 3;"
                + "Puan 4;Puan 5;Memnun oranı (%)", turkish.get(0));
        assertEquals("101;\"'=HYPERLINK(\"\"http://x\"\")\";10;14;8;7;1;0;1;0;2;4;85,7", turkish.get(1));
        assertEquals("102;\"Randevu; nüfus\";10;14;8;7;1;0;1;0;2;4;85,7", turkish.get(2));
        assertEquals(3, turkish.size());
        assertEquals("102,Randevu; nüfus,10,14,8,7,1,0,1,0,2,4,85.7", csv(Locale.ENGLISH).get(2));
    }
}
