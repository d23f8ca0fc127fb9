package tr.gov.acikkapi.launcher;

import org.flywaydb.core.Flyway;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.identity.PasswordPolicy;
import tr.gov.acikkapi.casecore.identity.UserName;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The first administrator of a real installation: {@code mvn -Padmin verify} (docs/src/admin.md). Connects to the
 * database of the run command's settings ({@code MARIADB_HOST} …), brings its schema up to date as the application
 * would, and creates an account with the roles ADMIN, SUPERVISOR and AGENT whose password the operator chooses:
 * from {@code ACIKKAPI_ADMIN_PASSWORD} or, when that is not set, typed on standard input, never as a command-line
 * argument (which {@code ps} would show). The password must pass the console's {@link PasswordPolicy} and may not be
 * the published demo password; the user name ({@code ACIKKAPI_ADMIN_USER}, default {@code admin}) must not exist yet.
 * The password is hashed exactly as the console's identity store checks it (PBKDF2-HMAC-SHA256, 210,000 iterations,
 * 16-byte salt, 32-byte key, Soteria's {@code algorithm:iterations:salt:hash} form) and the creation is audited.
 */
public final class CreateAdministrator {

    /** The published demo password, refused here: a real installation must not have it. */
    static final String DEMO_PASSWORD = "AcikKapi.2026";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;

    private CreateAdministrator() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            Map<String, String> env = System.getenv();
            char[] password = passwordFrom(env, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
            String user = create(env, password);
            out.println("Administrator '" + user + "' created: sign in at the console and give the other users their accounts.");
        } catch (LaunchFailure e) {
            out.println(e.getMessage());
            System.exit(1);
        }
    }

    private static char[] passwordFrom(Map<String, String> env, BufferedReader in, PrintStream out) throws LaunchFailure {
        String given = env.get("ACIKKAPI_ADMIN_PASSWORD");
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        out.println("Password of the new administrator (ACIKKAPI_ADMIN_PASSWORD is not set), then Enter:");
        try {
            String line = System.console() != null ? new String(System.console().readPassword()) : in.readLine();
            if (line == null || line.isEmpty()) {
                throw new LaunchFailure("No password given: set ACIKKAPI_ADMIN_PASSWORD or type it when asked.");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new LaunchFailure("The password could not be read from standard input: set ACIKKAPI_ADMIN_PASSWORD.");
        }
    }

    /**
     * Creates the administrator in the database of these settings; returns the user name. The password array is
     * wiped. Every refusal is a {@link LaunchFailure} with one line saying what to do; nothing is written then.
     */
    static String create(Map<String, String> env, char[] password) throws LaunchFailure {
        try {
            Settings settings = Settings.from(env, Path.of(System.getProperty("acikkapi.default.home", "target/home")));
            String user = Optional.ofNullable(env.get("ACIKKAPI_ADMIN_USER")).map(String::strip).filter(u -> !u.isEmpty())
                    .orElse("admin");
            String displayName = Optional.ofNullable(env.get("ACIKKAPI_ADMIN_NAME")).map(String::strip).filter(n -> !n.isEmpty())
                    .orElse("Yönetici");
            String username = checked(user, password);
            String url = "jdbc:mariadb://" + settings.dbHost() + ":" + settings.dbPort() + "/" + settings.dbName();
            Properties login = new Properties();
            login.setProperty("user", settings.dbUser());
            login.setProperty("password", settings.dbPassword());
            login.setProperty("connectTimeout", "5000");
            Flyway.configure(CreateAdministrator.class.getClassLoader()).dataSource(url, settings.dbUser(), settings.dbPassword())
                    .locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
            try (Connection connection = DriverManager.getConnection(url, login)) {
                insert(connection, username, displayName, hash(password));
            }
            return username;
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new LaunchFailure("The database could not be reached or written (" + firstLine(e.getMessage())
                    + "): set MARIADB_HOST, MARIADB_PORT, MARIADB_DATABASE, MARIADB_USER and MARIADB_PASSWORD as for the run command.");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static String checked(String user, char[] password) throws LaunchFailure {
        String username;
        try {
            username = UserName.of(user).value();
            PasswordPolicy.check(password, username);
        } catch (DomainException e) {
            throw new LaunchFailure(e.getMessage());
        }
        if (Arrays.equals(password, DEMO_PASSWORD.toCharArray())) {
            throw new LaunchFailure("Demo parolası gerçek bir kurulumda kullanılamaz: kendi parolanızı seçin.");
        }
        return username;
    }

    private static void insert(Connection connection, String username, String displayName, String passwordHash)
            throws SQLException, LaunchFailure {
        connection.setAutoCommit(false);
        try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM app_user WHERE username = ?")) {
            exists.setString(1, username);
            try (ResultSet rs = exists.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new LaunchFailure("An account '" + username + "' already exists: choose another ACIKKAPI_ADMIN_USER.");
                }
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement user = connection.prepareStatement("INSERT INTO app_user (username, display_name, password_hash, "
                + "active, created_at) VALUES (?, ?, ?, TRUE, ?)");
             PreparedStatement role = connection.prepareStatement("INSERT INTO app_user_role (user_id, role) "
                     + "SELECT id, ? FROM app_user WHERE username = ?");
             PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_log (occurred_at, actor, action, subject_type, "
                     + "subject_id, reason) SELECT ?, 'kurulum', 'CREATE', 'user', id, 'İlk yönetici komutla oluşturuldu' "
                     + "FROM app_user WHERE username = ?")) {
            user.setString(1, username);
            user.setString(2, displayName);
            user.setString(3, passwordHash);
            user.setTimestamp(4, now);
            user.executeUpdate();
            for (String name : new String[] {"ADMIN", "SUPERVISOR", "AGENT"}) {
                role.setString(1, name);
                role.setString(2, username);
                role.executeUpdate();
            }
            audit.setTimestamp(1, now);
            audit.setString(2, username);
            audit.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The PBKDF2 hash in the form Jakarta Security's {@code Pbkdf2PasswordHash} (Soteria) stores and verifies. */
    static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, KEY_BYTES * 8)).getEncoded();
            return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from the JDK", e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
