package tr.gov.acikkapi.console.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tr.gov.acikkapi.casecore.application.ConsoleReference;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * The agent's phone state on the desk, driving the PBX: ready (unpause), paused with a reason from the
 * administrator's list, logged out of or into the queue. Each button says what the PBX answered; the state itself
 * comes back as PBX events (and shows on the supervisors' wallboard).
 */
@Named
@ViewScoped
public class PhoneStatePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentPhone phone;

    @Inject
    transient Telephony telephony;

    @Inject
    transient ConsoleReference reference;

    @Inject
    @ConfigProperty(name = "ACIKKAPI_QUEUE", defaultValue = "acikkapi")
    String queue;

    private String pauseReason;
    private String lastResult;

    public List<ConsoleReference.Option> getPauseReasons() {
        return reference.pauseReasons();
    }

    public void ready() {
        act(iface -> telephony.unpause(iface, queue), "phone.ready.done");
    }

    public void pause() {
        if (pauseReason == null || pauseReason.isBlank()) {
            FacesContext.getCurrentInstance().addMessage("phone", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.format("phone.pause.reasonRequired"), null));
            return;
        }
        act(iface -> telephony.pause(iface, queue, pauseReason), "phone.pause.done");
    }

    public void logIn() {
        act(iface -> telephony.queueLogin(iface, queue), "phone.login.done");
    }

    public void logOut() {
        act(iface -> telephony.queueLogout(iface, queue), "phone.logout.done");
    }

    private void act(Function<String, TelephonyResult> action, String doneKey) {
        TelephonyResult result = phone.pbxInterface().map(action)
                .orElseGet(() -> TelephonyResult.failed(Texts.format("phone.noInterface")));
        lastResult = result.success() ? Texts.format(doneKey) : Texts.format("phone.failed", result.message());
        FacesContext.getCurrentInstance().addMessage("phone", new FacesMessage(
                result.success() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, lastResult, null));
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    public String getLastResult() {
        return lastResult;
    }
}
