package tr.gov.acikkapi.cti.ami;

import org.asteriskjava.manager.event.ManagerEvent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns an asterisk-java {@link ManagerEvent} back into an {@link AmiMessage}: the event name is the
 * class name without {@code Event} ({@code QueueCallerJoinEvent} gives {@code QueueCallerJoin}), each
 * scalar bean property becomes a field named after its getter ({@code getLinkedId()} gives
 * {@code LinkedId}, which {@link AmiMessage#get(String)} finds as {@code Linkedid}).
 *
 * <p>This is the only place where asterisk-java's event classes are read, so their per-class naming
 * quirks ({@code getLinkedid} here, {@code getLinkedId} there, {@code Paused} as a Boolean, the
 * timestamp as a Double) stop here. Getters are looked up once per class and cached.
 *
 * <p>An adapter inside the connector: it takes asterisk-java events in and gives our own messages out,
 * so no asterisk-java type leaves the module through it. It is public only for this module's tests
 * in other packages; the rest of the application has no use for it.
 */
public final class ManagerEventTranslator {

    private static final Set<String> SKIPPED = Set.of("getClass", "getSource", "getDateReceived",
            "getChannelVariables", "getFile", "getLine", "getFunc", "getSequenceNumber", "getServer",
            "getSystemName", "getPrivilege");

    private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> getters = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getName().startsWith("get") && m.getName().length() > 3
                        && !SKIPPED.contains(m.getName()) && isScalar(m.getReturnType())) {
                    getters.add(m);
                }
            }
            getters.sort(Comparator.comparing(Method::getName));
            return List.copyOf(getters);
        }
    };

    private ManagerEventTranslator() {
    }

    /** The AMI event name of an asterisk-java event class. */
    public static String eventName(ManagerEvent event) {
        String simple = event.getClass().getSimpleName();
        return simple.endsWith("Event") ? simple.substring(0, simple.length() - "Event".length()) : simple;
    }

    /** The event as a neutral message; properties that are null or not scalar are left out. */
    public static AmiMessage translate(ManagerEvent event) {
        AmiMessage.Builder b = AmiMessage.event(eventName(event));
        for (Method getter : GETTERS.get(event.getClass())) {
            Object value;
            try {
                value = getter.invoke(event);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            if (value != null) {
                b.add(getter.getName().substring(3), render(value));
            }
        }
        return b.build();
    }

    static String render(Object value) {
        if (value instanceof Double d) {
            return renderMicros(d).orElseGet(() -> new BigDecimal(value.toString()).toPlainString());
        }
        if (value instanceof Float) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        return value.toString();
    }

    /**
     * Every event's {@code Timestamp} is a double that came from text with at most six decimals
     * ({@code 1795896568.257266}): written back from its microseconds, without {@code Double.toString} and
     * {@code BigDecimal}, which took about half of the event lane's CPU in the benchmark's intake profile. Empty when the
     * value is not such a number (whole, negative, too large, or more precise), which then takes the general way.
     */
    private static java.util.Optional<String> renderMicros(double d) {
        if (!(d > 0 && d < 1e10) || d == Math.rint(d)) {
            return java.util.Optional.empty();
        }
        long micros = Math.round(d * 1_000_000);
        if ((double) micros / 1_000_000 != d) {
            return java.util.Optional.empty();
        }
        StringBuilder fraction = new StringBuilder(Long.toString(1_000_000 + micros % 1_000_000).substring(1));
        while (fraction.charAt(fraction.length() - 1) == '0') {
            fraction.setLength(fraction.length() - 1);
        }
        return java.util.Optional.of(micros / 1_000_000 + "." + fraction);
    }

    private static boolean isScalar(Class<?> type) {
        return type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type.isPrimitive() && type != void.class || type.isEnum() || type == Character.class;
    }
}
