package tr.gov.acikkapi.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security for the console: a form login on {@code login.xhtml} against the users in
 * MariaDB, whose passwords are stored as PBKDF2 hashes. Roles AGENT, SUPERVISOR and ADMIN come from
 * {@code app_user_role}; a deactivated user cannot sign in.
 */
@ApplicationScoped
@DeclareRoles({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/AcikKapiDS",
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=16",
                "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
public class SecurityConfiguration {
}
