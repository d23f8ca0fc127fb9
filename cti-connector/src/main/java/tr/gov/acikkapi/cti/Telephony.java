package tr.gov.acikkapi.cti;

/**
 * What the console can ask the PBX to do. Each call is synchronous but bounded (the link's action
 * timeout) and never throws for a PBX problem: it returns a {@link TelephonyResult} with the PBX's
 * reason. Interfaces are queue member interfaces ({@code Local/1001@agents}, {@code PJSIP/1003}),
 * channels are live channel names as the CTI events and the PBX report them.
 */
public interface Telephony {

    /** Click-to-dial: rings the agent's phone first, then dials the citizen. */
    TelephonyResult originate(String agentInterface, String citizenNumber, String callerIdName);

    /** Puts the agent on a break in the queue (all queues if {@code queue} is empty), with a reason. */
    TelephonyResult pause(String agentInterface, String queue, String reason);

    /** Ends the agent's break. */
    TelephonyResult unpause(String agentInterface, String queue);

    /** Adds the agent's phone to a queue as a dynamic member ({@code QueueAdd}). */
    TelephonyResult queueLogin(String agentInterface, String queue);

    /** Removes the agent's phone from a queue ({@code QueueRemove}); static members cannot leave. */
    TelephonyResult queueLogout(String agentInterface, String queue);

    /** Hangs up a channel. */
    TelephonyResult hangup(String channel);

    /**
     * A survey call: the PBX dials {@code citizenNumber} through the {@code outbound} context and, when the citizen
     * answers, runs the {@code survey} context with {@code variables} on the channel ({@code ACIKKAPI_TRACKING},
     * {@code ACIKKAPI_CAMPAIGN}, {@code ACIKKAPI_DIAL}). Asynchronous: success means the PBX queued the call; how it
     * ends comes as {@code OriginateResponse} (with {@code actionId}) and {@code Hangup} events. Without a PBX link
     * that can dial, a failure.
     */
    default TelephonyResult originateSurvey(String actionId, String citizenNumber, java.util.Map<String, String> variables,
            String callerId, java.time.Duration ringTimeout) {
        return TelephonyResult.failed("Bu santral bağlantısı anket araması yapamaz.");
    }

    /** Sends a channel to another place in the dialplan ({@code Redirect}), e.g. another agent's extension. */
    TelephonyResult transfer(String channel, String context, String exten);
}
