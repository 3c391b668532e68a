package cn.yibao.guard.order.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Open-loop load: request n is due at start + n / rate whatever happened to the earlier ones, and its latency
 * counts from when it was due, so a slow service cannot slow the load down and hide its own queueing
 * (coordinated omission). One event loop drives a pool of keep-alive HTTP/1.1 connections.
 */
final class LoadGenerator implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient client;
    private final Context context;
    private final String token;

    LoadGenerator(URI url, int connections, String token) {
        this.token = token;
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(url.getHost())
                .setDefaultPort(url.getPort()).setKeepAlive(true).setMaxPoolSize(connections)
                .setTcpNoDelay(true));
        this.context = vertx.getOrCreateContext();
    }

    /** What one run measured on the client side. */
    record Stats(long sent, long ok, long failed, Map<String, Long> verdicts, long[] latencyNanos,
            double seconds) {

        double percentileMillis(double q) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * latencyNanos.length) - 1;
            return latencyNanos[Math.max(0, Math.min(i, latencyNanos.length - 1))] / 1e6;
        }

        double achievedRate() {
            return ok / seconds;
        }
    }

    Stats run(int rate, Duration duration, LongFunction<String> bodies) throws InterruptedException {
        int total = (int) (rate * duration.toMillis() / 1000);
        long[] latencies = new long[total];
        AtomicLong recorded = new AtomicLong();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<String, LongAdder> verdicts = new ConcurrentHashMap<>();
        CountDownLatch finished = new CountDownLatch(total);
        double period = 1e9 / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int n = 0; n < total; n++) {
            long due = start + (long) (n * period);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Buffer body = Buffer.buffer(bodies.apply(n));
            context.runOnContext(v -> send(body, due, latencies, recorded, ok, failed, verdicts, finished));
        }
        boolean done = finished.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done) {
            System.out.println("  (some requests had no answer within a minute of the run's end)");
        }
        long[] measured = Arrays.copyOf(latencies, (int) Math.min(recorded.get(), total));
        Arrays.sort(measured);
        Map<String, Long> counts = new java.util.TreeMap<>();
        verdicts.forEach((k, v) -> counts.put(k, v.sum()));
        return new Stats(total, ok.sum(), failed.sum(), counts, measured, seconds);
    }

    private void send(Buffer body, long due, long[] latencies, AtomicLong recorded, LongAdder ok, LongAdder failed,
            Map<String, LongAdder> verdicts, CountDownLatch finished) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI("/api/v1/orders")
                .setTimeout(30_000).putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + token);
        client.request(options).compose(req -> req.send(body).compose(resp -> resp.body().map(b -> {
            long latency = System.nanoTime() - due;
            if (resp.statusCode() == 200) {
                ok.increment();
                verdicts.computeIfAbsent(verdict(b.toString()), k -> new LongAdder()).increment();
            } else {
                failed.increment();
                verdicts.computeIfAbsent("HTTP " + resp.statusCode(), k -> new LongAdder()).increment();
            }
            return latency;
        }))).onComplete(ar -> {
            if (ar.succeeded()) {
                long i = recorded.getAndIncrement();
                if (i < latencies.length) {
                    latencies[(int) i] = ar.result();
                }
            } else {
                failed.increment();
                verdicts.computeIfAbsent("error: " + ar.cause().getClass().getSimpleName(), k -> new LongAdder())
                        .increment();
            }
            finished.countDown();
        });
    }

    private static String verdict(String json) {
        int at = json.indexOf("\"verdict\":\"");
        if (at < 0) {
            return "?";
        }
        int from = at + 11;
        return json.substring(from, json.indexOf('"', from));
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
