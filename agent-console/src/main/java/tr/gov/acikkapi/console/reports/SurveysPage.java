package tr.gov.acikkapi.console.reports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.CampaignForm;
import tr.gov.acikkapi.casecore.application.CampaignResults;
import tr.gov.acikkapi.casecore.application.CampaignView;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.application.SurveyCampaigns;
import tr.gov.acikkapi.casecore.domain.model.survey.CampaignStatus;
import tr.gov.acikkapi.casecore.domain.model.survey.OutcomeFilter;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.console.i18n.DomainTexts;
import tr.gov.acikkapi.console.i18n.LocaleSelection;
import tr.gov.acikkapi.console.security.SupervisorAccess;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The supervisors' survey campaigns: define one (selection, sample, calling hours, tries, calls at once), start,
 * pause, resume and stop it, follow its progress, and read its results in all and per province, topic and type, with
 * a chart of the 1–5 answers and CSV downloads. Citizens are listed with masked names and numbers. Every action goes
 * through {@link SurveyCampaigns}, which audits it.
 */
@Named
@ViewScoped
public class SurveysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Citizens listed for the chosen campaign. */
    static final int TARGETS = 200;
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    transient SurveyCampaigns campaigns;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient SupervisorAccess access;

    @Inject
    transient LocaleSelection localeSelection;

    private String name;
    private LocalDate from;
    private LocalDate to;
    private List<Integer> provinces = new ArrayList<>();
    private List<Integer> topics = new ArrayList<>();
    private OutcomeFilter outcome = OutcomeFilter.ANY;
    private Integer sampleSize;
    private Integer samplePercent;
    private String callingFrom = "09:00";
    private String callingTo = "17:00";
    private boolean weekends;
    private int maxTries = 3;
    private int retryMinutes = 60;
    private int concurrency = 5;
    private Long chosen;

    private transient List<CampaignView> list;
    private transient CampaignResults results;
    private transient List<SurveyCampaigns.TargetRow> targets;

    /** Reads the campaigns (and the chosen one's results) again. */
    public void load() {
        if (!access.granted()) {
            list = List.of();
            return;
        }
        list = campaigns.all();
        if (chosen == null && !list.isEmpty()) {
            chosen = list.get(0).id();
        }
        results = chosen == null ? null : campaigns.results(chosen);
        targets = chosen == null ? List.of() : campaigns.targets(chosen, TARGETS);
    }

    /** Defines the campaign from the form; refusals are shown in the user's language. */
    public void define() {
        if (!access.granted()) {
            return;
        }
        Optional<LocalTime> start = time(callingFrom);
        Optional<LocalTime> end = time(callingTo);
        if (start.isEmpty() || end.isEmpty()) {
            error("define:callingFrom", text("surveys.hoursInvalid"));
            return;
        }
        try {
            CampaignView made = campaigns.define(new CampaignForm(name, from, to, new HashSet<>(provinces),
                    new HashSet<>(topics), java.util.Set.of(), outcome, sampleSize, samplePercent, start.get(), end.get(),
                    weekends, maxTries, retryMinutes, concurrency), user());
            chosen = made.id();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(text("surveys.defined"), made.name(), made.selected()), null));
            name = null;
            load();
        } catch (DomainException e) {
            error(null, DomainTexts.describe(e));
        } catch (jakarta.ejb.EJBException | jakarta.validation.ConstraintViolationException e) {
            error(null, text("surveys.formInvalid"));
        }
    }

    public void start(long id) {
        move(id, CampaignStatus.RUNNING);
    }

    public void pause(long id) {
        move(id, CampaignStatus.PAUSED);
    }

    public void stop(long id) {
        move(id, CampaignStatus.STOPPED);
    }

    /** Shows this campaign's results. */
    public void choose(long id) {
        chosen = id;
        load();
    }

    private void move(long id, CampaignStatus next) {
        if (!access.granted()) {
            return;
        }
        try {
            campaigns.move(id, next, user());
            chosen = id;
        } catch (DomainException e) {
            error(null, DomainTexts.describe(e));
        }
        load();
    }

    private String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text == null ? "" : text.trim(), HOUR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void error(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    private String text(String key) {
        Locale locale = localeSelection.getLocale();
        return ResourceBundle.getBundle(AnalyticsTable.BUNDLE, locale).getString(key);
    }

    /** The 1–5 answers of the chosen campaign as a bar chart. */
    public String getChart() {
        CampaignResults r = getResults();
        if (r == null) {
            return "";
        }
        List<Long> values = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            values.add((long) r.total().answers(score));
        }
        return ChartJson.bar(List.of("1", "2", "3", "4", "5"), List.of(new ChartJson.Series(text("surveys.answers"),
                values)), false);
    }

    /** The share satisfied as text ("%85,7"). */
    public String satisfied(CampaignResults.Figures figures) {
        return new SurveyResultsTable(localeSelection.getLocale()).satisfied(figures);
    }

    /** The CSV link of a grouping of the chosen campaign. */
    public String csv(String grouping) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + SurveyExport.PATH + "?campaign=" + chosen + "&group=" + grouping;
    }

    /** The groups of the chosen campaign's results in this grouping. */
    public List<CampaignResults.Group> groups(String grouping) {
        CampaignResults r = getResults();
        return r == null ? List.of() : SurveyResultsTable.groups(r, SurveyResultsTable.Grouping.valueOf(grouping));
    }

    /** A time of day in Istanbul. */
    public String when(java.time.Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ISTANBUL).format(at);
    }

    public List<CampaignView> getList() {
        if (list == null) {
            load();
        }
        return list;
    }

    public CampaignResults getResults() {
        if (list == null) {
            load();
        }
        return results;
    }

    public List<SurveyCampaigns.TargetRow> getTargets() {
        if (list == null) {
            load();
        }
        return targets == null ? List.of() : targets;
    }

    public List<ReferenceData.Choice> getProvinceChoices() {
        return referenceData.provinces();
    }

    public List<ReferenceData.Choice> getTopicChoices() {
        return referenceData.topics();
    }

    public OutcomeFilter[] getOutcomes() {
        return OutcomeFilter.values();
    }

    public Long getChosen() {
        return chosen;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public List<Integer> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<Integer> provinces) {
        this.provinces = provinces == null ? new ArrayList<>() : provinces;
    }

    public List<Integer> getTopics() {
        return topics;
    }

    public void setTopics(List<Integer> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }

    public OutcomeFilter getOutcome() {
        return outcome;
    }

    public void setOutcome(OutcomeFilter outcome) {
        this.outcome = outcome;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(Integer sampleSize) {
        this.sampleSize = sampleSize;
    }

    public Integer getSamplePercent() {
        return samplePercent;
    }

    public void setSamplePercent(Integer samplePercent) {
        this.samplePercent = samplePercent;
    }

    public String getCallingFrom() {
        return callingFrom;
    }

    public void setCallingFrom(String callingFrom) {
        this.callingFrom = callingFrom;
    }

    public String getCallingTo() {
        return callingTo;
    }

    public void setCallingTo(String callingTo) {
        this.callingTo = callingTo;
    }

    public boolean isWeekends() {
        return weekends;
    }

    public void setWeekends(boolean weekends) {
        this.weekends = weekends;
    }

    public int getMaxTries() {
        return maxTries;
    }

    public void setMaxTries(int maxTries) {
        this.maxTries = maxTries;
    }

    public int getRetryMinutes() {
        return retryMinutes;
    }

    public void setRetryMinutes(int retryMinutes) {
        this.retryMinutes = retryMinutes;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }
}
