package tr.gov.acikkapi.cti.wrapup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.QueueWrapUps;
import tr.gov.acikkapi.cti.cluster.ClusterRelay;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.event.AgentStateChanged;
import tr.gov.acikkapi.cti.event.CallEnded;
import tr.gov.acikkapi.cti.event.QueueSnapshot;
import tr.gov.acikkapi.cti.outbox.CaseCoreOutbox;
import tr.gov.acikkapi.cti.outbox.OutboxItem;
import tr.gov.acikkapi.cti.runtime.CtiEventBus;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@link WrapUpPeriods} of the application: fed with our CTI events as CDI events (on the PBX's event lane),
 * pausing through the first PBX's {@link Telephony}, writing default dispositions through the {@link CaseCoreOutbox}
 * (behind the call's record, and kept while the database is away). Its timers run on the managed scheduler
 * {@code cti}, its PBX actions and policy reads on the default managed executor. A queue's policy is its row in
 * {@code queue_wrap_up} if it has one, the configuration's otherwise ({@link WrapUpPolicy#fromConfiguration}); while
 * the database cannot be read, the configuration's.
 */
@ApplicationScoped
public class WrapUpService {

    private static final Logger LOG = Logger.getLogger(WrapUpService.class);

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/cti")
    ManagedScheduledExecutorService scheduler;

    /** Where the policy is read and the PBX asked (both may wait): not the scheduler, which keeps the links alive. */
    @Resource
    ManagedExecutorService actions;

    @Inject
    Telephony telephony;

    @Inject
    QueueWrapUps queues;

    @Inject
    CaseCoreOutbox outbox;

    @Inject
    CtiEventBus bus;

    @Inject
    ClusterRelay relay;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private WrapUpPeriods periods;

    @PostConstruct
    void start() {
        WrapUpPolicy configured;
        try {
            configured = WrapUpPolicy.fromConfiguration(name -> config.getOptionalValue(name, String.class));
        } catch (RuntimeException e) {
            LOG.errorf("Wrap-up configuration is wrong, wrap-up is off where the database sets none: %s", e.getMessage());
            configured = WrapUpPolicy.NONE;
        }
        WrapUpPolicy fallback = configured;
        LOG.infof("Wrap-up: at most %d s by default, then disposition %s", fallback.maximum().toSeconds(),
                fallback.defaultDisposition());
        periods = new WrapUpPeriods(telephony, queue -> policyOf(queue, fallback),
                (server, linkedid, code) -> outbox.submit(new OutboxItem.Disposition(server, linkedid, code, true)),
                this::after, actions, bus::publish, clock);
    }

    private WrapUpPolicy policyOf(String queue, WrapUpPolicy fallback) {
        try {
            return queues.of(queue).map(q -> new WrapUpPolicy(Duration.ofSeconds(q.maxSeconds()), q.defaultDisposition()))
                    .orElse(fallback);
        } catch (RuntimeException e) {
            LOG.warnf("Wrap-up settings of queue %s not readable (%s): the configured ones apply", queue, e.getMessage());
            return fallback;
        }
    }

    private Runnable after(Duration delay, Runnable task) {
        ScheduledFuture<?> timer = scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> timer.cancel(false);
    }

    void onEnded(@Observes CallEnded event) {
        periods.onEvent(event);
    }

    void onMember(@Observes AgentStateChanged event) {
        periods.onEvent(event);
    }

    void onQueue(@Observes QueueSnapshot event) {
        periods.onEvent(event);
    }

    /**
     * The agent saved the wrap-up of the call at a desk of this node: see {@link WrapUpPeriods#finish}. In a cluster
     * the other nodes learn it too ({@link ClusterRelay#wrapUpSaved}): the period runs on the node that holds the PBX
     * link, and every node's desks show the call until it is saved. False if no period of it ran on this node.
     */
    public boolean finish(String agent, String linkedid) {
        boolean here = periods.finish(agent, linkedid);
        relay.wrapUpSaved(agent, linkedid);
        return here;
    }

    /** The agent saved the wrap-up of the call at a desk of another node: ends its period if it runs here. */
    public boolean finishHere(String agent, String linkedid) {
        return periods.finish(agent, linkedid);
    }
}
