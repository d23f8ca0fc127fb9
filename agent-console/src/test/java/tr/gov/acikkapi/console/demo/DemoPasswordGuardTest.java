package tr.gov.acikkapi.console.demo;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.identity.UserAccounts;
import tr.gov.acikkapi.console.security.PasswordHashing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Security issue, point 1: nothing removed or disabled the demo administrator once demo mode was off. The guard runs
 * at start outside demo mode and deactivates, audited, every account that still has the demo password. The hashing
 * here stands in for PBKDF2 (a stored "hash" is the password reversed), so that the test needs no container.
 */
class DemoPasswordGuardTest {

    private static final String DEMO = "AcikKapi.2026";

    /** Accounts in memory: user name → stored hash; deactivations recorded with actor and reason. */
    private static final class Accounts extends UserAccounts {
        final Map<String, String> active = new TreeMap<>();
        final List<String> deactivated = new ArrayList<>();

        @Override
        public Map<String, String> activePasswordHashes() {
            return new TreeMap<>(active);
        }

        @Override
        public void deactivate(Collection<String> usernames, String actor, String reason) {
            for (String username : usernames) {
                active.remove(username);
                deactivated.add(username + " by " + actor + ": " + reason);
            }
        }
    }

    private static final class ReversingHash extends PasswordHashing {
        @Override
        public boolean matches(char[] password, String storedHash) {
            return new StringBuilder(new String(password)).reverse().toString().equals(storedHash);
        }
    }

    private static String hashOf(String password) {
        return new StringBuilder(password).reverse().toString();
    }

    private static DemoPasswordGuard guard(Accounts accounts, boolean demo) {
        DemoPasswordGuard guard = new DemoPasswordGuard();
        guard.accounts = accounts;
        guard.hashing = new ReversingHash();
        guard.demo = demo;
        guard.demoPassword = DEMO;
        return guard;
    }

    @Test
    void outsideDemoModeEveryAccountWithTheDemoPasswordIsDeactivatedAndAudited() {
        Accounts accounts = new Accounts();
        accounts.active.put("yonetici", hashOf(DEMO));
        accounts.active.put("temsilci1", hashOf(DEMO));
        accounts.active.put("ayse.kaya", hashOf("Kendi.Parolam.42"));
        guard(accounts, false).onStart(null);
        assertEquals(List.of("ayse.kaya"), List.copyOf(accounts.active.keySet()), "only the operator's own account stays");
        assertEquals(List.of("temsilci1 by sistem: Demo modu kapalı: hesap demo parolasını taşıyordu",
                "yonetici by sistem: Demo modu kapalı: hesap demo parolasını taşıyordu"), accounts.deactivated);
    }

    @Test
    void inDemoModeTheDemoAccountsStay() {
        Accounts accounts = new Accounts();
        accounts.active.put("yonetici", hashOf(DEMO));
        guard(accounts, true).onStart(null);
        assertEquals(List.of(), accounts.deactivated);
    }
}
