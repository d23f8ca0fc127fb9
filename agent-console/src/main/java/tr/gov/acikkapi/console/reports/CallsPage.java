package tr.gov.acikkapi.console.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.AgentCallFigures;
import tr.gov.acikkapi.casecore.application.CallRecordView;
import tr.gov.acikkapi.casecore.application.CallRecords;
import tr.gov.acikkapi.console.security.SupervisorAccess;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The call records of one day (Istanbul) for supervisors: each call with its path (every agent's part: who, how long,
 * how it ended, to whom it was transferred), and per agent the parts of calls they had, so that an agent who answered
 * and transferred a call is counted for it too. Caller numbers are shown masked.
 */
@Named
@ViewScoped
public class CallsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Calls listed for a day, newest first. */
    static final int LIST = 300;
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ISTANBUL);

    @Inject
    transient CallRecords callRecords;

    @Inject
    transient SupervisorAccess access;

    private LocalDate day;

    private transient List<CallRecordView> calls;
    private transient List<AgentCallFigures> agents;

    /** Reads the day's calls and agent figures again (page load, day change). */
    public void load() {
        if (!access.granted()) {
            calls = List.of();
            agents = List.of();
            return;
        }
        LocalDate shown = getDay();
        Instant from = shown.atStartOfDay(ISTANBUL).toInstant();
        Instant to = shown.plusDays(1).atStartOfDay(ISTANBUL).toInstant();
        calls = callRecords.recent(from, to, LIST);
        agents = callRecords.agentFigures(from, to);
    }

    public LocalDate getDay() {
        if (day == null) {
            day = LocalDate.now(ISTANBUL);
        }
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<CallRecordView> getCalls() {
        if (calls == null) {
            load();
        }
        return calls;
    }

    public List<AgentCallFigures> getAgents() {
        if (agents == null) {
            load();
        }
        return agents;
    }

    public int getListLimit() {
        return LIST;
    }

    /** A time of day in Istanbul. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The caller's number with its middle digits hidden (the records are for figures, not for finding citizens). */
    public String maskedCaller(CallRecordView call) {
        String raw = call.callerRaw().orElse("");
        if (raw.length() <= 6) {
            return raw.isEmpty() ? "" : "*".repeat(raw.length());
        }
        return raw.substring(0, 4) + "*".repeat(raw.length() - 6) + raw.substring(raw.length() - 2);
    }
}
