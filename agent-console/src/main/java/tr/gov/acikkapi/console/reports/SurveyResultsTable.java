package tr.gov.acikkapi.console.reports;

import tr.gov.acikkapi.casecore.application.CampaignResults;

import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A survey campaign's results per province, topic or type as a CSV file, in the format of the analytics tables
 * ({@link AnalyticsTable}: UTF-8 with a byte order mark, CRLF, ";" and "," in Turkish, "," and "." in English, names
 * neutralised so that a spreadsheet never runs them).
 */
public final class SurveyResultsTable {

    /** Which grouping of the results. */
    public enum Grouping {
        PROVINCE, TOPIC, TYPE
    }

    private final ResourceBundle messages;
    private final Locale locale;
    private final AnalyticsTable format;

    public SurveyResultsTable(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(AnalyticsTable.BUNDLE, locale);
        this.format = new AnalyticsTable(locale);
    }

    /** The groups of this grouping. */
    public static List<CampaignResults.Group> groups(CampaignResults results, Grouping grouping) {
        return switch (grouping) {
            case PROVINCE -> results.byProvince();
            case TOPIC -> results.byTopic();
            case TYPE -> results.byType();
        };
    }

    /** The share satisfied of the completed answers, as the page shows it ("%85,7"), "" with no answer. */
    public String satisfied(CampaignResults.Figures figures) {
        if (figures.completed() == 0) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(figures.satisfied() / (double) figures.completed());
    }

    /** Writes the table: a header line, then one line per group with its code, name and figures. */
    public void writeCsv(CampaignResults results, Grouping grouping, Writer out) throws IOException {
        String separator = format.separator();
        List<String> header = new ArrayList<>(List.of(messages.getString("analytics.csv.key"),
                messages.getString("surveys.group." + grouping.name()), messages.getString("surveys.selected"),
                messages.getString("surveys.calls"), messages.getString("surveys.reached"),
                messages.getString("surveys.completed"), messages.getString("surveys.refused")));
        for (int score = 1; score <= 5; score++) {
            header.add(messages.getString("surveys.score") + " " + score);
        }
        header.add(messages.getString("surveys.satisfied") + " (%)");
        out.write('\uFEFF');
        out.write(String.join(separator, header.stream().map(h -> AnalyticsTable.quoted(h, separator)).toList()));
        out.write("\r\n");
        for (CampaignResults.Group group : groups(results, grouping)) {
            CampaignResults.Figures f = group.figures();
            List<String> cells = new ArrayList<>(List.of(Integer.toString(group.id()),
                    AnalyticsTable.quoted(AnalyticsTable.neutralised(group.name()), separator),
                    Integer.toString(f.selected()),
                    Integer.toString(f.calls()), Integer.toString(f.reached()), Integer.toString(f.completed()),
                    Integer.toString(f.refused())));
            for (int score = 1; score <= 5; score++) {
                cells.add(Integer.toString(f.answers(score)));
            }
            cells.add(AnalyticsTable.quoted(f.completed() == 0 ? "" : format.decimal(f.satisfiedPercent(), 1), separator));
            out.write(String.join(separator, cells));
            out.write("\r\n");
        }
    }
}
