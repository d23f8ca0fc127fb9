package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.RedirectAction;
import tr.gov.acikkapi.cti.CtiConfigurationException;
import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@link Telephony} over the {@link AmiLink} of one PBX. Every argument is checked before it reaches
 * the wire (no line breaks, which would inject AMI headers; dialable characters only in numbers), and
 * a refusal is a {@link TelephonyResult} with a Turkish reason, not an exception.
 *
 * <p>Click-to-dial originates on the agent's interface into {@code outboundContext} with the citizen's
 * number as extension, asynchronously: the agent's phone rings first, the citizen is dialled when the
 * agent answers (as in the recorded originate-callback).
 */
public final class AmiTelephony implements Telephony {

    private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9*#]{2,32}");
    /** The dialplan context a survey call runs in once the citizen answers. */
    public static final String SURVEY_CONTEXT = "survey";
    private static final Pattern TOKEN = Pattern.compile("[^\\r\\n]{1,200}");

    private final AmiLink link;
    private final String outboundContext;
    private final Duration ringTimeout;

    /**
     * @param link            the PBX's link
     * @param outboundContext dialplan context that dials citizens (e.g. {@code outbound})
     * @param ringTimeout     how long the agent's phone may ring for a click-to-dial
     */
    public AmiTelephony(AmiLink link, String outboundContext, Duration ringTimeout) {
        this.link = Objects.requireNonNull(link, "link");
        if (outboundContext == null || !TOKEN.matcher(outboundContext).matches() || outboundContext.isBlank()) {
            throw new CtiConfigurationException("The outbound dialplan context is empty or not valid.");
        }
        this.outboundContext = outboundContext;
        this.ringTimeout = Objects.requireNonNull(ringTimeout, "ringTimeout");
    }

    @Override
    public TelephonyResult originate(String agentInterface, String citizenNumber, String callerIdName) {
        if (!valid(agentInterface)) {
            return invalid("temsilci arayüzü");
        }
        if (citizenNumber == null || !DIALABLE.matcher(citizenNumber).matches()) {
            return TelephonyResult.failed("Aranacak numara geçersiz: yalnızca rakam, başta + ve * # olabilir.");
        }
        String name = callerIdName == null || callerIdName.isBlank() ? "Vatandaş" : callerIdName;
        if (!valid(name) || name.contains("\"") || name.contains("<")) {
            return invalid("arayan adı");
        }
        OriginateAction action = new OriginateAction();
        action.setChannel(agentInterface);
        action.setContext(outboundContext);
        action.setExten(citizenNumber);
        action.setPriority(1);
        action.setCallerId("\"" + name + "\" <" + citizenNumber + ">");
        action.setTimeout(ringTimeout.toMillis());
        action.setAsync(true);
        return link.perform(action);
    }

    /**
     * {@code Originate Channel=Local/<number>@<outbound> Context=survey Exten=s Priority=1} with the variables, as
     * docs/src/asterisk.md documents it; the caller ID is {@code "Açık Kapı" <callerId>}.
     */
    @Override
    public TelephonyResult originateSurvey(String actionId, String citizenNumber, java.util.Map<String, String> variables,
            String callerId, Duration ringTimeout) {
        if (citizenNumber == null || !DIALABLE.matcher(citizenNumber).matches()) {
            return TelephonyResult.failed("Aranacak numara geçersiz: yalnızca rakam, başta + ve * # olabilir.");
        }
        if (!valid(actionId) || callerId == null || !DIALABLE.matcher(callerId).matches()) {
            return invalid("işlem kimliği veya arayan numarası");
        }
        for (java.util.Map.Entry<String, String> v : variables.entrySet()) {
            if (!valid(v.getKey()) || !valid(v.getValue()) || v.getValue().contains(",") || v.getKey().contains("=")) {
                return invalid("kanal değişkeni");
            }
        }
        OriginateAction action = new OriginateAction();
        action.setActionId(actionId);
        action.setChannel("Local/" + citizenNumber + "@" + outboundContext);
        action.setContext(SURVEY_CONTEXT);
        action.setExten("s");
        action.setPriority(1);
        action.setCallerId("\"Açık Kapı\" <" + callerId + ">");
        action.setVariables(new java.util.LinkedHashMap<>(variables));
        action.setTimeout(ringTimeout.toMillis());
        action.setAsync(true);
        return link.perform(action);
    }

    @Override
    public TelephonyResult pause(String agentInterface, String queue, String reason) {
        return pause(agentInterface, queue, true, reason);
    }

    @Override
    public TelephonyResult unpause(String agentInterface, String queue) {
        return pause(agentInterface, queue, false, null);
    }

    private TelephonyResult pause(String agentInterface, String queue, boolean paused, String reason) {
        if (!valid(agentInterface)) {
            return invalid("temsilci arayüzü");
        }
        if (queue != null && !queue.isEmpty() && !valid(queue)) {
            return invalid("kuyruk");
        }
        if (reason != null && !reason.isEmpty() && !valid(reason)) {
            return invalid("mola nedeni");
        }
        QueuePauseAction action = new QueuePauseAction(agentInterface, queue == null || queue.isEmpty() ? null : queue,
                paused);
        if (reason != null && !reason.isEmpty()) {
            action.setReason(reason);
        }
        return link.perform(action);
    }

    @Override
    public TelephonyResult queueLogin(String agentInterface, String queue) {
        if (!valid(agentInterface) || !valid(queue)) {
            return invalid("temsilci arayüzü veya kuyruk");
        }
        return link.perform(new QueueAddAction(queue, agentInterface));
    }

    @Override
    public TelephonyResult queueLogout(String agentInterface, String queue) {
        if (!valid(agentInterface) || !valid(queue)) {
            return invalid("temsilci arayüzü veya kuyruk");
        }
        return link.perform(new QueueRemoveAction(queue, agentInterface));
    }

    @Override
    public TelephonyResult hangup(String channel) {
        if (!valid(channel)) {
            return invalid("kanal");
        }
        return perform(new HangupAction(channel));
    }

    @Override
    public TelephonyResult transfer(String channel, String context, String exten) {
        if (!valid(channel) || !valid(context) || !valid(exten)) {
            return invalid("kanal, bağlam veya dahili");
        }
        return perform(new RedirectAction(channel, context, exten, 1));
    }

    private TelephonyResult perform(ManagerAction action) {
        return link.perform(action);
    }

    private static boolean valid(String value) {
        return value != null && !value.isBlank() && TOKEN.matcher(value).matches();
    }

    private static TelephonyResult invalid(String what) {
        return TelephonyResult.failed("Geçersiz " + what + ": boş olamaz, satır sonu içeremez.");
    }
}
