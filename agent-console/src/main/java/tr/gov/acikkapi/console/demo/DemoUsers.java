package tr.gov.acikkapi.console.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.identity.Role;
import tr.gov.acikkapi.casecore.identity.UserAccounts;
import tr.gov.acikkapi.console.security.PasswordHashing;
import tr.gov.acikkapi.cti.runtime.ConsoleUserDirectory;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * In demo mode ({@code ACIKKAPI_DEMO=true}) creates the demo sign-ins once: three agents whose phones are
 * the simulator's queue members, a supervisor and an administrator, all with the password from
 * {@code ACIKKAPI_DEMO_PASSWORD}. Existing accounts are left as they are.
 */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    /** The demo accounts: user name → display name, roles, PBX interface (or null). */
    static final Map<String, Account> ACCOUNTS = Map.of(
            "temsilci1", new Account("Ayşe Yılmaz", EnumSet.of(Role.AGENT), "Local/1001@agents"),
            "temsilci2", new Account("Mehmet Demir", EnumSet.of(Role.AGENT), "Local/1002@agents"),
            "temsilci3", new Account("Zeynep Kaya", EnumSet.of(Role.AGENT), "Local/1003@agents"),
            "supervizor", new Account("Hülya Şahin", EnumSet.of(Role.AGENT, Role.SUPERVISOR), null),
            "yonetici", new Account("İbrahim Öztürk", EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN), null));

    @Inject
    @ConfigProperty(name = "acikkapi.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "acikkapi.demo.password", defaultValue = "AcikKapi.2026")
    String password;

    @Inject
    PasswordHashing hashing;

    @Inject
    UserAccounts accounts;

    @Inject
    ConsoleUserDirectory agentDirectory;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!demo) {
            return;
        }
        int created = 0;
        for (Map.Entry<String, Account> entry : ACCOUNTS.entrySet()) {
            Account account = entry.getValue();
            if (accounts.createIfMissing(entry.getKey(), account.displayName(), hashing.hash(password.toCharArray()),
                    account.roles(), account.pbxInterface())) {
                created++;
            }
        }
        if (created > 0) {
            agentDirectory.reload(); // the PBX may already have named these phones, before they were anyone's
        }
        LOG.infof("Demo mode: %d demo account(s) created, %d already present", created, ACCOUNTS.size() - created);
    }

    record Account(String displayName, Set<Role> roles, String pbxInterface) {
    }
}
