package tr.gov.acikkapi.casecore.domain.model.citizen;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.testsupport.DomainFixtures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitizenTest {

    private static final Instant NOW = Instant.parse("2025-05-01T08:00:00Z");

    @Test
    void keepsEachPhoneNumberOnce() {
        Citizen citizen = DomainFixtures.citizen("100000001", "Ayşe", "Yılmaz", NOW);
        assertTrue(citizen.addPhone(PhoneNumber.of("0532 123 45 67"), NOW));
        assertFalse(citizen.addPhone(PhoneNumber.of("+905321234567"), NOW));
        assertTrue(citizen.addPhone(PhoneNumber.of("0312 444 55 66"), NOW));
        assertEquals(List.of(PhoneNumber.of("05321234567"), PhoneNumber.of("03124445566")), citizen.phoneNumbers());
        assertTrue(citizen.hasPhone(PhoneNumber.of("5321234567")));
    }

    @Test
    void completingTheProfileFillsGapsButNeverOverwrites() {
        Citizen citizen = new Citizen(TcKimlikNo.withCheckDigits("100000002"), PersonName.of("Mehmet", "Demir"), null,
                DomainFixtures.ankara(), District.of("Keçiören"), null, null, null, NOW);
        citizen.completeProfile(EmailAddress.of("mehmet@ornek.com.tr"), District.of("Çankaya"), 1960, Gender.MALE, NOW);
        assertEquals(Optional.of(EmailAddress.of("mehmet@ornek.com.tr")), citizen.email());
        assertEquals(Optional.of(District.of("Keçiören")), citizen.district());
        assertEquals(Optional.of(1960), citizen.birthYear());
        assertEquals(Gender.MALE, citizen.gender());
        citizen.completeProfile(EmailAddress.of("baska@ornek.com"), null, 1970, Gender.FEMALE, NOW);
        assertEquals(Optional.of(1960), citizen.birthYear());
        assertEquals("mehmet@ornek.com.tr", citizen.email().orElseThrow().value());
    }

    @Test
    void refusesImpossibleBirthYears() {
        assertEquals(DomainErrorCode.BIRTH_YEAR_INVALID, assertThrows(DomainException.class,
                () -> new Citizen(TcKimlikNo.withCheckDigits("100000003"), PersonName.of("A", "B"), null,
                        DomainFixtures.ankara(), null, 2026, null, null, NOW)).code());
        assertThrows(DomainException.class, () -> new Citizen(TcKimlikNo.withCheckDigits("100000003"), PersonName.of("A", "B"),
                null, DomainFixtures.ankara(), null, 1899, null, null, NOW));
    }

    @Test
    void escortNeedsRoundTripAndDefaultToNone() {
        Citizen citizen = DomainFixtures.citizen("100000004", "Hatice", "Kaya", NOW);
        assertEquals(EscortNeeds.none(), citizen.escortNeeds());
        citizen.changeEscortNeeds(new EscortNeeds(true, false, true, false, false), NOW);
        assertEquals(List.of("Şehit yakını", "Engelli"), citizen.escortNeeds().labels());
        assertTrue(citizen.escortNeeds().any());
        assertFalse(EscortNeeds.none().any());
        assertEquals(List.of("Şehit yakını", "Gazi", "Engelli", "Yaşlı", "Hasta"),
                new EscortNeeds(true, true, true, true, true).labels());
    }

    @Test
    void namesAreValidatedAndFolded() {
        assertEquals("Ayşe Nur Öztürk", PersonName.of("  Ayşe   Nur ", "Öztürk").full());
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, assertThrows(DomainException.class, () -> PersonName.of(" ", "X")).code());
        assertEquals(DomainErrorCode.INVALID_TEXT, assertThrows(DomainException.class, () -> PersonName.of("Ali2", "Veli")).code());
        assertEquals("O'Neil", PersonName.of("Sean", "O'Neil").last());
    }

    @Test
    void emailAddressesArePlausibilityChecked() {
        assertEquals("ad.soyad@ornek.gov.tr", EmailAddress.of(" ad.soyad@ornek.gov.tr ").value());
        for (String bad : new String[] {"ad", "ad@", "ad@ornek", "ad soyad@ornek.com", "a@@b.com", null}) {
            assertEquals(DomainErrorCode.EMAIL_INVALID, assertThrows(DomainException.class, () -> EmailAddress.of(bad)).code());
        }
    }
}
