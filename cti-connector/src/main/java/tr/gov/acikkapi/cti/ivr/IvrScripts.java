package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.fastagi.NamedAgiScript;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps the script part of a FastAGI URL to our scripts: {@code agi://host:4573/status} to {@link StatusLine},
 * {@code /priority} to {@link QueuePriority}, {@code /survey} to {@link SatisfactionSurvey}. Anything else
 * gets a script that logs one line and returns at once, so the dialplan goes on with
 * {@code AGISTATUS=SUCCESS} and no variable set.
 */
public final class IvrScripts implements MappingStrategy {

    private static final Logger LOG = Logger.getLogger(IvrScripts.class);

    private final Map<String, AgiScript> scripts;
    private final AgiScript unknown = new UnknownScript();

    public IvrScripts(StatusLine statusLine, QueuePriority queuePriority, SatisfactionSurvey survey) {
        this.scripts = Map.of(
                StatusLine.NAME, Objects.requireNonNull(statusLine, "statusLine"),
                QueuePriority.NAME, Objects.requireNonNull(queuePriority, "queuePriority"),
                SatisfactionSurvey.NAME, Objects.requireNonNull(survey, "survey"));
    }

    /**
     * The three scripts over the ports, as the settings describe them, with a throttle in this JVM's memory
     * ({@link InMemoryCallerThrottle}) that lives as long as the returned mapping.
     */
    public static IvrScripts create(IvrSettings settings, IvrCases cases, TrackingNumberCheck check,
                                    IvrAudit audit, Clock clock) {
        return create(settings, cases, check, audit, new InMemoryCallerThrottle(settings.throttleFailures(),
                settings.throttleWindow(), settings.throttleCallers(), clock));
    }

    /** The three scripts over the ports, as the settings describe them, the status line counting in {@code throttle}. */
    public static IvrScripts create(IvrSettings settings, IvrCases cases, TrackingNumberCheck check,
                                    IvrAudit audit, CallerThrottle throttle) {
        return new IvrScripts(
                new StatusLine(cases, check, audit, throttle, settings),
                QueuePriority.of(cases, settings),
                new SatisfactionSurvey(cases, check, audit, settings));
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        return scripts.getOrDefault(scriptName(request), unknown);
    }

    /** {@code status} from {@code status}, {@code /status} or {@code STATUS}; empty when there is none. */
    static String scriptName(AgiRequest request) {
        String script = request.getScript();
        if (script == null) {
            return "";
        }
        String name = script.trim();
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** Answers a request for a script we do not have: one log line, nothing sent. */
    private static final class UnknownScript implements NamedAgiScript {

        @Override
        public String getName() {
            return "unknown";
        }

        @Override
        public void service(AgiRequest request, AgiChannel channel) {
            LOG.warnf("FastAGI: unknown script '%s' requested (%s, context %s); known: %s, %s, %s",
                    request.getScript(), request.getChannel(), request.getContext(),
                    StatusLine.NAME, QueuePriority.NAME, SatisfactionSurvey.NAME);
        }
    }
}
