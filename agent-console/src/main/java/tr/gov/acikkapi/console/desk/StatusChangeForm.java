package tr.gov.acikkapi.console.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CallRecords;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.console.i18n.DomainTexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.util.List;

/**
 * Changes an application's status from the desk within the lifecycle's rules: the agent loads the application by its
 * tracking number, sees only the steps allowed from its status, gives a reason (and the answer, or the alternatives
 * offered, when concluding). The change applies to the version the agent saw: if someone changed it meanwhile, the
 * agent is told and nothing is overwritten. During a call, the call is linked to the application.
 */
@Named
@ViewScoped
public class StatusChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Lookups lookups;

    @Inject
    transient ApplicationLifecycle lifecycle;

    @Inject
    transient CallRecords callRecords;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient SecurityContext security;

    @Inject
    transient ScreenPopBoard board;

    @Inject
    @ConfigProperty(name = "ami.name", defaultValue = "pbx")
    String pbxName;

    private String trackingNumber;
    private ApplicationSummary loaded;
    private ApplicationStatus target;
    private String reason;
    private String outcome;
    private String alternatives;

    public void load() {
        loaded = null;
        target = null;
        try {
            TrackingNumber number = TrackingNumber.parse(trackingNumber);
            ApplicationDetail detail = lookups.byTrackingNumber(number).orElse(null);
            if (detail == null) {
                error(Texts.format("status.notFound", trackingNumber));
                return;
            }
            loaded = detail.summary();
            audit.record(agent(), "VIEW", "citizen", Long.toString(detail.citizen().id()), "durum değişikliği: " + number.value());
        } catch (DomainException e) {
            error(DomainTexts.describe(e));
        }
    }

    public void apply() {
        if (loaded == null) {
            error(Texts.format("status.loadFirst"));
            return;
        }
        List<String> refusals = new FormRefusals()
                .atMost("status.reason", reason, StatusChangeRequest.REASON_LENGTH)
                .atMost("status.outcome", outcome, StatusChangeRequest.OUTCOME_LENGTH)
                .atMost("status.alternatives", alternatives, StatusChangeRequest.OUTCOME_LENGTH).messages();
        if (!refusals.isEmpty()) {
            refusals.forEach(StatusChangeForm::error);
            return;
        }
        try {
            ApplicationSummary changed = lifecycle.changeStatus(loaded.trackingNumber(), loaded.version(),
                    StatusChangeRequest.of(target, reason == null ? "" : reason, outcome, alternatives), agent());
            linkCurrentCall(changed.trackingNumber());
            board.reread(agent());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.format("status.changed", changed.trackingNumber().value(),
                            Texts.format("status." + changed.status().name())), null));
            loaded = changed;
            target = null;
            reason = null;
            outcome = null;
            alternatives = null;
        } catch (DomainException e) {
            error(DomainTexts.describe(e));
        }
    }

    private void linkCurrentCall(TrackingNumber number) {
        board.of(agent()).ifPresent(pop -> callRecords.linkApplication(new CallKey(pbxName, pop.linkedid()), number,
                CallRelation.UPDATED, agent()));
    }

    /** The steps allowed from the loaded application's status. */
    public List<ApplicationStatus> getTargets() {
        return loaded == null ? List.of() : loaded.status().manualSuccessors().stream().sorted().toList();
    }

    public boolean isConcluding() {
        return target != null && target.isConcluded();
    }

    public boolean isRedirecting() {
        return target == ApplicationStatus.REDIRECTED;
    }

    private String agent() {
        return security.getCallerPrincipal().getName();
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage("status", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String v) { trackingNumber = v; }
    public ApplicationSummary getLoaded() { return loaded; }
    public ApplicationStatus getTarget() { return target; }
    public void setTarget(ApplicationStatus v) { target = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getAlternatives() { return alternatives; }
    public void setAlternatives(String v) { alternatives = v; }
}
