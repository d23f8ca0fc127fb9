package tr.gov.acikkapi.cti.ivr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every sound file the IVR plays with the Turkish text it says: the prompts ({@link IvrPrompt}) and the words
 * numbers and dates are made of ({@link IvrWord}). It is the input of {@code ivr-prompts/generate}, which
 * synthesises the default prompt set from these texts (espeak-ng's Turkish voice, sox), so the set on the PBX
 * always matches what the scripts play; real recordings replace the files one by one.
 */
public final class IvrPromptSet {

    private IvrPromptSet() {
    }

    /**
     * One sound file.
     *
     * @param file the name the scripts send to Asterisk, e.g. {@code acikkapi/basvuru-no-girin}
     * @param text what it says, in Turkish
     * @param word true for a word played in a row with others (a digit, a month), which gets almost no silence
     *             around it; false for a prompt, which gets 0.3 s at each end
     */
    public record SoundFile(String file, String text, boolean word) {
    }

    /** The prompts first, then the number and month words, in declaration order. */
    public static List<SoundFile> all() {
        List<SoundFile> files = new ArrayList<>();
        for (IvrPrompt prompt : IvrPrompt.values()) {
            files.add(new SoundFile(prompt.file(), prompt.text(), false));
        }
        for (IvrWord word : IvrWord.values()) {
            files.add(new SoundFile(word.file(), word.text(), true));
        }
        return List.copyOf(files);
    }

    /**
     * Writes the list for the generator script: one line per file, {@code file<TAB>prompt|word<TAB>text}, UTF-8.
     *
     * @param args the path of the list to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IvrPromptSet <list file to write>");
        }
        List<String> lines = all().stream().map(f -> f.file() + "\t" + (f.word() ? "word" : "prompt") + "\t" + f.text()).toList();
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }
}
