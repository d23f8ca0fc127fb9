package tr.gov.acikkapi.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security issue, point 1: the first administrator of a real installation is created by a command with a password the
 * operator chooses, on a fresh database (the schema is brought up by the command), refusing weak passwords and the
 * demo password, audited; the stored hash is one the console's PBKDF2 identity store verifies.
 */
class CreateAdministratorTest {

    private static EmbeddedMariaDb db;
    private static Map<String, String> env;

    @BeforeAll
    static void database() throws Exception {
        Path root = Path.of("target", "create-admin-test");
        db = EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data-" + System.nanoTime()), 0, "kurulum", "128M");
        env = Map.of("MARIADB_HOST", "127.0.0.1", "MARIADB_PORT", Integer.toString(db.port()), "MARIADB_DATABASE", "kurulum",
                "ACIKKAPI_ADMIN_USER", "bilgi.islem", "ACIKKAPI_ADMIN_NAME", "Bilgi İşlem");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static List<String> rows(String sql, String parameter) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/kurulum", "acikkapi",
                "acikkapi"); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    @Test
    void weakOrDemoPasswordsAreRefusedWithOneLineAndNothingIsWritten() throws Exception {
        for (String weak : new String[] {"kisa1", "sadeceharfler", "bilgi.islem2026", CreateAdministrator.DEMO_PASSWORD}) {
            LaunchFailure refused = assertThrows(LaunchFailure.class, () -> CreateAdministrator.create(env, weak.toCharArray()), weak);
            assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        }
        assertTrue(assertThrows(LaunchFailure.class, () -> CreateAdministrator.create(env, CreateAdministrator.DEMO_PASSWORD
                .toCharArray())).getMessage().contains("Demo parolası"));
        assertEquals(List.of(), rows("SELECT username FROM app_user WHERE username = ?", "bilgi.islem"));
    }

    @Test
    void anAdministratorWithTheChosenPasswordIsCreatedOnceAndAudited() throws Exception {
        Map<String, String> own = new java.util.HashMap<>(env);
        own.put("ACIKKAPI_ADMIN_USER", "kurulum.yonetici");
        char[] password = "Kendi.Secimim.2027".toCharArray();
        assertEquals("kurulum.yonetici", CreateAdministrator.create(own, password));
        assertTrue(new String(password).chars().allMatch(c -> c == 0), "the password is wiped after use");

        assertEquals(List.of("ADMIN", "AGENT", "SUPERVISOR"), rows("SELECT r.role FROM app_user_role r JOIN app_user u "
                + "ON u.id = r.user_id WHERE u.username = ? ORDER BY r.role", "kurulum.yonetici"));
        String stored = rows("SELECT password_hash FROM app_user WHERE username = ?", "kurulum.yonetici").get(0);
        String[] parts = stored.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("210000", parts[1]);
        byte[] expected = SecretKeyFactory.getInstance(parts[0]).generateSecret(new PBEKeySpec("Kendi.Secimim.2027".toCharArray(),
                Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]), 256)).getEncoded();
        assertArrayEquals(expected, Base64.getDecoder().decode(parts[3]), "the chosen password verifies against the stored hash");
        assertEquals(List.of("kurulum"), rows("SELECT a.actor FROM audit_log a JOIN app_user u ON a.subject_id = u.id "
                + "WHERE a.action = 'CREATE' AND u.username = ?", "kurulum.yonetici"));

        LaunchFailure again = assertThrows(LaunchFailure.class, () -> CreateAdministrator.create(own, "Baska.Parola.2028".toCharArray()));
        assertTrue(again.getMessage().contains("already exists"), again.getMessage());
    }
}
