package tr.gov.acikkapi.console.reports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import tr.gov.acikkapi.casecore.application.EscalatedApplication;
import tr.gov.acikkapi.casecore.application.EscalationFeed;
import tr.gov.acikkapi.console.wallboard.PushThrottle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells the open deadline pages when the deadline watch has sent applications up: subscribes to the case core's
 * {@link EscalationFeed} (its CDI events do not reach the web module) and pushes {@value #ESCALATED} on the
 * application-wide channel {@value #CHANNEL}, at most once a second (a run escalates in batches).
 */
@ApplicationScoped
public class DeadlineBoard {

    /** The push channel of the deadline pages. */
    public static final String CHANNEL = "deadlines";
    /** The push message: applications were escalated. */
    public static final String ESCALATED = "escalated";

    @Inject
    EscalationFeed feed;

    @Inject
    @Push(channel = CHANNEL)
    PushContext channel;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private PushThrottle throttle;
    private final Consumer<EscalatedApplication> listener = this::onEscalated;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        throttle = new PushThrottle(Duration.ofSeconds(1),
                (task, delay) -> scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS), System::nanoTime,
                () -> channel.send(ESCALATED));
        feed.subscribe(listener);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        feed.unsubscribe(listener);
    }

    void onEscalated(EscalatedApplication escalated) {
        throttle.changed();
    }
}
