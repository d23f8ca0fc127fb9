package tr.gov.acikkapi.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A WildFly base directory ({@code jboss.server.base.dir}) for one server process started from the provisioned server:
 * at every start a fresh copy of the provisioned configuration and the EAR, while the data and logs of earlier runs
 * stay. The run command, the cluster command (one per node) and the benchmark each start their servers this way.
 */
public final class ServerCopy {

    private static final String EAR_NAME = "acikkapi.ear";

    private ServerCopy() {
    }

    /** Prepares {@code base} from {@code provisionedServer}'s configuration with {@code ear} deployed. */
    public static void prepare(Path provisionedServer, Path base, Path ear) throws IOException {
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(provisionedServer.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path deployments = base.resolve("deployments");
        Files.createDirectories(deployments);
        Files.createDirectories(base.resolve("log"));
        try (Stream<Path> markers = Files.list(deployments)) {
            for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith(EAR_NAME + ".")).toList()) {
                Files.delete(marker);
            }
        }
        Files.copy(ear, deployments.resolve(EAR_NAME), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The marker the deployment scanner writes into {@code base} when the EAR failed to deploy. */
    static Path failedMarker(Path base) {
        return base.resolve("deployments/" + EAR_NAME + ".failed");
    }
}
