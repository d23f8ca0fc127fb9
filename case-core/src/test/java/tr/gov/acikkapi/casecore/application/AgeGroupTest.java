package tr.gov.acikkapi.casecore.application;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgeGroupTest {

    @Test
    void bandsMeetWithoutGapsAndUnknownAgesHaveTheirOwnGroup() {
        assertEquals(AgeGroup.UNDER_18, AgeGroup.of(Optional.of(0)));
        assertEquals(AgeGroup.UNDER_18, AgeGroup.of(Optional.of(17)));
        assertEquals(AgeGroup.FROM_18_TO_29, AgeGroup.of(Optional.of(18)));
        assertEquals(AgeGroup.FROM_18_TO_29, AgeGroup.of(Optional.of(29)));
        assertEquals(AgeGroup.FROM_30_TO_44, AgeGroup.of(Optional.of(30)));
        assertEquals(AgeGroup.FROM_45_TO_64, AgeGroup.of(Optional.of(64)));
        assertEquals(AgeGroup.FROM_65, AgeGroup.of(Optional.of(65)));
        assertEquals(AgeGroup.FROM_65, AgeGroup.of(Optional.of(104)));
        assertEquals(AgeGroup.UNDER_18, AgeGroup.of(Optional.of(-1)), "a birth year after the registration counts as 0");
        assertEquals(AgeGroup.UNKNOWN, AgeGroup.of(Optional.empty()));
    }
}
