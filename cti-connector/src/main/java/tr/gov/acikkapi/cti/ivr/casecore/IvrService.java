package tr.gov.acikkapi.cti.ivr.casecore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.AttemptLedger;
import tr.gov.acikkapi.cti.ivr.IvrScripts;
import tr.gov.acikkapi.cti.ivr.IvrServer;
import tr.gov.acikkapi.cti.ivr.IvrSettings;

import java.util.OptionalInt;

/**
 * Runs the FastAGI IVR server for as long as the application is deployed, on the container's threads: sessions on
 * the managed executor {@code java:jboss/ee/concurrency/executor/ivr} (long-running tasks, sized by the provisioning
 * script), the accept loop on a managed thread. Settings are the {@code ACIKKAPI_IVR_*} keys, from the environment or
 * system properties. The status line's throttle counts in the database ({@link LedgerCallerThrottle}), so the nodes of a
 * cluster count together. A port that cannot be bound is logged and reported by the readiness check; the rest of the
 * application keeps running.
 */
@Singleton
@Startup
public class IvrService {

    private static final Logger LOG = Logger.getLogger(IvrService.class);

    @Resource(lookup = "java:jboss/ee/concurrency/executor/ivr")
    ManagedExecutorService sessions;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    @Inject
    Config config;

    @Inject
    CaseCoreIvrCases cases;

    @Inject
    TrackingNumberRule trackingNumbers;

    @Inject
    AuditedIvrAttempts audit;

    @EJB
    AttemptLedger ledger;

    private IvrServer server;
    private String failure = "";

    @PostConstruct
    void start() {
        try {
            IvrSettings settings = IvrSettings.from(name -> config.getOptionalValue(name, String.class).orElse(null));
            server = new IvrServer(settings, IvrScripts.create(settings, cases, trackingNumbers, audit,
                    new LedgerCallerThrottle(ledger, settings.throttleFailures(), settings.throttleWindow())), sessions, threads);
            server.start();
            LOG.infof("FastAGI IVR listening on %s:%d", settings.bindAddress(), server.port().orElse(settings.port()));
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.errorf("FastAGI IVR not started: %s", failure);
        }
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Whether the IVR accepts calls now. */
    public boolean running() {
        return server != null && server.isRunning();
    }

    /** The port it listens on, once started. */
    public OptionalInt port() {
        return server == null ? OptionalInt.empty() : server.port();
    }

    /** Why it is not running, empty when it is. */
    public String failure() {
        return running() ? "" : failure;
    }

    public int openSessions() {
        return server == null ? 0 : server.openSessions();
    }
}
