package tr.gov.acikkapi.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What the launchers check around a server's start: that a port is free before it starts, and that the started
 * server becomes ready ({@code /health/ready} reports the database UP), each failure as one line the user can act on.
 */
final class ServerReadiness {

    private ServerReadiness() {
    }

    /** Refuses a port something already listens on, naming the variable that moves it. */
    static void requireFree(String bindAddress, int port, String variable, String what) throws LaunchFailure {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bindAddress, port));
        } catch (IOException e) {
            throw new LaunchFailure("Port " + port + " (" + what + ") on " + bindAddress
                    + " is already in use: stop the program that holds it, or set " + variable + " to a free port.");
        }
    }

    /**
     * Waits until {@code server}, started with the base directory {@code base}, answers {@code ready} with the database
     * UP; returns the readiness answer. {@code name} names the server in the messages ("WildFly", "WildFly node2").
     */
    static String await(Process server, String name, URI ready, Path base, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path log = base.resolve("log/server.log");
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastBody = "";
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new LaunchFailure(name + " stopped during start-up (exit " + server.exitValue() + "): see " + log);
            }
            if (Files.exists(ServerCopy.failedMarker(base))) {
                throw new LaunchFailure("The application failed to deploy" + (name.equals("WildFly") ? "" : " on " + name)
                        + ": " + LaunchFailure.firstLine(Files.readString(ServerCopy.failedMarker(base), StandardCharsets.UTF_8)
                                .replaceAll("\\s+", " "))
                        + " (details in " + log + ")");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                lastBody = response.body();
                if (lastBody.contains("\"name\":\"database\",\"status\":\"UP\"")) {
                    return lastBody;
                }
            } catch (IOException e) {
                lastBody = e.getMessage();
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new LaunchFailure((name.equals("WildFly") ? "The application" : name) + " was not ready within "
                + timeout.toMinutes() + " minutes (" + LaunchFailure.firstLine(lastBody) + "): see " + log);
    }
}
