package tr.gov.acikkapi.cti.agent;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the PBX's name for an agent's phone (a queue member interface such as
 * {@code Local/1001@agents}, a PJSIP endpoint such as {@code PJSIP/1003}, or a live channel of either,
 * such as {@code Local/1001@agents-0000002c;1}) to our user name, the one the console logs in with.
 *
 * <p>Asterisk knows agents only by interface; the rest of the application knows them only by user
 * name. Every CTI event carries the user name where the directory knows it, and the interface string
 * itself where it does not ({@link #agentOrInterface(String)}), so an unmapped phone is still visible.
 */
@FunctionalInterface
public interface AgentDirectory {

    /** A channel name: the interface, then {@code -} and eight hex digits, then {@code ;1}/{@code ;2} for Local. */
    Pattern CHANNEL_SUFFIX = Pattern.compile("-[0-9a-fA-F]{8}(;[12])?$");

    /** Our user name for an interface or a channel of it, if this directory knows it. */
    Optional<String> agentFor(String interfaceOrChannel);

    /** Our user name, or the interface string when the directory does not know the phone. */
    default String agentOrInterface(String interfaceOrChannel) {
        return agentFor(interfaceOrChannel).orElse(interfaceOf(interfaceOrChannel));
    }

    /**
     * The device interface a channel belongs to: {@code Local/1001@agents-0000002c;1} gives
     * {@code Local/1001@agents}, {@code PJSIP/1003-0000001a} gives {@code PJSIP/1003}; an interface
     * without a channel suffix is returned unchanged.
     */
    static String interfaceOf(String interfaceOrChannel) {
        if (interfaceOrChannel == null) {
            return "";
        }
        if (interfaceOrChannel.indexOf('-') < 0) {
            return interfaceOrChannel; // no suffix possible: spares the regex on the event lane, per queue member
        }
        return CHANNEL_SUFFIX.matcher(interfaceOrChannel).replaceFirst("");
    }
}
