package tr.gov.acikkapi.casecore.application.admin;

import tr.gov.acikkapi.casecore.identity.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Console accounts as an administrator manages them: create (with an initial password), change name, roles and phone
 * (PBX interface), reset the password, deactivate and activate. Passwords arrive hashed (PBKDF2, by the console, after
 * {@link tr.gov.acikkapi.casecore.identity.PasswordPolicy}); accounts are never deleted.
 *
 * <p>An administrator cannot remove their own ADMIN role nor deactivate themselves, and no change may leave the console
 * without an active administrator. A change of phone or of activation reaches the CTI connector's agent directory
 * when it is reloaded (the console reloads it; otherwise within 30 s).
 */
public interface UserAdministration {

    /** Longest display name (the column {@code app_user.display_name}); a longer one is refused, never cut. */
    int DISPLAY_NAME_LENGTH = 120;

    /** Every account, by user name. */
    List<UserView> users();

    UserView create(NewUser user);

    /** Changes name, roles and phone; {@code expectedVersion} is the version the administrator saw. */
    UserView change(long userId, long expectedVersion, UserChange change);

    UserView resetPassword(long userId, long expectedVersion, String passwordHash);

    /** Deactivates ({@code active} false: the user cannot sign in any more) or activates the account. */
    UserView setActive(long userId, long expectedVersion, boolean active);

    /** A new account; {@code pbxInterface} may be null or blank (not an agent with a phone). */
    record NewUser(String userName, String displayName, String passwordHash, Set<Role> roles, String pbxInterface) {
    }

    /** The editable fields of an account; {@code pbxInterface} null or blank removes the phone. */
    record UserChange(String displayName, Set<Role> roles, String pbxInterface) {
    }

    /** An account as listed (without its password hash). */
    record UserView(long id, String userName, String displayName, Set<Role> roles, Optional<String> pbxInterface,
                    boolean active, Instant createdAt, long version) {

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }
    }
}
