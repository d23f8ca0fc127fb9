package tr.gov.acikkapi.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The run command's settings, from environment variables with the defaults documented in the README.
 * An external MariaDB is used when {@code MARIADB_HOST} is set; a real Asterisk when {@code AMI_HOST} is set; no PBX
 * at all (and so no simulator holding the AMI port) when {@code AMI_ENABLED=false}. Demo mode is on by default with the
 * embedded database only.
 */
record Settings(Path home, String bindAddress, int httpPort, int managementPort, boolean demo,
                Optional<String> externalDbHost, int dbPort, String dbName, String dbUser, String dbPassword,
                Optional<String> amiHost, int amiPort, String amiUser, String amiSecret, int fastAgiPort,
                String dbBufferPool, boolean amiEnabled) {

    static Settings from(Map<String, String> env, Path defaultHome) throws LaunchFailure {
        Optional<String> dbHost = value(env, "MARIADB_HOST");
        ClusterSettings.checkMembers(env);
        Optional<String> amiHost = value(env, "AMI_HOST");
        return new Settings(
                value(env, "ACIKKAPI_HOME").map(Path::of).orElse(defaultHome).toAbsolutePath(),
                value(env, "ACIKKAPI_BIND_ADDRESS").orElse("127.0.0.1"),
                port(env, "ACIKKAPI_HTTP_PORT", 8080),
                port(env, "ACIKKAPI_MANAGEMENT_PORT", 9990),
                demo(env, dbHost.isEmpty()),
                dbHost,
                port(env, "MARIADB_PORT", 3306),
                value(env, "MARIADB_DATABASE").orElse("acikkapi"),
                value(env, "MARIADB_USER").orElse("acikkapi"),
                value(env, "MARIADB_PASSWORD").orElse("acikkapi"),
                amiHost,
                port(env, "AMI_PORT", 5038),
                value(env, "AMI_USER").orElse("cti"),
                value(env, "AMI_SECRET").orElse("cti-demo-secret"),
                port(env, "ACIKKAPI_IVR_PORT", 4573),
                bufferPool(env),
                !"false".equalsIgnoreCase(value(env, "AMI_ENABLED").orElse("true")));
    }

    /**
     * Demo mode (demo accounts with the published password, demo keys, demo data): on by default only with the
     * embedded database; against an external database ({@code MARIADB_HOST}) only when {@code ACIKKAPI_DEMO=true} asks
     * for it, so that the command for a real database never creates the demo administrator there.
     */
    private static boolean demo(Map<String, String> env, boolean embeddedDb) {
        Optional<String> asked = value(env, "ACIKKAPI_DEMO");
        return asked.map("true"::equalsIgnoreCase).orElse(embeddedDb);
    }

    boolean embeddedDb() {
        return externalDbHost.isEmpty();
    }

    String dbHost() {
        return externalDbHost.orElse("127.0.0.1");
    }

    /** The AMI simulator is started when the PBX link is on and no real Asterisk is named. */
    boolean simulatedPbx() {
        return amiEnabled && amiHost.isEmpty();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The embedded MariaDB's InnoDB buffer pool: {@code ACIKKAPI_DB_BUFFER_POOL}, else a quarter of the memory. */
    private static String bufferPool(Map<String, String> env) throws LaunchFailure {
        Optional<String> text = value(env, "ACIKKAPI_DB_BUFFER_POOL");
        if (text.isEmpty()) {
            return EmbeddedMariaDb.defaultBufferPool();
        }
        if (EmbeddedMariaDb.validBufferPool(text.get())) {
            return text.get();
        }
        throw new LaunchFailure("ACIKKAPI_DB_BUFFER_POOL=" + text.get()
                + " is not a buffer pool size: set it to megabytes or gigabytes, e.g. 512M or 4G (at least 128M).");
    }

    private static int port(Map<String, String> env, String name, int defaultPort) throws LaunchFailure {
        Optional<String> text = value(env, name);
        if (text.isEmpty()) {
            return defaultPort;
        }
        if (text.get().matches("\\d{1,5}") && Integer.parseInt(text.get()) >= 1 && Integer.parseInt(text.get()) <= 65535) {
            return Integer.parseInt(text.get());
        }
        throw new LaunchFailure(name + "=" + text.get() + " is not a port number: set it to a number from 1 to 65535.");
    }
}
