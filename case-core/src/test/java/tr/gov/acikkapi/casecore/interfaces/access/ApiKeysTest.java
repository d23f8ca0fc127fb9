package tr.gov.acikkapi.casecore.interfaces.access;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeysTest {

    private static final String DEMO_WEB = ApiKeyRing.demoKey(IntakeChannel.WEB).orElseThrow();
    private static final String OWN_KEY = "our-own-web-key-123456";

    @Test
    void demoKeysOnlyInDemoModeAndOnlyWithoutConfiguredKeys() {
        assertEquals(Optional.of(IntakeChannel.WEB), ApiKeys.choose(Optional.empty(), true).channelOf(DEMO_WEB));
        assertEquals(Optional.of(IntakeChannel.WEB), ApiKeys.choose(Optional.of(" "), true).channelOf(DEMO_WEB));
        assertEquals(Optional.empty(), ApiKeys.choose(Optional.empty(), false).channelOf(DEMO_WEB));

        ApiKeyRing configured = ApiKeys.choose(Optional.of("web:" + OWN_KEY), true);
        assertEquals(Optional.of(IntakeChannel.WEB), configured.channelOf(OWN_KEY));
        assertEquals(Optional.empty(), configured.channelOf(DEMO_WEB));
    }

    @Test
    void aMalformedConfigurationRefusesEveryKeyEvenInDemoMode() {
        ApiKeyRing ring = ApiKeys.choose(Optional.of("web:short"), true);
        assertTrue(ring.isEmpty());
        assertEquals(Optional.empty(), ring.channelOf(DEMO_WEB));
    }
}
