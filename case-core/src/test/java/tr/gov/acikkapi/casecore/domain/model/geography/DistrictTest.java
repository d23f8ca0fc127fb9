package tr.gov.acikkapi.casecore.domain.model.geography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DistrictTest {

    @ParameterizedTest
    @ValueSource(strings = {"Çankaya", "ÇANKAYA", "çankaya", "  çankaya  "})
    void writesDistrictsInTurkishTitleCase(String typed) {
        assertEquals("Çankaya", District.of(typed).name());
    }

    @Test
    void usesTurkishCaseRulesForDottedAndDotlessI() {
        assertEquals("İnegöl", District.of("İNEGÖL").name());
        assertEquals("Iğdır Merkez", District.of("IĞDIR MERKEZ").name());
        assertEquals("Işıklar", District.of("ışıklar").name());
    }

    @Test
    void keepsDigitsHyphensAndFoldsSpaces() {
        assertEquals("19 Mayıs", District.of("19   mayıs").name());
        assertEquals("Ereğli-Merkez", District.of("EREĞLİ-MERKEZ").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "Çankaya!", "<script>", "-Çankaya"})
    void refusesWhatIsNotADistrictName(String typed) {
        assertEquals(DomainErrorCode.DISTRICT_INVALID, assertThrows(DomainException.class, () -> District.of(typed)).code());
    }

    @Test
    void refusesEmptyAndTooLong() {
        assertThrows(DomainException.class, () -> District.of("  "));
        assertThrows(DomainException.class, () -> District.of(null));
        assertThrows(DomainException.class, () -> District.of("a".repeat(61)));
    }

    @Test
    void theCanonicalConstructorAcceptsOnlyTheNormalisedForm() {
        assertThrows(DomainException.class, () -> new District("ÇANKAYA"));
        assertEquals("Çankaya", new District("Çankaya").name());
    }
}
