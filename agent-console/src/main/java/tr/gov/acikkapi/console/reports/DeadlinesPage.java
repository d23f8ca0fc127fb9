package tr.gov.acikkapi.console.reports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.DeadlineFilter;
import tr.gov.acikkapi.casecore.application.DeadlineItem;
import tr.gov.acikkapi.casecore.application.DeadlineTally;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.application.Reports;
import tr.gov.acikkapi.console.security.SupervisorAccess;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The deadline page: open applications due within 24 hours and past their 7-day deadline, counted per province and
 * per unit and listed with their escalation (to whom, when), for all of Türkiye or one province or unit. Re-read on
 * every render: when the filter changes and when the deadline watch escalates (pushed).
 */
@Named
@ViewScoped
public class DeadlinesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** "Due soon" means within this window. */
    static final Duration WINDOW = Duration.ofHours(24);
    /** Units listed, most overdue first. */
    static final int UNITS = 50;
    /** Applications listed in each list. */
    static final int LIST = 200;
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    transient Reports reports;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient SupervisorAccess access;

    private Integer provinceCode;
    private Integer unitId;

    private transient Instant now;
    private transient List<DeadlineTally> byProvince;
    private transient List<DeadlineTally> byUnit;
    private transient List<DeadlineItem> dueSoon;
    private transient List<DeadlineItem> overdue;

    /** Reads everything again (page load, filter change, escalation push). */
    public void load() {
        now = Instant.now();
        if (!access.granted()) {
            byProvince = byUnit = List.of();
            dueSoon = overdue = List.of();
            return;
        }
        DeadlineFilter filter = DeadlineFilter.of(provinceCode, unitId);
        byProvince = reports.deadlinesByProvince(filter, WINDOW);
        byUnit = reports.deadlinesByUnit(filter, WINDOW, UNITS);
        dueSoon = reports.dueWithin(filter, WINDOW, LIST);
        overdue = reports.pastDeadline(filter, LIST);
    }

    /** A new province: its units are offered, the unit choice starts over. */
    public void provinceChanged() {
        unitId = null;
        load();
    }

    private void ensureLoaded() {
        if (byProvince == null) {
            load();
        }
    }

    public List<DeadlineTally> getByProvince() {
        ensureLoaded();
        return byProvince;
    }

    public List<DeadlineTally> getByUnit() {
        ensureLoaded();
        return byUnit;
    }

    public List<DeadlineItem> getDueSoon() {
        ensureLoaded();
        return dueSoon;
    }

    public List<DeadlineItem> getOverdue() {
        ensureLoaded();
        return overdue;
    }

    /** The sums over the provinces shown. */
    public DeadlineTally getTotal() {
        long due = 0, late = 0, waiting = 0, governor = 0, ministry = 0;
        for (DeadlineTally t : getByProvince()) {
            due += t.dueSoon();
            late += t.overdue();
            waiting += t.awaitingEscalation();
            governor += t.escalatedToGovernor();
            ministry += t.escalatedToMinistry();
        }
        return new DeadlineTally(0, "", due, late, waiting, governor, ministry);
    }

    public int getUnitLimit() {
        return UNITS;
    }

    public int getListLimit() {
        return LIST;
    }

    public List<ReferenceData.Choice> getProvinces() {
        return referenceData.provinces();
    }

    public List<ReferenceData.Choice> getUnits() {
        return provinceCode == null || !access.granted() ? List.of() : reports.unitsOf(provinceCode);
    }

    /** A unit's name, or "not routed to a unit" for id 0. */
    public String unitName(DeadlineTally tally) {
        return tally.id() == 0 ? text("deadlines.noUnit") : tally.name();
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(ISTANBUL));
    }

    /** Time left until the deadline, "13 sa 05 dk". */
    public String remaining(DeadlineItem item) {
        return span(Duration.between(now(), item.deadlineAt()));
    }

    /** Time past the deadline, "2 gün 4 sa". */
    public String overdueBy(DeadlineItem item) {
        return span(Duration.between(item.deadlineAt(), now()));
    }

    /** To whom and when the application was sent up, or that the watch has yet to send it. */
    public String escalation(DeadlineItem item) {
        return item.escalationTarget().map(t -> text("escalation." + t.name())).orElse(text("deadlines.awaiting"));
    }

    public String escalatedAt(DeadlineItem item) {
        return item.escalatedAt().map(this::time).orElse("");
    }

    public String unitOf(DeadlineItem item) {
        return item.unitName().orElse(text("deadlines.noUnit"));
    }

    public Integer getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(Integer provinceCode) {
        this.provinceCode = provinceCode;
    }

    public Integer getUnitId() {
        return unitId;
    }

    public void setUnitId(Integer unitId) {
        this.unitId = unitId;
    }

    private Instant now() {
        if (now == null) {
            now = Instant.now();
        }
        return now;
    }

    private String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        return days > 0 ? MessageFormat.format(text("deadlines.span.days"), days, hours)
                : MessageFormat.format(text("deadlines.span.hours"), hours, String.format(Locale.ROOT, "%02d", rest));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key) {
        return ResourceBundle.getBundle(AnalyticsTable.BUNDLE, locale()).getString(key);
    }
}
