package tr.gov.acikkapi.console.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.IdentityDisclosure;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.console.i18n.DomainTexts;
import tr.gov.acikkapi.console.security.Roles;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One search box for everything an agent may be told on the phone: a tracking number (10 digits), a TC Kimlik No
 * (11 digits), a phone number in any form, or the start of a name (at least 2 letters, Turkish collation). What the
 * text is decides the search; a malformed number gets the case core's message. Every citizen shown is audited with
 * the kind of search as reason; a supervisor may reveal a found citizen's full TC Kimlik No (audited again).
 */
@Named
@ViewScoped
public class DeskSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int NAME_RESULTS = 20;

    @Inject
    transient Lookups lookups;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient SecurityContext security;

    @Inject
    transient AgentPhone phone;

    @Inject
    transient IdentityDisclosure disclosure;

    private String text;
    private String reason;
    private final Map<Long, String> revealed = new HashMap<>();
    private List<CitizenOverview> results = List.of();
    private boolean searched;

    public void search() {
        searched = true;
        results = List.of();
        reason = null;
        revealed.clear();
        String query = text == null ? "" : text.strip();
        try {
            String digits = query.replaceAll("[\\s()-]", "");
            if (digits.matches("\\d{10}") && !digits.startsWith("0") && !digits.startsWith("5")) {
                results = lookups.byTrackingNumber(TrackingNumber.parse(digits)).map(DeskSearch::overviewOf)
                        .map(List::of).orElse(List.of());
                audit(results, "arama: başvuru no");
            } else if (digits.matches("\\d{11}") && !digits.startsWith("0")) {
                results = lookups.byTcKimlikNo(TcKimlikNo.of(digits)).map(List::of).orElse(List.of());
                audit(results, "arama: TC Kimlik No");
            } else if (digits.matches("\\+?\\d{10,14}")) {
                results = lookups.byPhone(PhoneNumber.of(digits));
                audit(results, "arama: telefon");
            } else if (query.length() >= 2) {
                results = lookups.byNamePrefix(query, NAME_RESULTS).stream()
                        .map(c -> new CitizenOverview(c, lookups.applicationsOf(c.id()).stream()
                                .filter(a -> a.status().isOpen()).toList()))
                        .toList();
                audit(results, "arama: ad");
            } else {
                FacesContext.getCurrentInstance().addMessage("search", new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Texts.format("search.tooShort"), null));
            }
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage("search", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    DomainTexts.describe(e), null));
        }
    }

    /** Click-to-dial a citizen's number from the results. */
    public void call(String number) {
        TelephonyResult result = phone.call(number);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                result.success() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                result.success() ? Texts.format("callbacks.dialing", number) : Texts.format("callbacks.failed", result.message()),
                null));
    }

    private static CitizenOverview overviewOf(ApplicationDetail detail) {
        return new CitizenOverview(detail.citizen(), List.of(detail.summary()));
    }

    /** The citizen's TC Kimlik No as the results show it: masked unless a supervisor revealed it. */
    public String tcKimlikNoShown(CitizenSummary citizen) {
        return Optional.ofNullable(revealed.get(citizen.id())).orElseGet(() -> citizen.tcKimlikNo().masked());
    }

    /** Only supervisors may reveal the number of a citizen their search found (agents: on the call they serve). */
    public boolean mayReveal(CitizenSummary citizen) {
        return security.isCallerInRole(Roles.SUPERVISOR) && !revealed.containsKey(citizen.id());
    }

    /**
     * Shows the full TC Kimlik No of a citizen among the results, audited by the case core with the search as reason;
     * the case core refuses it to anyone but a supervisor.
     */
    public void revealTcKimlikNo(long citizenId) {
        if (reason == null || results.stream().noneMatch(c -> c.citizen().id() == citizenId)) {
            return;
        }
        try {
            revealed.put(citizenId, disclosure.reveal(citizenId, IdentityDisclosure.Occasion.SEARCH, reason).value());
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage("search", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    DomainTexts.describe(e), null));
        }
    }

    private void audit(List<CitizenOverview> shown, String reason) {
        this.reason = reason;
        String agent = security.getCallerPrincipal().getName();
        List<Long> ids = new ArrayList<>();
        for (CitizenOverview c : shown) {
            CitizenSummary citizen = c.citizen();
            if (!ids.contains(citizen.id())) {
                ids.add(citizen.id());
                audit.record(agent, "SEARCH", "citizen", Long.toString(citizen.id()), reason);
            }
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<CitizenOverview> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }
}
