package tr.gov.acikkapi.casecore.application;

import java.util.Objects;
import java.util.Optional;

/**
 * Which open applications a supervisor's deadline view covers: all of them, one province's, or one unit's.
 *
 * @param provinceCode the province's plate code, empty for every province
 * @param unitId       the unit the applications are routed to, empty for every unit
 */
public record DeadlineFilter(Optional<Integer> provinceCode, Optional<Integer> unitId) {

    public DeadlineFilter {
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(unitId, "unitId");
    }

    /** Every province and unit. */
    public static DeadlineFilter all() {
        return new DeadlineFilter(Optional.empty(), Optional.empty());
    }

    /** Only what the given (possibly null) province and unit select. */
    public static DeadlineFilter of(Integer provinceCode, Integer unitId) {
        return new DeadlineFilter(Optional.ofNullable(provinceCode), Optional.ofNullable(unitId));
    }
}
