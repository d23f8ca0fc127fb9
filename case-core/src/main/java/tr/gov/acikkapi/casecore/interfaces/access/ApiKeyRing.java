package tr.gov.acikkapi.casecore.interfaces.access;

import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys of the intake channels, kept only as SHA-256 hashes. A key identifies its channel: the
 * web portal's key registers applications as {@link IntakeChannel#WEB}, never as another channel.
 *
 * <p>Configured as {@code channel:key} pairs separated by commas, e.g.
 * {@code web:3f9a…,mobile:77c1…,kiosk:a0b2…}; a key may also be given by its hash as
 * {@code web:sha256:<64 hex digits>} so that the plain key never sits in the environment. A channel
 * may have several keys (for rotation). Plain keys must have at least {@value #MIN_KEY_LENGTH} characters.
 * A key has its channel's default {@link ApiScope scopes} (kiosk: register; web, mobile: register and read with the
 * citizen's proof) unless the entry names them after the channel: {@code kiosk/register:…}, {@code web/register+read:…}.
 *
 * <p>{@link #channelOf} hashes the presented key and compares it with every stored hash in constant time
 * ({@link MessageDigest#isEqual}), without stopping at the first match, so the answer time tells nothing
 * about which key came close.
 */
public final class ApiKeyRing {

    /** Shortest plain key accepted in the configuration. */
    public static final int MIN_KEY_LENGTH = 16;

    /** The channels a key may stand for, by the name used in the configuration. */
    private static final Map<String, IntakeChannel> CHANNELS = Map.of(
            "web", IntakeChannel.WEB,
            "mobile", IntakeChannel.MOBILE,
            "kiosk", IntakeChannel.KIOSK);

    /** The fixed keys of demo mode, accepted only when demo mode is on and no key is configured. */
    private static final Map<IntakeChannel, String> DEMO_KEYS = Map.of(
            IntakeChannel.WEB, "acikkapi-demo-web-key",
            IntakeChannel.MOBILE, "acikkapi-demo-mobile-key",
            IntakeChannel.KIOSK, "acikkapi-demo-kiosk-key");

    private static final String HASH_PREFIX = "sha256:";

    private final List<Entry> entries;

    private ApiKeyRing(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** One stored key: the channel, what the key may do and the SHA-256 of the key. */
    private record Entry(IntakeChannel channel, Set<ApiScope> scopes, byte[] hash) {
    }

    /** A key's channel and what it may do. */
    public record ChannelKey(IntakeChannel channel, Set<ApiScope> scopes) {
        public ChannelKey {
            scopes = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
        }
    }

    /** A ring without keys: every key is refused. */
    public static ApiKeyRing empty() {
        return new ApiKeyRing(List.of());
    }

    /** The ring of the documented demo keys (see {@link #demoKey}). */
    public static ApiKeyRing demo() {
        List<Entry> entries = new ArrayList<>();
        DEMO_KEYS.forEach((channel, key) -> entries.add(new Entry(channel, ApiScope.defaultsOf(channel), sha256(key))));
        return new ApiKeyRing(entries);
    }

    /** The demo key of a channel (web, mobile, kiosk), as documented for demo mode. */
    public static Optional<String> demoKey(IntakeChannel channel) {
        return Optional.ofNullable(DEMO_KEYS.get(channel));
    }

    /**
     * Reads the configuration text; blank text gives an empty ring. Refuses a malformed entry with an
     * {@link IllegalArgumentException} whose message names the entry by position, never the key itself.
     */
    public static ApiKeyRing parse(String configuration) {
        if (configuration == null || configuration.isBlank()) {
            return empty();
        }
        List<Entry> entries = new ArrayList<>();
        String[] items = configuration.split(",");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("API key entry " + (i + 1) + " is not of the form channel:key");
            }
            String head = item.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            int slash = head.indexOf('/');
            String channelName = slash < 0 ? head : head.substring(0, slash).strip();
            IntakeChannel channel = CHANNELS.get(channelName);
            if (channel == null) {
                throw new IllegalArgumentException("API key entry " + (i + 1) + " names an unknown channel '" + channelName
                        + "' (known: web, mobile, kiosk)");
            }
            Set<ApiScope> scopes = slash < 0 ? ApiScope.defaultsOf(channel) : scopesOf(head.substring(slash + 1), i + 1);
            String key = item.substring(colon + 1).strip();
            entries.add(new Entry(channel, scopes, hashOf(key, i + 1)));
        }
        return new ApiKeyRing(entries);
    }

    private static Set<ApiScope> scopesOf(String names, int position) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String name : names.split("\\+")) {
            scopes.add(ApiScope.named(name).orElseThrow(() -> new IllegalArgumentException("API key entry " + position
                    + " names an unknown scope '" + name.strip() + "' (known: register, read)")));
        }
        return scopes;
    }

    private static byte[] hashOf(String key, int position) {
        if (key.regionMatches(true, 0, HASH_PREFIX, 0, HASH_PREFIX.length())) {
            String hex = key.substring(HASH_PREFIX.length());
            if (hex.length() != 64) {
                throw new IllegalArgumentException("API key entry " + position + ": a sha256: hash has 64 hex digits");
            }
            try {
                return HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("API key entry " + position + ": the sha256: hash is not hexadecimal");
            }
        }
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("API key entry " + position + " is shorter than " + MIN_KEY_LENGTH
                    + " characters");
        }
        return sha256(key);
    }

    /** The channel of the presented key, or empty when it matches no stored key. */
    public Optional<IntakeChannel> channelOf(String presentedKey) {
        return keyOf(presentedKey).map(ChannelKey::channel);
    }

    /** The channel and scopes of the presented key, or empty when it matches no stored key. */
    public Optional<ChannelKey> keyOf(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(presentedKey);
        Entry found = null;
        for (Entry entry : entries) {
            boolean equal = MessageDigest.isEqual(presented, entry.hash());
            if (equal && found == null) {
                found = entry;
            }
        }
        return Optional.ofNullable(found).map(entry -> new ChannelKey(entry.channel(), entry.scopes()));
    }

    /** Whether no key is stored. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The channels that have at least one key. */
    public Set<IntakeChannel> channels() {
        Set<IntakeChannel> channels = EnumSet.noneOf(IntakeChannel.class);
        entries.forEach(e -> channels.add(e.channel()));
        return channels;
    }

    /** The SHA-256 of a key's UTF-8 bytes, in lower-case hex: what to configure as {@code channel:sha256:<hash>}. */
    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeyRing" + channels();
    }
}
