package tr.gov.acikkapi.cti.ivr;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the queue needs to know about a caller found by caller ID: the escort flags of the citizen, how many
 * of their applications are open, and how many of those are past their 7-day deadline.
 *
 * @param escortFlags the citizen's escort service flags (copied; empty when none)
 * @param openApplications applications not yet concluded (escalated ones included)
 * @param overdueOpenApplications open applications whose deadline has passed; never more than the open ones
 */
public record CallerProfile(Set<EscortFlag> escortFlags, int openApplications, int overdueOpenApplications) {

    public CallerProfile {
        escortFlags = escortFlags == null || escortFlags.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(escortFlags));
        if (openApplications < 0 || overdueOpenApplications < 0 || overdueOpenApplications > openApplications) {
            throw new IllegalArgumentException("Arayan profili tutarsız: açık başvuru " + openApplications
                    + ", süresi geçmiş açık başvuru " + overdueOpenApplications + ".");
        }
    }

    /** A caller the case core knows nothing about: no flags, no applications. */
    public static CallerProfile unknown() {
        return new CallerProfile(Set.of(), 0, 0);
    }
}
