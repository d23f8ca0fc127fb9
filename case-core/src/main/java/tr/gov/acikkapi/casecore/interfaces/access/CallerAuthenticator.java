package tr.gov.acikkapi.casecore.interfaces.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.SignInThrottle;
import tr.gov.acikkapi.casecore.identity.Role;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Establishes who calls: a channel by its API key (compared by hash, in constant time), or a member of
 * staff by HTTP Basic, validated through Jakarta Security's {@link IdentityStoreHandler} against the same
 * users and roles as the console's sign-in, after the {@link SignInThrottle} allowed the attempt (else 429 before any
 * password hash). Wrong credentials are refused at once (401); no credentials
 * leave the caller unknown, for the resource to decide.
 */
@ApplicationScoped
public class CallerAuthenticator {

    private static final Logger LOG = Logger.getLogger(CallerAuthenticator.class);
    private static final String BASIC = "basic ";

    @Inject
    ApiKeys keys;

    @Inject
    Instance<IdentityStoreHandler> identityStores;

    @Inject
    SignInThrottle throttle;

    /** The caller for credentials whose source address is not known (a key in a form); see the three-argument form. */
    public Optional<ApiCaller> authenticate(String apiKey, String authorization) {
        return authenticate(apiKey, authorization, null);
    }

    /**
     * The caller for the credentials given, empty when none are given.
     *
     * @param apiKey        the presented API key (header {@code X-Api-Key}, or Open311's {@code api_key}); may be null
     * @param authorization the {@code Authorization} header; may be null
     * @param address       the client's address, as the server sees it (the proxy's forwarded address behind one)
     */
    public Optional<ApiCaller> authenticate(String apiKey, String authorization, String address) {
        boolean hasKey = apiKey != null && !apiKey.isEmpty();
        boolean hasBasic = authorization != null && !authorization.isBlank();
        if (hasKey && hasBasic) {
            throw ApiProblem.badRequest("AMBIGUOUS_CREDENTIALS",
                    "Hem API anahtarı hem kullanıcı adı ve parola gönderilmiş; yalnızca birini gönderin.", null);
        }
        if (hasKey) {
            return Optional.of(keys.keyOf(apiKey)
                    .<ApiCaller>map(key -> new ApiCaller.ChannelMachine(key.channel(), key.scopes()))
                    .orElseThrow(() -> ApiProblem.unauthorized("INVALID_API_KEY", "API anahtarı geçersiz.")));
        }
        if (hasBasic) {
            return Optional.of(staff(authorization, address));
        }
        return Optional.empty();
    }

    private ApiCaller staff(String authorization, String address) {
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw ApiProblem.unauthorized("UNSUPPORTED_AUTHENTICATION",
                    "Yalnızca HTTP Basic kimlik doğrulaması ve X-Api-Key başlığı desteklenir.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCredentials();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw invalidCredentials();
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (!identityStores.isResolvable()) {
            LOG.error("No IdentityStoreHandler in the deployment: HTTP Basic sign-in to the API is impossible");
            throw invalidCredentials();
        }
        Optional<Duration> wait = throttle.refusal(username, address);
        if (wait.isPresent()) {
            LOG.infof("API sign-in for user name %s from %s refused unchecked: throttled", username, address);
            throw ApiProblem.tooManyRequests("SIGN_IN_THROTTLED", "Çok fazla hatalı giriş denemesi: " + wait.get().toSeconds()
                    + " saniye sonra yeniden deneyin.", wait.get());
        }
        CredentialValidationResult result = identityStores.get().validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.infof("API sign-in refused for user name %s", username);
            throttle.failed(username, address);
            throw invalidCredentials();
        }
        throttle.succeeded(username);
        return new ApiCaller.StaffMember(result.getCallerPrincipal().getName(), roles(result.getCallerGroups()));
    }

    private static Set<Role> roles(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (groups.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static ApiProblem invalidCredentials() {
        return ApiProblem.unauthorized("INVALID_CREDENTIALS", "Kullanıcı adı veya parola hatalı.");
    }
}
