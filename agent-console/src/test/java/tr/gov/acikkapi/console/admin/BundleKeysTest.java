package tr.gov.acikkapi.console.admin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The three bundle files (default Turkish, Turkish, English) offer the same keys: no page misses a text in either language. */
class BundleKeysTest {

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/tr/gov/acikkapi/console/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void turkishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> turkish = keys("messages.properties");
        assertEquals(turkish, keys("messages_tr.properties"));
        assertEquals(turkish, keys("messages_en.properties"));
    }
}
