package tr.gov.acikkapi.casecore.interfaces.access;

import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a channel's key may do. A key gets its channel's default scopes unless the configuration names them
 * ({@code kiosk/register:<key>}, {@code web/register+read:<key>}): a kiosk registers applications and reads the
 * catalogue; the web portal and the mobile app also read a citizen's applications, always with the citizen's proof.
 */
public enum ApiScope {
    /** Register applications (and read the catalogue to do so). */
    REGISTER,
    /** Read an application or a citizen's applications, and add a note to one, with the citizen's proof. */
    READ;

    /** The scopes of a key configured without scopes. */
    public static Set<ApiScope> defaultsOf(IntakeChannel channel) {
        return channel == IntakeChannel.KIOSK ? EnumSet.of(REGISTER) : EnumSet.of(REGISTER, READ);
    }

    /** The scope of a configuration name ("register", "read"), any case. */
    public static Optional<ApiScope> named(String name) {
        for (ApiScope scope : values()) {
            if (scope.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
