package tr.gov.acikkapi.cti.runtime;

import tr.gov.acikkapi.cti.CtiConfigurationException;
import tr.gov.acikkapi.cti.ami.AmiLinkConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which PBXs to connect to, from configuration keys (environment variables or system properties).
 *
 * <p>One PBX: {@code AMI_HOST}, {@code AMI_PORT} (5038), {@code AMI_USER} ({@code cti}), {@code AMI_SECRET}, and its
 * name {@code AMI_NAME} ({@code pbx}). Several: {@code AMI_SERVERS=ankara,izmir} and for each name
 * {@code AMI_ANKARA_HOST}, {@code AMI_ANKARA_PORT}, {@code AMI_ANKARA_USER}, {@code AMI_ANKARA_SECRET}.
 * {@code AMI_ENABLED=false} runs without any PBX.
 */
public final class PbxSettings {

    private PbxSettings() {
    }

    /** The configured links; empty when AMI is disabled. Wrong values throw one clear message in English (the server log's language). */
    public static List<AmiLinkConfig> from(Function<String, Optional<String>> config) {
        if (config.apply("AMI_ENABLED").map(v -> v.equalsIgnoreCase("false")).orElse(false)) {
            return List.of();
        }
        Optional<String> servers = config.apply("AMI_SERVERS").map(String::strip).filter(s -> !s.isEmpty());
        if (servers.isEmpty()) {
            return List.of(link(config, config.apply("AMI_NAME").orElse("pbx"), "AMI_"));
        }
        List<AmiLinkConfig> links = new ArrayList<>();
        for (String name : servers.get().split(",")) {
            String server = name.strip();
            if (!server.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new CtiConfigurationException("AMI_SERVERS: '" + server
                        + "' is not a valid server name (use 1-32 letters, digits, '-' and '_').");
            }
            links.add(link(config, server, "AMI_" + server.toUpperCase(Locale.ROOT).replace('-', '_') + "_"));
        }
        return links;
    }

    private static AmiLinkConfig link(Function<String, Optional<String>> config, String server, String prefix) {
        String portText = config.apply(prefix + "PORT").orElse("5038").strip();
        if (!portText.matches("\\d{1,5}")) {
            throw new CtiConfigurationException(prefix + "PORT='" + portText + "' is not a port number.");
        }
        return AmiLinkConfig.of(server,
                config.apply(prefix + "HOST").orElse("127.0.0.1").strip(),
                Integer.parseInt(portText),
                config.apply(prefix + "USER").orElse("cti").strip(),
                config.apply(prefix + "SECRET").orElse(""));
    }
}
