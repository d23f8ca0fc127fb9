package tr.gov.acikkapi.console.wallboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.console.security.SupervisorAccess;
import tr.gov.acikkapi.cti.event.AgentState;

import java.text.Collator;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The wallboard page of one request (the first render, and each re-render after a push): the model's current view
 * in rows ready to show, with the colour of every figure from the configured thresholds. Times that keep running
 * (longest wait, time in state) carry their start, and the page's script advances them every second.
 */
@Named
@RequestScoped
public class WallboardPage {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String OK = "ak-ok";
    private static final String WARN = "ak-warn";
    private static final String ALARM = "ak-alarm";
    /** The state key of an agent in the wrap-up after a call. */
    static final String WRAP_UP = "WRAP_UP";

    @Inject
    Wallboard wallboard;

    @Inject
    WallboardSettings settings;

    @Inject
    SupervisorAccess access;

    @Inject
    AgentNames names;

    private WallboardView view;

    /** A queue as a row. {@code oldestSince} is epoch milliseconds, 0 when nobody waits. */
    public record QueueRow(String name, String label, int waiting, String waitingClass, long oldestSince,
                           String longestWait, String longestWaitClass, long offered, long answered, long abandoned,
                           String serviceLevel, String serviceLevelClass, String averageWait, String averageTalk) {
    }

    /**
     * An agent as a row. {@code state} is the state's key: an {@link AgentState}, or {@code WRAP_UP} for the wrap-up
     * after a call (a pause with its own reason). {@code since} is epoch milliseconds; warn and alarm are in seconds
     * (0: never coloured).
     */
    public record AgentRow(String agent, String name, String state, String pauseReason, long since, String timeInState,
                           int warnSeconds, int alarmSeconds, String timeClass, String callerNumber) {
    }

    private WallboardView view() {
        if (view == null) {
            view = access.granted() ? wallboard.view()
                    : new WallboardView(Instant.now(), Instant.now(), List.of(), List.of(), List.of());
        }
        return view;
    }

    /** The server's clock in epoch milliseconds when the view was taken (the script's reference). */
    public long getNowMillis() {
        return view().at().toEpochMilli();
    }

    /** When the counters started, in Istanbul time. */
    public String getCountingSince() {
        return STARTED.format(view().countingSince().atZone(ISTANBUL));
    }

    public long getServiceLevelSeconds() {
        return settings.serviceLevelSeconds();
    }

    public List<LinkFigures> getLinks() {
        return view().links();
    }

    /** The queues, and an all-queues row first when there are several. */
    public List<QueueRow> getQueues() {
        List<QueueFigures> queues = view().queues();
        List<QueueRow> rows = new ArrayList<>();
        if (queues.size() > 1) {
            rows.add(row(QueueFigures.total(queues)));
        }
        queues.forEach(q -> rows.add(row(q)));
        return rows;
    }

    /** The agents, by name in Turkish alphabetical order. */
    public List<AgentRow> getAgents() {
        Instant now = view().at();
        Collator turkish = Collator.getInstance(Locale.forLanguageTag("tr"));
        List<AgentRow> rows = new ArrayList<>();
        for (AgentFigures a : view().agents()) {
            boolean paused = a.state() == AgentState.PAUSED && !a.inWrapUp();
            int warn = paused ? settings.pauseWarnMinutes() * 60 : 0;
            int alarm = paused ? settings.pauseAlarmMinutes() * 60 : 0;
            long seconds = Math.max(0, Duration.between(a.since(), now).toSeconds());
            rows.add(new AgentRow(a.agent(), names.of(a.agent()), a.inWrapUp() ? WRAP_UP : a.state().name(),
                    a.inWrapUp() ? "" : a.pauseReason().orElse(""),
                    a.since().toEpochMilli(), clock(seconds), warn, alarm,
                    paused ? level(seconds > alarm, seconds > warn) : "", a.callerNumber().orElse("")));
        }
        rows.sort(Comparator.comparing(AgentRow::name, turkish));
        return rows;
    }

    private QueueRow row(QueueFigures q) {
        Instant now = view().at();
        long longest = q.longestWaitAt(now).toSeconds();
        OptionalDouble level = q.serviceLevel();
        String levelClass = level.isEmpty() ? "" : level(level.getAsDouble() * 100 < settings.serviceLevelAlarmPercent(),
                level.getAsDouble() * 100 < settings.serviceLevelWarnPercent());
        return new QueueRow(q.queue(), q.queue().equals(QueueFigures.ALL) ? text("wallboard.allQueues") : q.queue(),
                q.waiting(), level(q.waiting() > settings.waitingAlarm(), q.waiting() > settings.waitingWarn()),
                q.oldestWaitingSince().map(Instant::toEpochMilli).orElse(0L), q.waiting() == 0 ? "–" : clock(longest),
                q.waiting() == 0 ? "" : level(longest > settings.waitAlarmSeconds(), longest > settings.waitWarnSeconds()),
                q.offered(), q.answered(), q.abandoned(), percent(level), levelClass,
                seconds(q.averageWaitSeconds()), seconds(q.averageTalkSeconds()));
    }

    public int getWaitWarnSeconds() {
        return settings.waitWarnSeconds();
    }

    public int getWaitAlarmSeconds() {
        return settings.waitAlarmSeconds();
    }

    private static String level(boolean alarm, boolean warn) {
        return alarm ? ALARM : warn ? WARN : OK;
    }

    /** "1:05", "12:00", "1:02:03". */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    private static String seconds(OptionalDouble value) {
        return value.isEmpty() ? "–" : clock(Math.round(value.getAsDouble()));
    }

    private String percent(OptionalDouble share) {
        if (share.isEmpty()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(0);
        return format.format(share.getAsDouble());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.forLanguageTag("tr") : context.getViewRoot().getLocale();
    }

    private static String text(String key) {
        return java.util.ResourceBundle.getBundle("tr.gov.acikkapi.console.i18n.messages", locale()).getString(key);
    }
}
