package tr.gov.acikkapi.casecore.interfaces.access;

import jakarta.ws.rs.core.SecurityContext;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.identity.Role;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who is calling the HTTP interfaces: a channel's machine (web portal, mobile app, kiosk) known by its API
 * key, or a member of staff known by user name and password. Its {@link #getName()} is what the history
 * records as the actor.
 */
public sealed interface ApiCaller extends Principal permits ApiCaller.ChannelMachine, ApiCaller.StaffMember {

    /** The roles that may move applications through their lifecycle. */
    Set<Role> CASE_ROLES = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);

    /** The caller the authentication filter put into the request's security context; 401 when there is none. */
    static ApiCaller from(SecurityContext securityContext) {
        if (securityContext != null && securityContext.getUserPrincipal() instanceof ApiCaller caller) {
            return caller;
        }
        throw ApiProblem.unauthorized("UNAUTHENTICATED",
                "Kimlik doğrulaması gerekli: X-Api-Key başlığında kanal anahtarını ya da HTTP Basic ile kullanıcı adı ve parolayı gönderin.");
    }

    /** The member of staff with one of the case roles (agent, supervisor, administrator), or 403. */
    default StaffMember requireCaseRole() {
        if (this instanceof StaffMember staff && staff.roles().stream().anyMatch(CASE_ROLES::contains)) {
            return staff;
        }
        throw ApiProblem.forbidden("ROLE_REQUIRED",
                "Bu işlemi yalnızca temsilci, süpervizör veya yönetici rolündeki personel yapabilir (HTTP Basic ile oturum açarak).");
    }

    /** A channel's machine, authenticated by the channel's API key, which may do what its scopes allow. */
    record ChannelMachine(IntakeChannel channel, Set<ApiScope> scopes) implements ApiCaller {

        public ChannelMachine {
            scopes = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
        }

        /** A machine of the channel with the channel's default scopes. */
        public ChannelMachine(IntakeChannel channel) {
            this(channel, ApiScope.defaultsOf(channel));
        }

        /** This machine, or 403 {@code SCOPE_REQUIRED} when its key may not do this. */
        public ChannelMachine require(ApiScope scope) {
            if (!scopes.contains(scope)) {
                throw ApiProblem.forbidden("SCOPE_REQUIRED", "Bu kanalın API anahtarı bu işlem için yetkili değil ("
                        + scope.name().toLowerCase(Locale.ROOT) + " kapsamı gerekir).");
            }
            return this;
        }

        /** "kanal-web", "kanal-mobile", "kanal-kiosk". */
        @Override
        public String getName() {
            return "kanal-" + channel.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A member of staff, authenticated against the console's users; roles as the identity store gave them. */
    record StaffMember(String username, Set<Role> roles) implements ApiCaller {

        public StaffMember {
            roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }

        @Override
        public String getName() {
            return username;
        }
    }
}
