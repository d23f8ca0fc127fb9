package tr.gov.acikkapi.casecore.interfaces.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;

import java.util.Optional;

/**
 * The channels' API keys as configured: {@code acikkapi.api.keys} (environment {@code ACIKKAPI_API_KEYS}),
 * read once at start. In demo mode ({@code acikkapi.demo=true}), and only then, the fixed demo keys are
 * accepted when no key is configured. A malformed configuration is logged and refuses every key.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    @Inject
    @ConfigProperty(name = "acikkapi.api.keys")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "acikkapi.demo", defaultValue = "false")
    boolean demo;

    private ApiKeyRing ring = ApiKeyRing.empty();

    @PostConstruct
    void load() {
        ring = choose(configured, demo);
    }

    /** The ring for a configuration: configured keys; else the demo keys in demo mode; else none. */
    static ApiKeyRing choose(Optional<String> configuration, boolean demoMode) {
        ApiKeyRing parsed;
        try {
            parsed = ApiKeyRing.parse(configuration.orElse(null));
        } catch (IllegalArgumentException e) {
            LOG.errorf("ACIKKAPI_API_KEYS is malformed, every API key is refused: %s", e.getMessage());
            return ApiKeyRing.empty();
        }
        if (!parsed.isEmpty()) {
            LOG.infof("API keys configured for the channels %s", parsed.channels());
            return parsed;
        }
        if (demoMode) {
            LOG.info("Demo mode and no ACIKKAPI_API_KEYS: the documented demo API keys are accepted");
            return ApiKeyRing.demo();
        }
        LOG.info("No API keys configured (ACIKKAPI_API_KEYS): channels cannot use the API, staff can with HTTP Basic");
        return parsed;
    }

    /** The channel whose key this is, if it is one. */
    public Optional<IntakeChannel> channelOf(String presentedKey) {
        return ring.channelOf(presentedKey);
    }

    /** The channel and scopes of this key, if it is one. */
    public Optional<ApiKeyRing.ChannelKey> keyOf(String presentedKey) {
        return ring.keyOf(presentedKey);
    }
}
