package tr.gov.acikkapi.console.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import tr.gov.acikkapi.casecore.identity.UserAccounts;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.util.Optional;

/**
 * The signed-in agent's phone: its PBX interface from the user's account, and the telephony actions on it. An agent
 * without an interface gets a clear failure instead of a call to nowhere.
 */
@RequestScoped
public class AgentPhone {

    /** The caller ID name the citizen sees on a click-to-dial call. */
    static final String CALLER_ID_NAME = "Acik Kapi";

    @Inject
    SecurityContext security;

    @Inject
    UserAccounts accounts;

    @Inject
    Telephony telephony;

    public Optional<String> pbxInterface() {
        return accounts.find(security.getCallerPrincipal().getName()).flatMap(UserAccounts.UserAccount::pbxInterface);
    }

    /** Click-to-dial: rings the agent's phone, then the citizen's number. */
    public TelephonyResult call(String number) {
        return pbxInterface().map(iface -> telephony.originate(iface, number, CALLER_ID_NAME))
                .orElseGet(() -> TelephonyResult.failed(Texts.format("phone.noInterface")));
    }
}
