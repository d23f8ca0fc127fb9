package tr.gov.acikkapi.console.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.identity.UserAccounts;
import tr.gov.acikkapi.console.security.PasswordHashing;

import java.util.List;
import java.util.Map;

/**
 * Outside demo mode, no account may keep the published demo password: at start every active account whose password
 * is the demo password ({@code ACIKKAPI_DEMO_PASSWORD}, by default the one in the README) is deactivated, each
 * deactivation audited, and one error line tells the operator what to do. A database that was once a demo (or got a
 * demo account copied in) thus never opens to the published password. Costs one PBKDF2 check per active account
 * at start (about 0.1 s each on two cores).
 */
@ApplicationScoped
public class DemoPasswordGuard {

    /** The actor the audit trail records for these deactivations. */
    static final String ACTOR = "sistem";

    private static final Logger LOG = Logger.getLogger(DemoPasswordGuard.class);

    @Inject
    @ConfigProperty(name = "acikkapi.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "acikkapi.demo.password", defaultValue = "AcikKapi.2026")
    String demoPassword;

    @Inject
    PasswordHashing hashing;

    @Inject
    UserAccounts accounts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!demo) {
            disableDemoPasswords();
        }
    }

    /** Deactivates the active accounts that have the demo password; returns their user names. */
    List<String> disableDemoPasswords() {
        List<String> found = accounts.activePasswordHashes().entrySet().stream()
                .filter(account -> hashing.matches(demoPassword.toCharArray(), account.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (!found.isEmpty()) {
            accounts.deactivate(found, ACTOR, "Demo modu kapalı: hesap demo parolasını taşıyordu");
            LOG.errorf("Demo mode is off but the accounts %s had the published demo password: they are deactivated; "
                    + "create an administrator with your own password (mvn -Padmin verify, see docs/src/admin.md) and "
                    + "give these users new passwords", found);
        }
        return found;
    }
}
