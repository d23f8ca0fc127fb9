package tr.gov.acikkapi.casecore.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import tr.gov.acikkapi.casecore.audit.AuditTrail;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads and creates console user accounts. Passwords arrive already hashed (PBKDF2, by the console). */
@Stateless
public class UserAccounts {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** The account with this user name, if any. */
    public Optional<UserAccount> find(String username) {
        return em.createQuery("SELECT u FROM ConsoleUser u WHERE u.username = :username", ConsoleUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst().map(UserAccount::of);
    }

    /** Every account, ordered by user name. */
    public List<UserAccount> all() {
        return em.createQuery("SELECT u FROM ConsoleUser u ORDER BY u.username", ConsoleUser.class)
                .getResultStream().map(UserAccount::of).toList();
    }

    /**
     * The PBX interface of every active account that has one, interface → user name: the agent directory's read, one
     * query (the accounts with their roles would be one query per account).
     */
    public Map<String, String> pbxInterfaces() {
        Map<String, String> map = new HashMap<>();
        em.createQuery("SELECT u.pbxInterface, u.username FROM ConsoleUser u "
                        + "WHERE u.active = true AND u.pbxInterface IS NOT NULL", Object[].class)
                .getResultList().forEach(row -> map.put((String) row[0], (String) row[1]));
        return map;
    }

    /**
     * Creates the account unless one with the same user name exists; returns whether it was created.
     * Used by the demo data, which must be safe to run at every start.
     */
    public boolean createIfMissing(String username, String displayName, String passwordHash, Set<Role> roles,
                                   String pbxInterface) {
        if (find(username).isPresent()) {
            return false;
        }
        em.persist(new ConsoleUser(username, displayName, passwordHash, roles, pbxInterface, Clock.systemUTC().instant()));
        return true;
    }

    /**
     * The stored password hash of every active account, user name → hash: for the start-up check that no account of a
     * real installation still has the published demo password ({@code DemoPasswordGuard} in the console).
     */
    public Map<String, String> activePasswordHashes() {
        Map<String, String> hashes = new TreeMap<>();
        em.createQuery("SELECT u.username, u.passwordHash FROM ConsoleUser u WHERE u.active = true", Object[].class)
                .getResultStream().forEach(row -> hashes.put((String) row[0], (String) row[1]));
        return hashes;
    }

    /** Deactivates these accounts and audits each, as {@code actor}, for {@code reason}; in one transaction. */
    public void deactivate(Collection<String> usernames, String actor, String reason) {
        for (String username : usernames) {
            em.createQuery("SELECT u FROM ConsoleUser u WHERE u.username = :username", ConsoleUser.class)
                    .setParameter("username", username)
                    .getResultStream().findFirst().ifPresent(user -> {
                        user.deactivate();
                        audit.record(actor, "DEACTIVATE", "user", Long.toString(user.id()), reason);
                    });
        }
    }

    /** A console account without its password hash. */
    public record UserAccount(long id, String username, String displayName, Set<Role> roles,
                              Optional<String> pbxInterface, boolean active) {
        static UserAccount of(ConsoleUser user) {
            return new UserAccount(user.id(), user.username(), user.displayName(), user.roles(), user.pbxInterface(),
                    user.active());
        }
    }
}
