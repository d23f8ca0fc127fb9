package tr.gov.acikkapi.cti.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.CallsInProgress;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.agent.AgentDirectory;
import tr.gov.acikkapi.cti.ami.AmiLink;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;
import tr.gov.acikkapi.cti.ami.AmiTelephony;
import tr.gov.acikkapi.cti.call.CallCorrelator;
import tr.gov.acikkapi.cti.event.CallAnswered;
import tr.gov.acikkapi.cti.event.CallOffered;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.survey.SurveyDiallers;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PBX links of this node. Every configured PBX's link is a cluster singleton ({@link PbxLinkSingletons}): it runs
 * on the one node WildFly's singleton subsystem elects (a node alone elects itself), and that node's runtime opens it,
 * in the background (the deployment never waits for a PBX): a fresh {@link CallCorrelator} and {@link AmiLink} (a
 * fresh asterisk-java connection), which logs in, resynchronises with {@code QueueStatus} and
 * {@code CoreShowChannels} and carries on; when the node is no longer elected (it stops, or the cluster chose another)
 * the runtime closes the link (logs off) before the next node opens its own. The calls in progress that a holder
 * saw enter a queue are kept in the database ({@link CallsInProgress}); the next holder takes them up before its
 * first resync, so that a call that ended while no node held the link still gets its record.
 *
 * <p>Each held link's correlator is fed on its own serial lane of the managed executor {@code cti}, and every event it
 * produces is fired as a CDI event (synchronously on that lane, so observers see one PBX's events in order) and handed
 * to the {@link CtiEventBus} for the web module. Connects, watchdogs and resyncs run on the managed scheduler
 * {@code cti}. The singleton services call in on WildFly's own threads; the runtime hands them a contextual proxy
 * (the application's EE context) so that the link's tasks run as they would from the runtime itself. Other beans
 * use its own methods ({@code @LocalBean}). The first PBX's link carries the survey dialler ({@link SurveyDiallers}),
 * started and stopped with it on the node that holds it.
 */
@Singleton
@Startup
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CtiRuntime implements LinkElection.Holder {

    private static final Logger LOG = Logger.getLogger(CtiRuntime.class);
    /**
     * How long a node giving a link up waits for the events it has read but not yet handled: WildFly starts the link on
     * the next node only after this node's stop returned, so what is handled here is noted for the next holder.
     */
    private static final Duration HANDOVER_WAIT = Duration.ofSeconds(30);

    @Resource(lookup = "java:jboss/ee/concurrency/executor/cti")
    ManagedExecutorService lanes;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/cti")
    ManagedScheduledExecutorService scheduler;

    @Resource
    ContextService contexts;

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
    CallsInProgress callsInProgress;

    @Inject
    SurveyDiallers surveys;

    private final Map<String, AmiLinkConfig> configured = new LinkedHashMap<>();
    private final Map<String, Pbx> held = new ConcurrentHashMap<>();
    private LinkElection.Holder registered;
    private String configurationError = "";

    /** One PBX whose link this node holds. */
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
        configs.forEach(link -> configured.put(link.server(), link));
        if (configs.isEmpty()) {
            LOG.info("AMI is disabled (AMI_ENABLED=false): no PBX link");
            return;
        }
        LOG.infof("PBX links configured: %s; each runs on the node the cluster elects", configured.keySet());
        registered = contexts.createContextualProxy(this, LinkElection.Holder.class);
        LinkElection.register(registered);
    }

    @Override
    public synchronized void take(String server) {
        AmiLinkConfig link = configured.get(server);
        if (link == null || held.containsKey(server)) {
            return;
        }
        CallCorrelator correlator = new CallCorrelator(link.server(), directory, clock, event -> fire(server, event));
        int adopted = adoptCallsInProgress(server, correlator);
        boolean first = configured.keySet().iterator().next().equals(server);
        AmiLink ami = new AmiLink(link, surveys.beside(server, correlator, first), event -> fire(server, event), scheduler,
                lanes);
        AmiTelephony telephony = new AmiTelephony(ami, "outbound", Duration.ofSeconds(30));
        held.put(server, new Pbx(link, correlator, ami, telephony));
        ami.start();
        surveys.start(server, telephony, scheduler);
        LOG.infof("This node now holds the PBX link %s (%s); %d call(s) in progress taken up", server, link, adopted);
    }

    /**
     * The calls in progress that the link's previous holder saw begin ({@link CallsInProgress}): the first resync ends
     * those the PBX no longer has with their record and follows the others on. Without the database the link starts
     * without them (the calls that ended meanwhile then have no record).
     */
    private int adoptCallsInProgress(String server, CallCorrelator correlator) {
        try {
            List<CallsInProgress.CallInProgress> calls = callsInProgress.on(server);
            calls.forEach(call -> correlator.adopt(call.call().linkedid(), call.callerRaw(), call.queue(), call.enteredAt(),
                    call.agentInterface(), call.answeredAt()));
            return calls.size();
        } catch (RuntimeException e) {
            LOG.warnf("The calls in progress on %s could not be read (%s): the link starts without them", server,
                    e.getMessage());
            return 0;
        }
    }

    @Override
    public synchronized void release(String server) {
        Pbx pbx = held.remove(server);
        if (pbx != null) {
            surveys.stop(server);
            int backlog = pbx.link().laneBacklog();
            pbx.link().close();
            if (pbx.link().awaitHandled(HANDOVER_WAIT)) {
                LOG.infof("This node no longer holds the PBX link %s: closed, its %d waiting event(s) handled", server,
                        backlog);
            } else {
                LOG.warnf("This node no longer holds the PBX link %s: closed, but its %d waiting event(s) were not all "
                        + "handled within %s; the next holder's resync covers the calls it still sees", server, backlog,
                        HANDOVER_WAIT);
            }
        }
    }

    private void fire(String server, CtiEvent event) {
        try {
            events.fire(event);
        } catch (RuntimeException e) {
            LOG.errorf(e, "An observer of %s failed", event.getClass().getSimpleName());
        }
        bus.publish(event);
        keepInProgress(server, event);
    }

    /**
     * Notes a call's entry and answer in {@link CallsInProgress}, after the pop has gone out, for the node that may take
     * the link over. A failure (the database is away) costs only that hand-over; it is logged at debug level, since
     * during an outage it would repeat for every call.
     */
    private void keepInProgress(String server, CtiEvent event) {
        try {
            if (event instanceof CallOffered offered) {
                callsInProgress.offered(new CallKey(server, offered.linkedid()), offered.callerNumber(), offered.queue(),
                        offered.at());
            } else if (event instanceof CallAnswered answered) {
                Optional.ofNullable(held.get(server))
                        .flatMap(pbx -> pbx.correlator().agentChannel(answered.linkedid()))
                        .ifPresent(channel -> callsInProgress.answered(new CallKey(server, answered.linkedid()),
                                AgentDirectory.interfaceOf(channel), answered.at()));
            }
        } catch (RuntimeException e) {
            LOG.debugf("Call %s not kept in progress: %s", event, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (registered != null) {
            LinkElection.unregister(registered);
        }
        List.copyOf(held.keySet()).forEach(this::release);
    }

    /** The configured PBX servers' names, in configuration order (empty with {@code AMI_ENABLED=false}). */
    public List<String> configuredServers() {
        return List.copyOf(configured.keySet());
    }

    /** The links this node holds now, in configuration order. */
    public List<AmiLink> links() {
        return configured.keySet().stream().map(held::get).filter(Objects::nonNull).map(Pbx::link).toList();
    }

    /** How many calls this node's link to {@code server} follows now (0 without a link); read for the node's metrics. */
    public int liveCalls(String server) {
        Pbx pbx = held.get(server);
        return pbx == null ? 0 : pbx.correlator().liveCallCount();
    }

    /**
     * The node that holds {@code server}'s link now: this node's name when it holds it, else as the cluster answers
     * (one call to every member). Empty when no node holds it, or the server is not configured.
     */
    public Optional<String> holderOf(String server) {
        if (!configured.containsKey(server)) {
            return Optional.empty();
        }
        return LinkElection.holderOf(server);
    }

    /** Whether this node holds {@code server}'s link now. */
    public boolean holds(String server) {
        return held.containsKey(server);
    }

    /** Telephony actions on the first configured PBX when this node holds its link (click-to-dial, pause, transfer). */
    public Optional<Telephony> telephony() {
        return configured.keySet().stream().findFirst().map(held::get).map(Pbx::telephony);
    }

    /** Why no link was started, empty when the configuration is fine. */
    public String configurationError() {
        return configurationError;
    }
}
