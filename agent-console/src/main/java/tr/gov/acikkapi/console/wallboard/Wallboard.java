package tr.gov.acikkapi.console.wallboard;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.cti.event.CtiEvent;
import tr.gov.acikkapi.cti.event.CtiEventListener;
import tr.gov.acikkapi.cti.runtime.CtiEventBus;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

/**
 * The wallboard of the whole application: subscribes to the {@link CtiEventBus} when the console starts (CDI
 * events of the connector do not reach the web module), folds every event into one {@link WallboardModel}, and tells
 * the open wallboard pages on the application-wide channel {@value #CHANNEL} that something changed, at most about
 * five times a second. The pages then re-render from {@link #view()}.
 */
@ApplicationScoped
public class Wallboard {

    /** The push channel of the wallboard pages. */
    public static final String CHANNEL = "wallboard";
    /** The push message: the model changed. */
    public static final String CHANGED = "changed";
    /** Least time between two pushes. */
    static final Duration PUSH_GAP = Duration.ofMillis(200);

    private static final Logger LOG = Logger.getLogger(Wallboard.class);
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Inject
    CtiEventBus bus;

    @Inject
    WallboardSettings settings;

    @Inject
    @Push(channel = CHANNEL)
    PushContext channel;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private WallboardModel model;
    private PushThrottle throttle;
    private final CtiEventListener listener = this::onCtiEvent;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        model = new WallboardModel(Clock.systemUTC(), ISTANBUL, Duration.ofSeconds(settings.serviceLevelSeconds()));
        throttle = new PushThrottle(PUSH_GAP, (task, delay) -> scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS),
                System::nanoTime, this::push);
        bus.subscribe(listener);
        LOG.infof("Wallboard listening to CTI events (service level within %d s)", settings.serviceLevelSeconds());
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        bus.unsubscribe(listener);
    }

    /** Our CTI events, on the PBX's event lane. */
    void onCtiEvent(CtiEvent event) {
        model.apply(event);
        throttle.changed();
    }

    /** What the wallboard shows now. */
    public WallboardView view() {
        return model.view();
    }

    /** The service-level threshold the counters use, in seconds. */
    public long serviceLevelSeconds() {
        return model.serviceLevelSeconds();
    }

    private void push() {
        channel.send(CHANGED);
    }
}
