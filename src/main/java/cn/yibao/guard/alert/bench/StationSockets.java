package cn.yibao.guard.alert.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * The stations' sockets, opened with Vert.x's WebSocket client on the generator's event loop(s). The token goes
 * in the {@code Authorization} header, as a non-browser station sends it. Every frame goes to the current
 * {@link FrameListener}, which each phase of the benchmark replaces with its own.
 */
final class StationSockets implements AutoCloseable {

    private final List<URI> instances;
    private final WebSocketClient client;
    private final Map<String, WebSocket> open = new ConcurrentHashMap<>();
    private final LongAdder closedByServer = new LongAdder();
    private volatile FrameListener listener = FrameListener.NONE;

    StationSockets(Vertx vertx, List<URI> instances, int sockets) {
        this.instances = instances;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                // The client's default is 50 sockets per server; stations need thousands.
                .setMaxConnections(sockets + 16).setConnectTimeout(30_000).setTcpNoDelay(true)
                .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 22));
    }

    void listen(FrameListener listener) {
        this.listener = listener;
    }

    /** Opens one station's socket; {@code query} is appended to the path (e.g. {@code ?since=42}) or empty. */
    Future<WebSocket> open(Station station, String token, String query) {
        URI url = instances.get(station.instance());
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(url.getHost()).setPort(url.getPort())
                .setURI(station.path() + query).setTimeout(30_000)
                .putHeader("Authorization", "Bearer " + token);
        return client.connect(options).onSuccess(ws -> {
            open.put(station.key(), ws);
            ws.textMessageHandler(text -> listener.onFrame(station, StationFrame.parse(text), System.nanoTime()));
            ws.closeHandler(v -> {
                if (open.remove(station.key(), ws)) {
                    closedByServer.increment();
                }
            });
        });
    }

    /** Closes one station's socket and waits for the close to complete. */
    void close(Station station) throws Exception {
        WebSocket ws = open.remove(station.key());
        if (ws != null) {
            ws.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** What opening all stations took. */
    record Opened(int opened, int failed, String firstFailure, double seconds) {
    }

    /** Opens every station with at most {@code concurrency} handshakes in flight. */
    Opened openAll(List<Station> stations, Function<Station, String> tokens, int concurrency, Duration timeout)
            throws Exception {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        StringBuilder firstFailure = new StringBuilder();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger chains = new AtomicInteger(Math.min(concurrency, stations.size()));
        Runnable[] chain = new Runnable[1];
        chain[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= stations.size()) {
                if (chains.decrementAndGet() == 0) {
                    done.complete(null);
                }
                return;
            }
            Station s = stations.get(i);
            open(s, tokens.apply(s), "").onComplete(ar -> {
                if (ar.succeeded()) {
                    opened.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    synchronized (firstFailure) {
                        if (firstFailure.length() == 0) {
                            firstFailure.append(s.path()).append(": ").append(ar.cause());
                        }
                    }
                }
                chain[0].run();
            });
        };
        for (int c = chains.get(); c > 0; c--) {
            chain[0].run();
        }
        done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return new Opened(opened.get(), failed.get(), firstFailure.toString(), (System.nanoTime() - start) / 1e9);
    }

    int openCount() {
        return open.size();
    }

    /** Sockets the server closed while the benchmark meant them open. */
    long closedByServer() {
        return closedByServer.sum();
    }

    @Override
    public void close() {
        List<WebSocket> all = List.copyOf(open.values());
        open.clear();
        all.forEach(WebSocket::close);
        client.close();
    }
}
