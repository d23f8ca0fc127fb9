package tr.gov.acikkapi.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Arrays;
import java.util.Map;

/**
 * Hashes a password the way the identity store checks it ({@link SecurityConfiguration}): Jakarta Security's
 * PBKDF2 with HMAC-SHA256, 210 000 iterations, a 16-byte salt and a 32-byte key. The plain password is wiped after use
 * and never leaves the web module.
 */
@ApplicationScoped
public class PasswordHashing {

    /** The same parameters as {@link SecurityConfiguration}'s identity store and the demo accounts. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Instance<Pbkdf2PasswordHash> hashes;

    /** Whether {@code password} is the one {@code storedHash} was made from; the array is left as it is. */
    public boolean matches(char[] password, String storedHash) {
        Pbkdf2PasswordHash hash = hashes.get();
        hash.initialize(PARAMETERS);
        try {
            return hash.verify(password, storedHash);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The hash to store for {@code password}; the array is zeroed afterwards. */
    public String hash(char[] password) {
        try {
            Pbkdf2PasswordHash hash = hashes.get();
            hash.initialize(PARAMETERS);
            return hash.generate(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
