package tr.gov.acikkapi.console.desk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PopMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final TcKimlikNo TC = TcKimlikNo.of("10000000146");

    private static ApplicationSummary application(long id, String type, ApplicationStatus status, Instant deadline) {
        return new ApplicationSummary(id, TrackingNumber.of(id), ApplicationKind.REQUEST, 3, type, "Sağlık", status,
                Optional.empty(), 6, "Ankara", IntakeChannel.WEB, "Konu", 7, deadline.minusSeconds(7 * 86_400), deadline,
                Optional.empty(), 0);
    }

    private static CitizenOverview citizen(List<ApplicationSummary> applications) {
        CitizenSummary summary = new CitizenSummary(7, TC, PersonName.of("Işıl", "İnce"), 6, "Ankara", Optional.empty(),
                List.of(PhoneNumber.of("05321234567")), new EscortNeeds(false, true, false, false, true), Optional.of(1950),
                Gender.FEMALE, Optional.empty());
        return new CitizenOverview(summary, applications);
    }

    private static Pop pop(String callerNumber, List<CitizenOverview> citizens) {
        return new Pop("", "1733130000.42", callerNumber, PhoneNumber.tryParse(callerNumber).map(PhoneNumber::e164),
                "basvuru", Pop.State.RINGING, citizens, NOW, Optional.empty(), Optional.empty());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void holdsTheCallTheCallersCitizensAndTheirOpenApplicationsWithTheDeadlineInIstanbulTime() {
        ApplicationSummary late = application(11, "Hasta nakli", ApplicationStatus.IN_PROGRESS, Instant.parse("2026-12-01T15:26:00Z"));
        ApplicationSummary due = application(12, "Randevu", ApplicationStatus.ROUTED, Instant.parse("2026-12-05T15:26:00Z"));
        JsonObject message = parse(PopMessage.of(Optional.of(pop("0532 123 45 67", List.of(citizen(List.of(late, due))))),
                99, 5, false, NOW));

        assertEquals(99, message.getJsonNumber("epoch").longValue());
        assertEquals(5, message.getJsonNumber("seq").longValue());
        assertFalse(message.getBoolean("greeting"));
        JsonObject call = message.getJsonObject("call");
        assertEquals("1733130000.42", call.getString("linkedid"));
        assertEquals("RINGING", call.getString("state"));
        assertEquals("0532 123 45 67", call.getString("caller"));
        assertEquals("+905321234567", call.getString("phone"));
        assertEquals("basvuru", call.getString("queue"));
        JsonObject citizen = call.getJsonArray("citizens").getJsonObject(0);
        assertEquals(7, citizen.getJsonNumber("id").longValue());
        assertEquals("Işıl İnce", citizen.getString("name"));
        assertEquals("Ankara", citizen.getString("province"));
        assertEquals(List.of("veteran", "sick"), citizen.getJsonArray("escort").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        JsonObject first = citizen.getJsonArray("applications").getJsonObject(0);
        assertEquals(TrackingNumber.of(11).value(), first.getString("tracking"));
        assertEquals("Hasta nakli", first.getString("type"));
        assertEquals("IN_PROGRESS", first.getString("status"));
        assertEquals("01.12.2026 18:26", first.getString("deadline"), "Istanbul is UTC+3");
        assertTrue(first.getBoolean("overdue"));
        assertFalse(citizen.getJsonArray("applications").getJsonObject(1).getBoolean("overdue"));
    }

    @Test
    void theTcKimlikNoIsMaskedAndNeverSentWhole() {
        String json = PopMessage.of(Optional.of(pop("05321234567", List.of(citizen(List.of())))), 1, 1, false, NOW);

        assertEquals(TC.masked(), parse(json).getJsonObject("call").getJsonArray("citizens").getJsonObject(0).getString("tc"));
        assertNotEquals(TC.value(), TC.masked());
        assertFalse(json.contains(TC.value()), json);
    }

    @Test
    void markupAndQuotesFromThePbxOrTheCatalogueStayTextInTheMessage() {
        String callerId = "\"><script>alert('x')</script>\\";
        String type = "Yol </td><b>bakım</b> \"acil\"";
        JsonObject call = parse(PopMessage.of(Optional.of(pop(callerId, List.of(citizen(List.of(
                application(13, type, ApplicationStatus.RECEIVED, NOW.plusSeconds(3600))))))), 1, 2, false, NOW))
                .getJsonObject("call");

        assertEquals(callerId, call.getString("caller"));
        assertEquals("", call.getString("phone"), "a caller ID that is not a number has no normalised number");
        assertEquals(type, call.getJsonArray("citizens").getJsonObject(0).getJsonArray("applications").getJsonObject(0)
                .getString("type"));
    }

    @Test
    void noCallIsANullCallAndTheGreetingSaysSo() {
        JsonObject message = parse(PopMessage.of(Optional.empty(), 3, 8, true, NOW));

        assertTrue(message.isNull("call"));
        assertTrue(message.getBoolean("greeting"));
        assertEquals(8, message.getJsonNumber("seq").longValue());
    }

    @Test
    void thePushedTreeIsPlainDataThatFacesPushWritesAsTheSameJson() {
        ApplicationSummary due = application(12, "Randevu", ApplicationStatus.ROUTED, Instant.parse("2026-12-05T15:26:00Z"));
        Optional<Pop> pop = Optional.of(pop("05321234567", List.of(citizen(List.of(due)))));
        Map<String, Object> tree = PopMessage.tree(pop, 4, 9, false, NOW);

        assertPlain(tree);
        assertEquals(parse(PopMessage.of(pop, 4, 9, false, NOW)), Json.createObjectBuilder(tree).build());
        assertPlain(PopMessage.tree(Optional.empty(), 4, 10, true, NOW));
    }

    @Test
    void anEndedCallAwaitingItsWrapUpIsListedBesideTheCurrentOneWithoutItsCitizens() {
        Pop ended = new Pop("", "1733130000.40", "<b>05329876543</b>", Optional.empty(), "basvuru", Pop.State.ENDED,
                List.of(citizen(List.of())), NOW.minusSeconds(90), Optional.of(NOW.minusSeconds(85)),
                Optional.of(NOW.minusSeconds(20)));
        Optional<Pop> current = Optional.of(pop("05321234567", List.of()));

        JsonObject message = parse(PopMessage.of(current, List.of(ended), 4, 11, false, NOW));
        assertEquals("1733130000.42", message.getJsonObject("call").getString("linkedid"));
        assertEquals(1, message.getJsonArray("wrapUps").size());
        JsonObject wrapUp = message.getJsonArray("wrapUps").getJsonObject(0);
        assertEquals("1733130000.40", wrapUp.getString("linkedid"));
        assertEquals("<b>05329876543</b>", wrapUp.getString("caller"), "data, drawn as text by the page");
        assertEquals(Set.of("linkedid", "caller", "queue"), wrapUp.keySet(), "no citizen data for a call no longer shown");
        assertPlain(PopMessage.tree(current, List.of(ended), 4, 11, false, NOW));
        assertEquals(0, parse(PopMessage.of(current, 4, 12, false, NOW)).getJsonArray("wrapUps").size());
    }

    /** Faces' push writes maps, lists, texts, numbers and booleans as JSON; anything else it would write as a bean. */
    private static void assertPlain(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                assertInstanceOf(String.class, key);
                assertPlain(v);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(PopMessageTest::assertPlain);
        } else {
            assertTrue(value == null || value instanceof String || value instanceof Long || value instanceof Integer
                    || value instanceof Boolean, () -> "not plain data: " + value.getClass());
        }
    }

    @Test
    void textsLabelEveryStateStatusAndEscortNeedInThePagesLanguage() {
        JsonObject turkish = parse(PopMessage.texts(Locale.forLanguageTag("tr")));
        JsonObject english = parse(PopMessage.texts(Locale.ENGLISH));

        for (JsonObject texts : List.of(turkish, english)) {
            for (Pop.State state : Pop.State.values()) {
                assertTrue(texts.containsKey("desk.state." + state.name()), state.name());
            }
            for (ApplicationStatus status : ApplicationStatus.values()) {
                assertTrue(texts.containsKey("status." + status.name()), status.name());
            }
            for (String need : List.of("martyrRelative", "veteran", "disabled", "elderly", "sick")) {
                assertTrue(texts.containsKey("escort." + need), need);
            }
            assertTrue(texts.containsKey("desk.noCall"));
            assertTrue(texts.containsKey("application.trackingNumber"));
        }
        assertEquals("Görüşmede", turkish.getString("desk.state.CONNECTED"));
        assertNotEquals(turkish.getString("desk.state.CONNECTED"), english.getString("desk.state.CONNECTED"));
        assertEquals("Gazi", turkish.getString("escort.veteran"));
    }
}
