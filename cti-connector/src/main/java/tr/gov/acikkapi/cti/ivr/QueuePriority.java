package tr.gov.acikkapi.cti.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.NamedAgiScript;
import org.jboss.logging.Logger;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code priority} script, run by the dialplan just before {@code Queue()}: it looks the caller up by
 * caller ID and sets three channel variables.
 * <ul>
 *   <li>{@code ACIKKAPI_PRIORITY}: the queue priority (Asterisk's {@code QUEUE_PRIO}; higher is served
 *       first): {@code escortPriority} if the citizen has any escort flag, plus {@code overduePriority} if one
 *       of their open applications is past its deadline; 0 otherwise.</li>
 *   <li>{@code ACIKKAPI_OPEN_APPS}: how many of the citizen's applications are open.</li>
 *   <li>{@code ACIKKAPI_ESCORT}: the escort flags as a comma list of {@link EscortFlag#code()}, or empty.</li>
 * </ul>
 * An unknown or withheld caller gets 0, 0 and empty. It never fails the call: whatever goes wrong in the
 * lookup, the defaults are set and one line is logged. It does not answer the channel.
 */
public final class QueuePriority implements NamedAgiScript {

    /** The script name in {@code agi://host:port/priority}. */
    public static final String NAME = "priority";
    public static final String PRIORITY_VARIABLE = "ACIKKAPI_PRIORITY";
    public static final String OPEN_APPS_VARIABLE = "ACIKKAPI_OPEN_APPS";
    public static final String ESCORT_VARIABLE = "ACIKKAPI_ESCORT";

    private static final Logger LOG = Logger.getLogger(QueuePriority.class);

    private final IvrCases cases;
    private final int escortPriority;
    private final int overduePriority;

    /**
     * @param escortPriority added for a caller with any escort flag
     * @param overduePriority added for a caller with an open application past its deadline
     */
    public QueuePriority(IvrCases cases, int escortPriority, int overduePriority) {
        if (escortPriority < 0 || overduePriority < 0) {
            throw new IllegalArgumentException("Kuyruk önceliği katsayıları negatif olamaz.");
        }
        this.cases = Objects.requireNonNull(cases, "cases");
        this.escortPriority = escortPriority;
        this.overduePriority = overduePriority;
    }

    /** The script with the priorities of the settings. */
    public static QueuePriority of(IvrCases cases, IvrSettings settings) {
        return new QueuePriority(cases, settings.escortPriority(), settings.overduePriority());
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** The queue priority for a profile. */
    public int priorityOf(CallerProfile profile) {
        int priority = 0;
        if (!profile.escortFlags().isEmpty()) {
            priority += escortPriority;
        }
        if (profile.overdueOpenApplications() > 0) {
            priority += overduePriority;
        }
        return priority;
    }

    /** The comma list the dialplan sees, in {@link EscortFlag} order. */
    static String escortList(CallerProfile profile) {
        return profile.escortFlags().stream().sorted().map(EscortFlag::code).collect(Collectors.joining(","));
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        CallerProfile profile = lookUp(CallerId.of(request), request);
        Dialogue dialogue = new Dialogue(channel, request.getLanguage());
        try {
            dialogue.set(PRIORITY_VARIABLE, Integer.toString(priorityOf(profile)));
            dialogue.set(OPEN_APPS_VARIABLE, Integer.toString(profile.openApplications()));
            dialogue.set(ESCORT_VARIABLE, escortList(profile));
        } catch (AgiHangupException e) {
            LOG.debugf("Queue priority: the caller hung up before queueing (%s)", request.getChannel());
        } catch (AgiException e) {
            LOG.warnf("Queue priority: the variables could not be set (%s): %s", request.getChannel(), e.getMessage());
        }
    }

    private CallerProfile lookUp(CallerId caller, AgiRequest request) {
        Optional<String> number = caller.usableNumber();
        if (number.isEmpty()) {
            return CallerProfile.unknown();
        }
        try {
            return cases.callerProfile(number.get()).orElse(CallerProfile.unknown());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Queue priority: the caller could not be looked up, default priority given (%s)",
                    request.getChannel());
            return CallerProfile.unknown();
        }
    }
}
