package tr.gov.acikkapi.console.reports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.Analysis;
import tr.gov.acikkapi.casecore.application.AnalyticsDimension;
import tr.gov.acikkapi.casecore.application.AnalyticsRow;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.console.security.SupervisorAccess;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The analytics page: for the chosen period and province, the totals (applications, concluded, positive rate,
 * compliance with the 7-day deadline, survey average), charts, and a table per dimension with its CSV download.
 * The period is the last twelve months unless chosen. The figures come from one {@link Analysis} of the selection
 * (grouped queries in the database), shared for a few minutes through the {@link AnalyticsCache}.
 */
@Named
@ViewScoped
public class AnalyticsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TOP_PROVINCES = 10;
    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Inject
    transient AnalyticsCache analyses;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient SupervisorAccess access;

    private LocalDate from = lastTwelveMonths();
    private LocalDate to;
    private Integer provinceCode;
    private AnalyticsSelection selection = AnalyticsSelection.of(from, null, null);
    private boolean refresh;

    private transient Analysis analysis;

    /** Applies the chosen period and province (the form's button), reading the database again. */
    public void apply() {
        AnalyticsSelection chosen = AnalyticsSelection.of(from, to, provinceCode);
        if (!chosen.valid()) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ResourceBundle.getBundle(AnalyticsTable.BUNDLE, locale()).getString("analytics.badPeriod"), null));
            context.validationFailed();
            return;
        }
        selection = chosen;
        refresh = true;
        analysis = null;
    }

    /** The first day of the month eleven months ago: the default period is the last twelve months. */
    static LocalDate lastTwelveMonths() {
        return LocalDate.now(AnalyticsSelection.ISTANBUL).withDayOfMonth(1).minusMonths(11);
    }

    private Analysis analysis() {
        if (analysis == null) {
            if (!access.granted()) {
                analysis = new Analysis(selection.filter(), new AnalyticsRow(AnalyticsRow.TOTAL, "", 0, 0, 0, 0, 0, 0, 0),
                        Map.of(), Instant.now());
            } else {
                analysis = refresh ? analyses.refresh(selection.filter()) : analyses.get(selection.filter());
                refresh = false;
            }
        }
        return analysis;
    }

    /** The figures of the whole selection. */
    public AnalyticsLine getTotals() {
        return table().line(AnalyticsDimension.KIND, analysis().totals());
    }

    /** When the figures were read from the database, Istanbul time. */
    public String getComputedAt() {
        return COMPUTED.format(analysis().computedAt().atZone(AnalyticsSelection.ISTANBUL));
    }

    /** The table of one dimension (its name as in {@link AnalyticsDimension}). */
    public List<AnalyticsLine> lines(String dimension) {
        AnalyticsDimension d = AnalyticsDimension.valueOf(dimension);
        return table().lines(d, rows(d));
    }

    /** The dimensions, in the order of the tabs. */
    public AnalyticsDimension[] getDimensions() {
        return AnalyticsDimension.values();
    }

    /** The CSV link of a dimension's table, with the current selection. */
    public String csvUrl(String dimension) {
        String query = selection.query();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AnalyticsExport.PATH + "?dimension=" + AnalyticsDimension.valueOf(dimension).name()
                + (query.isEmpty() ? "" : "&" + query);
    }

    public String getMonthChart() {
        List<AnalyticsRow> rows = rows(AnalyticsDimension.MONTH);
        AnalyticsTable table = table();
        ResourceBundle text = ResourceBundle.getBundle(AnalyticsTable.BUNDLE, locale());
        return ChartJson.bar(rows.stream().map(r -> table.label(AnalyticsDimension.MONTH, r)).toList(),
                List.of(new ChartJson.Series(text.getString("analytics.applications"), rows.stream().map(AnalyticsRow::applications).toList()),
                        new ChartJson.Series(text.getString("analytics.positive"), rows.stream().map(AnalyticsRow::positive).toList())),
                false);
    }

    public String getTopicChart() {
        List<AnalyticsRow> rows = rows(AnalyticsDimension.TOPIC).stream()
                .sorted(Comparator.comparingLong(AnalyticsRow::applications).reversed()).toList();
        return single(AnalyticsDimension.TOPIC, rows, true);
    }

    public String getProvinceChart() {
        List<AnalyticsRow> rows = rows(AnalyticsDimension.PROVINCE).stream()
                .sorted(Comparator.comparingLong(AnalyticsRow::applications).reversed()).limit(TOP_PROVINCES).toList();
        return single(AnalyticsDimension.PROVINCE, rows, true);
    }

    public String getAgeChart() {
        return single(AnalyticsDimension.AGE_GROUP, rows(AnalyticsDimension.AGE_GROUP), false);
    }

    public String getChannelChart() {
        return doughnut(AnalyticsDimension.CHANNEL);
    }

    public String getGenderChart() {
        return doughnut(AnalyticsDimension.GENDER);
    }

    /** True when the selection holds no application. */
    public boolean isNoData() {
        return analysis().totals().applications() == 0;
    }

    public List<ReferenceData.Choice> getProvinces() {
        return referenceData.provinces();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(Integer provinceCode) {
        this.provinceCode = provinceCode;
    }

    private String single(AnalyticsDimension dimension, List<AnalyticsRow> rows, boolean horizontal) {
        AnalyticsTable table = table();
        return ChartJson.bar(rows.stream().map(r -> table.label(dimension, r)).toList(),
                List.of(new ChartJson.Series(ResourceBundle.getBundle(AnalyticsTable.BUNDLE, locale()).getString("analytics.applications"),
                        rows.stream().map(AnalyticsRow::applications).toList())), horizontal);
    }

    private String doughnut(AnalyticsDimension dimension) {
        List<AnalyticsRow> rows = rows(dimension);
        AnalyticsTable table = table();
        return ChartJson.doughnut(rows.stream().map(r -> table.label(dimension, r)).toList(),
                rows.stream().map(AnalyticsRow::applications).toList());
    }

    private List<AnalyticsRow> rows(AnalyticsDimension dimension) {
        return analysis().rows(dimension);
    }

    private AnalyticsTable table() {
        return new AnalyticsTable(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
