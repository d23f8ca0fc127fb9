package tr.gov.acikkapi.casecore.domain.model.unit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoutingRuleTest {

    private static final int TYPE = 1601;
    private static final int TOPIC = 16;
    private static final int HATAY = 31;
    private static final int ANKARA = 6;

    private final RoutingRule topicDefault = RoutingRule.forTopic(TOPIC, null, "AFAD");
    private final RoutingRule topicInHatay = RoutingRule.forTopic(TOPIC, HATAY, "ACIK_KAPI");
    private final RoutingRule typeDefault = RoutingRule.forType(TYPE, null, "AFAD");
    private final RoutingRule typeInHatay = RoutingRule.forType(TYPE, HATAY, "CEVRE_SEHIRCILIK");
    private final RoutingRule otherType = RoutingRule.forType(1602, null, "SAGLIK");
    private final List<RoutingRule> all = List.of(topicDefault, topicInHatay, typeDefault, typeInHatay, otherType);

    private String kindFor(List<RoutingRule> rules, int type, int province) {
        return RoutingRule.mostSpecific(rules, type, TOPIC, province).map(RoutingRule::unitKindCode).orElse("none");
    }

    @Test
    void typeAndProvinceBeatsType() {
        assertEquals("CEVRE_SEHIRCILIK", kindFor(all, TYPE, HATAY));
        assertEquals("AFAD", kindFor(all, TYPE, ANKARA));
    }

    @Test
    void typeBeatsTopicAndProvince() {
        assertEquals("AFAD", kindFor(List.of(topicInHatay, typeDefault), TYPE, HATAY));
    }

    @Test
    void topicAndProvinceBeatsTopic() {
        assertEquals("ACIK_KAPI", kindFor(List.of(topicDefault, topicInHatay), 1699, HATAY));
        assertEquals("AFAD", kindFor(List.of(topicDefault, topicInHatay), 1699, ANKARA));
    }

    @Test
    void aRuleForAnotherTypeOrProvinceNeverMatches() {
        assertEquals("none", kindFor(List.of(otherType, RoutingRule.forType(TYPE, ANKARA, "X")), TYPE, HATAY));
        assertEquals(Optional.empty(), RoutingRule.mostSpecific(List.of(), TYPE, TOPIC, HATAY));
    }

    @Test
    void specificityOrdersTheFourKindsOfRule() {
        assertEquals(List.of(1, 2, 3, 4), List.of(topicDefault.specificity(), topicInHatay.specificity(),
                typeDefault.specificity(), typeInHatay.specificity()));
    }
}
