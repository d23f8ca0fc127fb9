package tr.gov.acikkapi.console.reports;

import tr.gov.acikkapi.casecore.application.AnalyticsDimension;
import tr.gov.acikkapi.casecore.application.AnalyticsRow;

import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * Turns the case core's analytics rows into what a person reads, in one language: group names (provinces, topics and
 * types as stored; kinds, channels, genders and age groups from the messages; months as "Eylül 2025"), rates as
 * percentages and averages with one or two decimals, and the CSV file of a table.
 *
 * <p>CSV: UTF-8 with a byte order mark (so that Excel shows Turkish letters), CRLF line ends, one header line, then
 * one line per group with the key, the name, the counts and the rates. In Turkish the separator is ";" and the
 * decimal mark ",", as Excel expects with Turkish regional settings; in English "," and ".". Text cells that a
 * spreadsheet would run as a formula are neutralised ({@link #neutralised}).
 */
public final class AnalyticsTable {

    static final String BUNDLE = "tr.gov.acikkapi.console.i18n.messages";

    private final ResourceBundle messages;
    private final Locale locale;

    public AnalyticsTable(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The rows as lines of a table. */
    public List<AnalyticsLine> lines(AnalyticsDimension dimension, List<AnalyticsRow> rows) {
        return rows.stream().map(row -> line(dimension, row)).toList();
    }

    /** One row as a line. */
    public AnalyticsLine line(AnalyticsDimension dimension, AnalyticsRow row) {
        return new AnalyticsLine(row.key(), label(dimension, row), row.applications(), row.concluded(), row.positive(),
                percent(row.positiveRate()), percent(row.deadlineCompliance()), row.surveys(), average(row.surveyAverage()));
    }

    /** The totals as a line (no key, no name). */
    public AnalyticsLine total(AnalyticsRow row) {
        return new AnalyticsLine("", "", row.applications(), row.concluded(), row.positive(), percent(row.positiveRate()),
                percent(row.deadlineCompliance()), row.surveys(), average(row.surveyAverage()));
    }

    /** The group's name in this language. */
    public String label(AnalyticsDimension dimension, AnalyticsRow row) {
        return switch (dimension) {
            case PROVINCE, TOPIC, TYPE -> row.label().isEmpty() ? row.key() : row.label();
            case KIND -> text("kind." + row.key(), row.key());
            case CHANNEL -> text("channel." + row.key(), row.key());
            case GENDER -> text("gender." + row.key(), row.key());
            case AGE_GROUP -> text("age." + row.key(), row.key());
            case MONTH -> month(row.key());
        };
    }

    /** A share (0 to 1) as a percentage with one decimal: "%72,5" in Turkish, "72.5%" in English; "" when undefined. */
    public String percent(OptionalDouble share) {
        if (share.isEmpty()) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share.getAsDouble());
    }

    /** An average with two decimals ("4,25" in Turkish); "" when undefined. */
    public String average(OptionalDouble value) {
        return value.isEmpty() ? "" : decimal(value.getAsDouble(), 2);
    }

    /** The table as CSV (see the class comment). */
    public void writeCsv(AnalyticsDimension dimension, List<AnalyticsRow> rows, Writer out) throws IOException {
        String separator = separator();
        out.write('\uFEFF');
        out.write(String.join(separator, List.of(messages.getString("analytics.csv.key"),
                messages.getString("analytics.dimension." + dimension.name()), messages.getString("analytics.applications"),
                messages.getString("analytics.concluded"), messages.getString("analytics.positive"),
                messages.getString("analytics.positiveRate") + " (%)", messages.getString("analytics.compliance") + " (%)",
                messages.getString("analytics.surveys"), messages.getString("analytics.surveyAverage"))
                .stream().map(v -> quoted(v, separator)).toList()));
        out.write("\r\n");
        for (AnalyticsRow row : rows) {
            out.write(String.join(separator, List.of(quoted(neutralised(row.key()), separator),
                    quoted(neutralised(label(dimension, row)), separator),
                    Long.toString(row.applications()), Long.toString(row.concluded()), Long.toString(row.positive()),
                    quoted(percentNumber(row.positiveRate()), separator), quoted(percentNumber(row.deadlineCompliance()), separator),
                    Long.toString(row.surveys()), quoted(average(row.surveyAverage()), separator))));
            out.write("\r\n");
        }
    }

    /** The CSV field separator of this language. */
    public String separator() {
        return "tr".equals(locale.getLanguage()) ? ";" : ",";
    }

    private String percentNumber(OptionalDouble share) {
        return share.isEmpty() ? "" : decimal(share.getAsDouble() * 100, 1);
    }

    String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /**
     * A text cell that a spreadsheet would take for a formula (it starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return) gets a leading apostrophe, so that Excel or LibreOffice shows it as
     * text instead of running it: names of types and units are typed by administrators and reach the file as given.
     */
    static String neutralised(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String quoted(String value, String separator) {
        if (value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private String month(String key) {
        try {
            String name = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(key));
            return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        } catch (DateTimeParseException e) {
            return key;
        }
    }

    private String text(String key, String fallback) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
