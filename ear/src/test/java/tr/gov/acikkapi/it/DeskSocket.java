package tr.gov.acikkapi.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An agent's desk page as its push socket sees it, without a browser: signs in through the login form, opens
 * {@code agent/desk.xhtml} and connects to the page's {@code desk} push channel, recording when each message
 * arrives. A stalled socket reads its first message and then never asks for another, so the client stops reading
 * and the server's sends to it back up, as with a browser tab that hangs.
 */
final class DeskSocket implements AutoCloseable {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PUSH_INIT = Pattern.compile("faces\\.push\\.init\\('[^']*','([^']+)','desk'");

    private final WebSocket socket;
    private final BlockingQueue<Long> arrivals;
    private final AtomicLong received;

    private DeskSocket(WebSocket socket, BlockingQueue<Long> arrivals, AtomicLong received) {
        this.socket = socket;
        this.arrivals = arrivals;
        this.received = received;
    }

    /** Signs in as {@code user}, opens the desk and connects its push socket; {@code stalled} stops reading. */
    static DeskSocket open(URI base, String user, String password, boolean stalled) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String login = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = java.util.Map.of("login", "login", "login:username", user, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", find(VIEW_STATE, login, "view state"))
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String desk = http.send(HttpRequest.newBuilder(base.resolve("agent/desk.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String url = find(PUSH_INIT, desk, "push socket of the desk (signed in as " + user + "?)");
        URI socketUri = url.startsWith("ws") ? URI.create(url)
                : URI.create("ws://" + base.getHost() + ":" + base.getPort() + url);
        String cookie = cookies.getCookieStore().get(base).stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        AtomicLong received = new AtomicLong();
        WebSocket socket = http.newWebSocketBuilder().header("Cookie", cookie)
                .buildAsync(socketUri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        arrivals.add(System.nanoTime());
                        received.incrementAndGet();
                        if (!stalled) {
                            webSocket.request(1);
                        }
                        return null;
                    }
                }).get(20, TimeUnit.SECONDS);
        return new DeskSocket(socket, arrivals, received);
    }

    /** Forgets the messages received so far. */
    void clear() {
        arrivals.clear();
    }

    /** When the next message arrived (System.nanoTime), or -1 if none came within {@code bound}. */
    long nextArrival(Duration bound) throws InterruptedException {
        Long at = arrivals.poll(bound.toMillis(), TimeUnit.MILLISECONDS);
        return at == null ? -1 : at;
    }

    long received() {
        return received.get();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("No " + what + " in the page: " + text.substring(0, Math.min(400, text.length())));
        }
        return m.group(1).replace("&amp;", "&");
    }
}
