package tr.gov.acikkapi.cti.ivr;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generates the default prompt set with the project's own command ({@code ivr-prompts/generate}, espeak-ng and
 * sox) into target/ and checks what an Asterisk would be given: every file the scripts play, in both formats,
 * with the header and length Asterisk expects, and speech in it.
 */
class IvrPromptSetTest {

    private static final Path GENERATE = Path.of("..", "ivr-prompts", "generate");
    /** Peak below which a stretch counts as silence (sox's dither leaves a sample or two). */
    private static final int SILENCE = 50;
    private static final Path LANGUAGE_DIR = Path.of("target", "ivr-prompt-set", "tr");

    @BeforeAll
    static void generate() throws Exception {
        Process process = new ProcessBuilder(GENERATE.toString(), LANGUAGE_DIR.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "ivr-prompt-set.log").toFile())
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "ivr-prompts/generate did not finish");
        assertEquals(0, process.exitValue(), () -> "ivr-prompts/generate failed: " + log());
    }

    private static String log() {
        try {
            return Files.readString(Path.of("target", "ivr-prompt-set.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void theSetCoversEveryPromptAndEveryNumberWordOnce() {
        Set<String> files = IvrPromptSet.all().stream().map(IvrPromptSet.SoundFile::file).collect(Collectors.toSet());

        assertEquals(IvrPromptSet.all().size(), files.size(), "two entries share a file");
        assertTrue(files.containsAll(Arrays.stream(IvrPrompt.values()).map(IvrPrompt::file).toList()));
        assertTrue(files.containsAll(Arrays.stream(IvrWord.values()).map(IvrWord::file).toList()));
        for (IvrWord word : IvrWord.values()) {
            assertTrue(word.file().matches("acikkapi/[a-z0-9-]+"), word.file());
        }
    }

    @Test
    void everyFileIsGeneratedAsAn8kHzWavAndA16kHzSln16AndNothingElse() throws IOException {
        Set<String> expected = new HashSet<>();
        for (IvrPromptSet.SoundFile sound : IvrPromptSet.all()) {
            String name = sound.file().substring("acikkapi/".length());
            expected.add(name + ".wav");
            expected.add(name + ".sln16");
            Wav wav = Wav.read(LANGUAGE_DIR.resolve(sound.file() + ".wav"));
            assertEquals("PCM 1 channel(s) 8000 Hz 16 bit", wav.header(), sound.file() + ".wav");
            double seconds = wav.samples().length / 8000.0;
            assertTrue(seconds > 0.2 && seconds < 30, sound.file() + " lasts " + seconds + " s");
            assertTrue(peak(wav.samples()) > 3000, sound.file() + " is silent");

            byte[] sln16 = Files.readAllBytes(LANGUAGE_DIR.resolve(sound.file() + ".sln16"));
            assertEquals(0, sln16.length % 2, sound.file() + ".sln16: 16-bit samples");
            double wideSeconds = sln16.length / 2 / 16000.0;
            assertTrue(Math.abs(wideSeconds - seconds) < 0.01, sound.file() + ": sln16 at 16 kHz lasts as long as "
                    + "the wav (" + wideSeconds + " s against " + seconds + " s)");
            assertTrue(peak(samples(sln16)) > 3000, sound.file() + ".sln16 is silent");
        }
        try (Stream<Path> files = Files.list(LANGUAGE_DIR.resolve("acikkapi"))) {
            assertEquals(expected, files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void wordsSaidInARowAreShortAndPromptsHaveTheirPause() throws IOException {
        for (IvrWord word : List.of(IvrWord.ZERO, IvrWord.SEVEN, IvrWord.THOUSAND, IvrWord.DECEMBER)) {
            double seconds = Wav.read(LANGUAGE_DIR.resolve(word.file() + ".wav")).samples().length / 8000.0;
            assertTrue(seconds < 1.2, word.file() + " lasts " + seconds + " s");
        }
        short[] goodbye = Wav.read(LANGUAGE_DIR.resolve(IvrPrompt.GOODBYE.file() + ".wav")).samples();
        assertTrue(peak(Arrays.copyOfRange(goodbye, 0, 2000)) < SILENCE, "0.25 s of silence at the start");
        assertTrue(peak(Arrays.copyOfRange(goodbye, goodbye.length - 2000, goodbye.length)) < SILENCE, "and at the end");
    }

    private static int peak(short[] samples) {
        int peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    private static short[] samples(byte[] littleEndian) {
        short[] samples = new short[littleEndian.length / 2];
        ByteBuffer.wrap(littleEndian).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    /** The header fields Asterisk's format_wav checks, and the samples of the data chunk. */
    private record Wav(int format, int channels, int sampleRate, int bitsPerSample, short[] samples) {

        static Wav read(Path path) throws IOException {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals("RIFF", tag(in), path.toString());
            in.getInt();
            assertEquals("WAVE", tag(in), path.toString());
            int format = -1;
            int channels = -1;
            int rate = -1;
            int bits = -1;
            while (in.remaining() >= 8) {
                String chunk = tag(in);
                int size = in.getInt();
                if (chunk.equals("fmt ")) {
                    int start = in.position();
                    format = in.getShort();
                    channels = in.getShort();
                    rate = in.getInt();
                    in.getInt();
                    in.getShort();
                    bits = in.getShort();
                    in.position(start + size);
                } else if (chunk.equals("data")) {
                    byte[] data = new byte[size];
                    in.get(data);
                    return new Wav(format, channels, rate, bits, IvrPromptSetTest.samples(data));
                } else {
                    in.position(in.position() + size);
                }
            }
            throw new AssertionError(path + " has no data chunk");
        }

        private static String tag(ByteBuffer in) {
            byte[] tag = new byte[4];
            in.get(tag);
            return new String(tag, StandardCharsets.US_ASCII);
        }

        String header() {
            return (format == 1 ? "PCM" : "format " + format) + " " + channels + " channel(s) " + sampleRate + " Hz "
                    + bitsPerSample + " bit";
        }
    }
}
