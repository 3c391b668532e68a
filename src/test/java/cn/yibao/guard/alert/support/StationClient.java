package cn.yibao.guard.alert.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** A station socket as a test drives it: connects with a token, collects the server's frames in order. */
public final class StationClient implements AutoCloseable {

    private static final Vertx VERTX = Vertx.vertx();
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final WebSocket socket;
    private final WebSocketClient client;
    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    private StationClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(t -> frames.add(new JsonObject(t)));
        socket.closeHandler(v -> closed = true);
    }

    /** Connects with the token in the Authorization header (null: no token). */
    public static StationClient connect(URI base, String path, String token) {
        return connect(base, path, token, false);
    }

    /** Connects with the token as browsers send it: in the bearer-token-carrier subprotocol. */
    public static StationClient connectAsBrowser(URI base, String path, String token) {
        return connect(base, path, token, true);
    }

    private static StationClient connect(URI base, String path, String token, boolean browser) {
        WebSocketClient client = VERTX.createWebSocketClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(base.getHost())
                .setPort(base.getPort()).setURI(path);
        if (token != null && browser) {
            options.setSubProtocols(List.of("bearer-token-carrier",
                    URLEncoder.encode("quarkus-http-upgrade#Authorization#Bearer " + token, StandardCharsets.UTF_8)
                            .replace("+", "%20")));
        } else if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        try {
            WebSocket ws = client.connect(options).toCompletionStage().toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return new StationClient(client, ws);
        } catch (Exception e) {
            client.close();
            throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
        }
    }

    /** The HTTP status a refused handshake was answered with. */
    public static int refusal(URI base, String path, String token) {
        try (StationClient c = connect(base, path, token)) {
            return 101;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UpgradeRejectedException r) {
                return r.getStatus();
            }
            throw e;
        }
    }

    public void send(String text) {
        socket.writeTextMessage(text);
    }

    public void send(JsonObject frame) {
        send(frame.encode());
    }

    /** The next frame; fails if none arrives in time. */
    public JsonObject next() {
        try {
            JsonObject f = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (f == null) {
                throw new AssertionError("no frame within " + WAIT + (closed ? " (socket closed)" : ""));
            }
            return f;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Frames until one matches (returned); the skipped ones are returned in {@code skipped} if not null. */
    public JsonObject nextMatching(Predicate<JsonObject> p, List<JsonObject> skipped) {
        while (true) {
            JsonObject f = next();
            if (p.test(f)) {
                return f;
            }
            if (skipped != null) {
                skipped.add(f);
            }
        }
    }

    /** The next alert frame for an encounter, skipping others. */
    public JsonObject nextAlert(String encounterId) {
        return nextMatching(f -> "alert".equals(f.getString("type")) && encounterId.equals(f.getString("encounterId")),
                null);
    }

    /** Frames that have arrived so far, without waiting. */
    public List<JsonObject> drain() {
        List<JsonObject> out = new ArrayList<>();
        frames.drainTo(out);
        return out;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (!socket.isClosed()) {
            socket.close();
        }
        client.close();
    }
}
