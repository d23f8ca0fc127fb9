package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.AttemptLedger;
import tr.gov.acikkapi.casecore.application.SignInThrottle;
import tr.gov.acikkapi.casecore.audit.AuditTrail;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptPolicy;
import tr.gov.acikkapi.casecore.domain.model.access.AttemptState;

import java.time.Duration;
import java.util.Optional;

/**
 * {@link SignInThrottle} on the {@link AttemptLedger}. Per account: {@value #ACCOUNT_FREE} failures in 15 minutes are
 * free, the next ones wait 1 s, 2 s …, the {@value #ACCOUNT_LOCK_AT}th locks the account for 15 minutes (doubling at
 * each further lock, at most 4 hours). Per source address: {@code acikkapi.signin.address-free-failures}
 * ({@code ACIKKAPI_SIGNIN_ADDRESS_FREE_FAILURES}, 30) free failures, then growing waits, and a lock of 15 minutes at
 * twice that many.
 */
@Stateless
public class SignInThrottleBean implements SignInThrottle {

    static final String ACCOUNT_SCOPE = "signin-account";
    static final String ADDRESS_SCOPE = "signin-address";
    static final int ACCOUNT_FREE = 5;
    static final int ACCOUNT_LOCK_AT = 8;

    private static final Logger LOG = Logger.getLogger(SignInThrottleBean.class);
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final AttemptPolicy ACCOUNT = new AttemptPolicy(ACCOUNT_FREE, ACCOUNT_LOCK_AT, WINDOW, Duration.ofSeconds(1),
            WINDOW, Duration.ofHours(4));

    @EJB
    private AttemptLedger ledger;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "acikkapi.signin.address-free-failures", defaultValue = "30")
    int addressFreeFailures;

    @Override
    public Optional<Duration> refusal(String username, String address) {
        Optional<Duration> account = ledger.waitFor(ACCOUNT_SCOPE, subject(username));
        Optional<Duration> source = ledger.waitFor(ADDRESS_SCOPE, subject(address));
        if (account.isPresent() && source.isPresent()) {
            return account.get().compareTo(source.get()) >= 0 ? account : source;
        }
        return account.isPresent() ? account : source;
    }

    @Override
    public void failed(String username, String address) {
        AttemptState account = ledger.count(ACCOUNT_SCOPE, subject(username), ACCOUNT);
        AttemptState source = ledger.count(ADDRESS_SCOPE, subject(address), new AttemptPolicy(addressFreeFailures,
                2 * addressFreeFailures, WINDOW, Duration.ofSeconds(1), WINDOW, Duration.ofHours(4)));
        if (account.justLocked()) {
            LOG.warnf("Sign-in to account %s locked after repeated failures (last from %s)", username, address);
            audit.record(subject(username), "LOCKED", "account", subject(username),
                    "Oturum açma: çok fazla hatalı deneme, son adres " + subject(address));
        }
        if (source.justLocked()) {
            LOG.warnf("Sign-ins from address %s locked after repeated failures", address);
            audit.record(subject(username), "LOCKED", "address", subject(address), "Oturum açma: bu adresten çok fazla hatalı deneme");
        }
    }

    @Override
    public void succeeded(String username) {
        ledger.clear(ACCOUNT_SCOPE, subject(username));
    }

    private static String subject(String text) {
        String given = text == null || text.isBlank() ? "-" : text.strip();
        return given.length() > 60 ? given.substring(0, 60) : given;
    }
}
