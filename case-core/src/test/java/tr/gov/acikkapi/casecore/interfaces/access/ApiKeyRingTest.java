package tr.gov.acikkapi.casecore.interfaces.access;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyRingTest {

    private static final String WEB_KEY = "web-portal-key-0123456789";
    private static final String MOBILE_KEY = "mobile-app-key-0123456789";
    private static final String KIOSK_KEY = "kiosk-key-abcdefghijklmn";

    @Test
    void eachKeyIdentifiesItsChannel() {
        ApiKeyRing ring = ApiKeyRing.parse("web:" + WEB_KEY + ",mobile:" + MOBILE_KEY + ", kiosk:" + KIOSK_KEY);
        assertEquals(Optional.of(IntakeChannel.WEB), ring.channelOf(WEB_KEY));
        assertEquals(Optional.of(IntakeChannel.MOBILE), ring.channelOf(MOBILE_KEY));
        assertEquals(Optional.of(IntakeChannel.KIOSK), ring.channelOf(KIOSK_KEY));
        assertEquals(EnumSet.of(IntakeChannel.WEB, IntakeChannel.MOBILE, IntakeChannel.KIOSK), ring.channels());
    }

    @Test
    void unknownEmptyAndNearlyRightKeysAreRefused() {
        ApiKeyRing ring = ApiKeyRing.parse("web:" + WEB_KEY);
        assertEquals(Optional.empty(), ring.channelOf("web-portal-key-012345678"));
        assertEquals(Optional.empty(), ring.channelOf(WEB_KEY + " "));
        assertEquals(Optional.empty(), ring.channelOf(WEB_KEY.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(Optional.empty(), ring.channelOf(""));
        assertEquals(Optional.empty(), ring.channelOf(null));
    }

    @Test
    void aKeyMayBeConfiguredByItsSha256() {
        ApiKeyRing ring = ApiKeyRing.parse("mobile:sha256:" + ApiKeyRing.sha256Hex(MOBILE_KEY));
        assertEquals(Optional.of(IntakeChannel.MOBILE), ring.channelOf(MOBILE_KEY));
        assertEquals(Optional.empty(), ring.channelOf("sha256:" + ApiKeyRing.sha256Hex(MOBILE_KEY)));
    }

    @Test
    void aChannelMayHaveSeveralKeysForRotation() {
        ApiKeyRing ring = ApiKeyRing.parse("web:" + WEB_KEY + ",web:" + KIOSK_KEY);
        assertEquals(Optional.of(IntakeChannel.WEB), ring.channelOf(WEB_KEY));
        assertEquals(Optional.of(IntakeChannel.WEB), ring.channelOf(KIOSK_KEY));
    }

    @Test
    void blankConfigurationGivesAnEmptyRingThatRefusesEverything() {
        ApiKeyRing ring = ApiKeyRing.parse("  ");
        assertTrue(ring.isEmpty());
        assertEquals(Optional.empty(), ring.channelOf(WEB_KEY));
        assertTrue(ApiKeyRing.parse(null).isEmpty());
    }

    @Test
    void malformedEntriesAreRefusedWithoutRepeatingTheKey() {
        IllegalArgumentException unknownChannel = assertThrows(IllegalArgumentException.class,
                () -> ApiKeyRing.parse("web:" + WEB_KEY + ",fax:" + MOBILE_KEY));
        assertTrue(unknownChannel.getMessage().contains("entry 2"), unknownChannel.getMessage());
        assertFalse(unknownChannel.getMessage().contains(MOBILE_KEY));

        assertThrows(IllegalArgumentException.class, () -> ApiKeyRing.parse(WEB_KEY));
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class, () -> ApiKeyRing.parse("web:kisa"));
        assertFalse(shortKey.getMessage().contains("kisa"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeyRing.parse("web:sha256:abc"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeyRing.parse("web:sha256:" + "z".repeat(64)));
    }

    @Test
    void demoRingAcceptsTheDocumentedDemoKeys() {
        ApiKeyRing demo = ApiKeyRing.demo();
        for (IntakeChannel channel : EnumSet.of(IntakeChannel.WEB, IntakeChannel.MOBILE, IntakeChannel.KIOSK)) {
            String key = ApiKeyRing.demoKey(channel).orElseThrow();
            assertEquals(Optional.of(channel), demo.channelOf(key));
        }
        assertEquals("acikkapi-demo-web-key", ApiKeyRing.demoKey(IntakeChannel.WEB).orElseThrow());
        assertEquals(Optional.empty(), ApiKeyRing.demoKey(IntakeChannel.CALL_CENTER));
    }

    @Test
    void sha256HexIsTheLowerCaseDigest() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ApiKeyRing.sha256Hex(""));
    }

    @Test
    void aKioskKeyRegistersOnlyAndScopesCanBeNamedPerKey() {
        ApiKeyRing ring = ApiKeyRing.parse("web:" + WEB_KEY + ",kiosk:" + KIOSK_KEY + ",mobile/register:" + MOBILE_KEY
                + ",kiosk/register+READ:sha256:" + ApiKeyRing.sha256Hex("kiosk-with-reads-0123456"));
        assertEquals(EnumSet.of(ApiScope.REGISTER, ApiScope.READ), ring.keyOf(WEB_KEY).orElseThrow().scopes());
        assertEquals(EnumSet.of(ApiScope.REGISTER), ring.keyOf(KIOSK_KEY).orElseThrow().scopes());
        assertEquals(EnumSet.of(ApiScope.REGISTER), ring.keyOf(MOBILE_KEY).orElseThrow().scopes());
        assertEquals(EnumSet.of(ApiScope.REGISTER, ApiScope.READ), ring.keyOf("kiosk-with-reads-0123456").orElseThrow().scopes());
        assertEquals(EnumSet.of(ApiScope.REGISTER), ApiKeyRing.demo().keyOf(ApiKeyRing.demoKey(IntakeChannel.KIOSK).orElseThrow())
                .orElseThrow().scopes(), "the demo kiosk key cannot read either");
    }

    @Test
    void anUnknownScopeIsRefusedByPosition() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ApiKeyRing.parse("web:" + WEB_KEY + ",kiosk/search:" + KIOSK_KEY));
        assertTrue(refused.getMessage().contains("entry 2") && refused.getMessage().contains("search"), refused.getMessage());
        assertFalse(refused.getMessage().contains(KIOSK_KEY));
    }
}
