package tr.gov.acikkapi.console.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import tr.gov.acikkapi.casecore.application.Callbacks;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Callers who hung up in the queue, oldest first, until someone calls them back: "Geri ara" dials the number from the
 * agent's phone and closes the task when the PBX accepts the call.
 */
@Named
@ViewScoped
public class CallbackQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneId.of("Europe/Istanbul"));

    @Inject
    transient Callbacks callbacks;

    @Inject
    transient AgentPhone phone;

    @Inject
    transient SecurityContext security;

    private List<Callbacks.Task> tasks;

    public List<Callbacks.Task> getTasks() {
        if (tasks == null) {
            tasks = callbacks.open(SHOWN);
        }
        return tasks;
    }

    public String abandonedText(Callbacks.Task task) {
        return TIME.format(task.abandonedAt());
    }

    /** Calls the citizen back from the agent's phone; the task closes only when the PBX took the call. */
    public void callBack(long taskId, String number) {
        TelephonyResult result = phone.call(number);
        FacesContext context = FacesContext.getCurrentInstance();
        if (result.success()) {
            callbacks.close(taskId, true, security.getCallerPrincipal().getName());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.format("callbacks.dialing", number), null));
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.format("callbacks.failed", result.message()), null));
        }
        tasks = null;
    }

    public void refresh() {
        tasks = null;
    }
}
