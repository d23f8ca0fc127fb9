package tr.gov.acikkapi.cti.cluster;

import tr.gov.acikkapi.cti.Telephony;
import tr.gov.acikkapi.cti.TelephonyResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One call of {@link Telephony} as data, so that a node without the PBX link can send it to the node that holds it.
 *
 * @param verb      which method
 * @param arguments its arguments, in the method's order (a {@code null} argument stays {@code null})
 */
public record TelephonyAction(Verb verb, List<String> arguments) {

    /** The methods of {@link Telephony}, with their number of arguments. */
    public enum Verb {
        ORIGINATE(3), PAUSE(3), UNPAUSE(2), QUEUE_LOGIN(2), QUEUE_LOGOUT(2), HANGUP(1), TRANSFER(3);

        private final int arity;

        Verb(int arity) {
            this.arity = arity;
        }
    }

    public TelephonyAction {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(arguments, "arguments");
        if (arguments.size() != verb.arity) {
            throw new IllegalArgumentException(verb + " takes " + verb.arity + " arguments, not " + arguments.size());
        }
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** The action {@code verb(arguments...)}. */
    public static TelephonyAction of(Verb verb, String... arguments) {
        return new TelephonyAction(verb, Arrays.asList(arguments));
    }

    /** Runs the action on {@code telephony}. */
    public TelephonyResult runOn(Telephony telephony) {
        List<String> a = arguments;
        return switch (verb) {
            case ORIGINATE -> telephony.originate(a.get(0), a.get(1), a.get(2));
            case PAUSE -> telephony.pause(a.get(0), a.get(1), a.get(2));
            case UNPAUSE -> telephony.unpause(a.get(0), a.get(1));
            case QUEUE_LOGIN -> telephony.queueLogin(a.get(0), a.get(1));
            case QUEUE_LOGOUT -> telephony.queueLogout(a.get(0), a.get(1));
            case HANGUP -> telephony.hangup(a.get(0));
            case TRANSFER -> telephony.transfer(a.get(0), a.get(1), a.get(2));
        };
    }
}
