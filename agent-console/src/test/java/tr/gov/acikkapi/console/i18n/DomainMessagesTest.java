package tr.gov.acikkapi.console.i18n;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal code of the case core has a message in each bundle file (default Turkish, Turkish, English), and every
 * escort need a badge: a new code or need without its texts fails here, before an English user meets Turkish.
 */
class DomainMessagesTest {

    private static final List<String> FILES = List.of("messages.properties", "messages_tr.properties", "messages_en.properties");

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DomainMessagesTest.class.getResourceAsStream("/tr/gov/acikkapi/console/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyDomainErrorCodeHasAMessageInEachLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : FILES) {
            Properties texts = bundle(file);
            for (DomainErrorCode code : DomainErrorCode.values()) {
                String text = texts.getProperty("domain." + code.name());
                if (text == null || text.isBlank()) {
                    missing.add(file + ": domain." + code.name());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEscortNeedHasABadgeInEachLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : FILES) {
            Properties texts = bundle(file);
            for (RecordComponent need : EscortNeeds.class.getRecordComponents()) {
                String text = texts.getProperty("escort." + need.getName());
                if (text == null || text.isBlank()) {
                    missing.add(file + ": escort." + need.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aRefusalReadsInTheUsersLanguage() {
        DomainException refusal = new DomainException(DomainErrorCode.TC_KIMLIK_NO_LENGTH,
                "T.C. Kimlik No 11 haneli olmalıdır (girilen 9 hane).");
        assertEquals("T.C. Kimlik No 11 haneli olmalıdır (girilen 9 hane).",
                DomainTexts.describe(refusal, Locale.forLanguageTag("tr")), "Turkish keeps the domain's own detail");
        assertEquals("The T.C. Kimlik No has 11 digits.", DomainTexts.describe(refusal, Locale.ENGLISH));
    }

    @Test
    void escortBadgesFollowTheLanguageInTheDomainsOrder() {
        EscortNeeds needs = new EscortNeeds(true, false, true, false, true);
        assertEquals(List.of("Martyr's relative", "Disabled", "Sick"), DomainTexts.escortLabels(needs, Locale.ENGLISH));
        assertEquals(needs.labels(), DomainTexts.escortLabels(needs, Locale.forLanguageTag("tr")));
        assertTrue(DomainTexts.escortLabels(EscortNeeds.none(), Locale.ENGLISH).isEmpty());
    }
}
