package tr.gov.acikkapi.bench;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

/**
 * The benchmark's agents: {@code bench001} … with role AGENT, each on the PBX interface the simulator's load traffic
 * rings ({@code Local/2001@agents} …), all with the password {@link #PASSWORD}, hashed as the console's identity
 * store checks it (PBKDF2 with HMAC-SHA256, 210 000 iterations).
 */
final class AgentAccounts {

    static final String PASSWORD = "Bench.2026";

    private AgentAccounts() {
    }

    static String username(int n) {
        return String.format(java.util.Locale.ROOT, "bench%03d", n);
    }

    static String pbxInterface(int n) {
        return "Local/" + (2000 + n) + "@agents";
    }

    static void create(Connection connection, int agents) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM app_user WHERE username LIKE 'bench%'");
        }
        add(connection, 1, agents);
    }

    /**
     * Adds the agents up to {@code agents} that a kept database does not have yet (one generated for 300 agents, and a
     * figure that signs in 600).
     */
    static void ensure(Connection connection, int agents) throws SQLException {
        int have;
        try (Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM app_user WHERE username LIKE 'bench%'")) {
            rs.next();
            have = rs.getInt(1);
        }
        if (have < agents) {
            add(connection, have + 1, agents);
            BenchmarkRun.progress("  agents bench%03d … bench%03d added", have + 1, agents);
        }
    }

    private static void add(Connection connection, int from, int to) throws SQLException {
        String hash = hash(PASSWORD);
        try (PreparedStatement user = connection.prepareStatement("INSERT INTO app_user (username, display_name, password_hash, "
                + "pbx_interface, active, created_at, version) VALUES (?, ?, ?, ?, TRUE, ?, 0)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement role = connection.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, 'AGENT')")) {
            for (int n = from; n <= to; n++) {
                user.setString(1, username(n));
                user.setString(2, "Yük Temsilcisi " + n);
                user.setString(3, hash);
                user.setString(4, pbxInterface(n));
                user.setTimestamp(5, Timestamp.from(Instant.now()));
                user.executeUpdate();
                try (var keys = user.getGeneratedKeys()) {
                    keys.next();
                    role.setLong(1, keys.getLong(1));
                    role.executeUpdate();
                }
            }
        }
    }

    /** The stored form Jakarta Security's Pbkdf2PasswordHash reads: algorithm:iterations:salt:hash (Base64). */
    static String hash(String password) {
        try {
            byte[] salt = "acikkapi-bench-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 210_000, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "PBKDF2WithHmacSHA256:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this JDK", e);
        }
    }
}
