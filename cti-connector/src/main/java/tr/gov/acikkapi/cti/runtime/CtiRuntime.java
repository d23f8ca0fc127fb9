package tr.gov.acikkapi.cti.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.ami.AmiLink;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;
import tr.gov.acikkapi.cti.ami.AmiTelephony;
import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.survey.SurveyDiallers;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connects to every configured PBX when the application starts, in the background (the deployment never waits for
 * a PBX), and keeps the links up: each PBX has its own {@link CallCorrelator} fed on its own serial lane of the
 * managed executor {@code cti}, and every event it produces is fired as a CDI event (synchronously on that lane, so
 * observers see one PBX's events in order) and handed to the {@link CtiEventBus} for the web module. Connects, watchdogs and resyncs run on the managed scheduler
 * {@code cti}. The first PBX's link carries the survey dialler ({@link SurveyDiallers}), started and stopped with it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CtiRuntime {

    private static final Logger LOG = Logger.getLogger(CtiRuntime.class);

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cti")
    ManagedExecutorService lanes;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/cti")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Config config;

    @Inject
    ConsoleUserDirectory directory;

    @Inject
    Event<CtiEvent> events;

    @Inject
    Clock clock;

    @Inject
    CtiEventBus bus;

    @Inject
    SurveyDiallers surveys;

    private final Map<String, Pbx> pbxs = new LinkedHashMap<>();
    private String configurationError = "";

    /** One PBX as the runtime holds it. */
    record Pbx(AmiLinkConfig config, CallCorrelator correlator, AmiLink link, AmiTelephony telephony) {
    }

    @PostConstruct
    void start() {
        List<AmiLinkConfig> configs;
        try {
            configs = PbxSettings.from(name -> config.getOptionalValue(name, String.class));
        } catch (RuntimeException e) {
            configurationError = e.getMessage();
            LOG.errorf("PBX configuration is wrong, no PBX link started: %s", configurationError);
            return;
        }
        for (AmiLinkConfig link : configs) {
            CallCorrelator correlator = new CallCorrelator(link.server(), directory, clock, this::fire);
            AmiLink ami = new AmiLink(link, surveys.beside(link.server(), correlator, pbxs.isEmpty()), this::fire,
                    scheduler, lanes);
            AmiTelephony telephony = new AmiTelephony(ami, "outbound", Duration.ofSeconds(30));
            pbxs.put(link.server(), new Pbx(link, correlator, ami, telephony));
            ami.start();
            surveys.start(link.server(), telephony, scheduler);
            LOG.infof("PBX link %s started (%s)", link.server(), link);
        }
        if (configs.isEmpty()) {
            LOG.info("AMI is disabled (AMI_ENABLED=false): no PBX link");
        }
    }

    private void fire(CtiEvent event) {
        try {
            events.fire(event);
        } catch (RuntimeException e) {
            LOG.errorf(e, "An observer of %s failed", event.getClass().getSimpleName());
        }
        bus.publish(event);
    }

    @PreDestroy
    void stop() {
        pbxs.values().forEach(pbx -> {
            surveys.stop(pbx.config().server());
            pbx.link().close();
        });
    }

    /** The PBX links by server name, in configuration order. */
    public List<AmiLink> links() {
        return pbxs.values().stream().map(Pbx::link).toList();
    }

    /** Telephony actions on the first configured PBX (click-to-dial, pause, queue login, transfer). */
    public Optional<Telephony> telephony() {
        return pbxs.values().stream().findFirst().map(Pbx::telephony);
    }

    /** Why no link was started, empty when the configuration is fine. */
    public String configurationError() {
        return configurationError;
    }
}
