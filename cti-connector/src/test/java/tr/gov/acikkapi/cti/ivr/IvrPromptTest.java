package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IvrPromptTest {

    /** docs/src/ivr-prompts.md, from the module directory the tests run in. */
    private static final Path PROMPT_LIST = Path.of("..", "docs", "src", "ivr-prompts.md");

    @Test
    void everyPromptHasItsOwnFileUnderAcikkapi() {
        Set<String> files = Arrays.stream(IvrPrompt.values()).map(IvrPrompt::file).collect(Collectors.toSet());

        assertEquals(IvrPrompt.values().length, files.size(), "two prompts share a sound file");
        for (IvrPrompt prompt : IvrPrompt.values()) {
            assertTrue(prompt.file().matches("acikkapi/[a-z0-9-]+"), prompt.file());
            assertTrue(!prompt.text().isBlank() && !prompt.whenPlayed().isBlank(), prompt.name());
        }
    }

    @Test
    void promptListForTheStudioHasARowWithTheTextOfEveryFile() throws IOException {
        String list = Files.readString(PROMPT_LIST, StandardCharsets.UTF_8);

        for (IvrPrompt prompt : IvrPrompt.values()) {
            String row = list.lines().filter(line -> line.startsWith("| `" + prompt.file() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError(prompt.file() + " is missing from " + PROMPT_LIST));
            assertTrue(row.contains("| " + prompt.text() + " |"),
                    () -> "the text of " + prompt.file() + " differs in " + PROMPT_LIST);
        }
    }

    @Test
    void promptListHasARowWithTheTextOfEveryNumberAndMonthWord() throws IOException {
        String list = Files.readString(PROMPT_LIST, StandardCharsets.UTF_8);

        for (IvrWord word : IvrWord.values()) {
            assertTrue(list.lines().anyMatch(line -> line.equals("| `" + word.file() + "` | " + word.text() + " |")),
                    () -> word.file() + " (" + word.text() + ") is missing from " + PROMPT_LIST);
        }
    }
}
