package tr.gov.acikkapi.casecore.application;

import java.util.Optional;

/**
 * Age bands of the demographic analysis. The age is the citizen's age in the year the application was registered
 * (registration year minus birth year); a citizen without a birth year is {@link #UNKNOWN}.
 */
public enum AgeGroup {
    UNDER_18(0, 17),
    FROM_18_TO_29(18, 29),
    FROM_30_TO_44(30, 44),
    FROM_45_TO_64(45, 64),
    FROM_65(65, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int lowest;
    private final int highest;

    AgeGroup(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The band of an age, {@link #UNKNOWN} when the age is not known. */
    public static AgeGroup of(Optional<Integer> age) {
        if (age.isEmpty()) {
            return UNKNOWN;
        }
        int a = Math.max(0, age.get());
        for (AgeGroup group : values()) {
            if (group != UNKNOWN && a >= group.lowest && a <= group.highest) {
                return group;
            }
        }
        return UNKNOWN;
    }

    /** The youngest age in the band (-1 for {@link #UNKNOWN}). */
    public int lowest() {
        return lowest;
    }

    /** The oldest age in the band ({@link Integer#MAX_VALUE} for the open-ended last band, -1 for {@link #UNKNOWN}). */
    public int highest() {
        return highest;
    }
}
