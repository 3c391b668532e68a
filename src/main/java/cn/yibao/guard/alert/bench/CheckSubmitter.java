package cn.yibao.guard.alert.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Submits order checks open loop: check n is due at start + n / rate whatever happened to the earlier ones,
 * so a slow path cannot slow the load down and hide its own queueing. Each check goes to the instance it
 * names, over that instance's pool of keep-alive connections.
 */
final class CheckSubmitter implements AutoCloseable {

    private final Context context;
    private final List<HttpClient> clients = new ArrayList<>();
    private final String token;

    CheckSubmitter(Vertx vertx, List<URI> instances, int connections, String hisToken) {
        this.context = vertx.getOrCreateContext();
        this.token = hisToken;
        for (URI url : instances) {
            clients.add(vertx.createHttpClient(new HttpClientOptions().setDefaultHost(url.getHost())
                    .setDefaultPort(url.getPort()).setKeepAlive(true).setMaxPoolSize(connections)
                    .setTcpNoDelay(true)));
        }
    }

    /** One check to send: where, what, and who to tell about the answer. */
    record Check(int instance, String body, Answered answered) {
    }

    @FunctionalInterface
    interface Answered {
        /** Status 0 when no answer came (connection failure). */
        void answer(int status, String body, long latencyNanos);
    }

    @FunctionalInterface
    interface Checks {
        Check next(long n, long dueNanos);
    }

    /** What the submission side of a run saw. */
    record Sent(long sent, long ok, long failed, LatencyLog latencies, double seconds) {
    }

    Sent run(int rate, Duration duration, Checks checks) throws InterruptedException {
        int total = (int) (rate * duration.toMillis() / 1000);
        LatencyLog latencies = new LatencyLog(total);
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        CountDownLatch answered = new CountDownLatch(total);
        double period = 1e9 / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int n = 0; n < total; n++) {
            long due = start + (long) (n * period);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Check check = checks.next(n, due);
            context.runOnContext(v -> send(check, due, (status, body, latency) -> {
                if (status == 200) {
                    ok.increment();
                    latencies.record(latency);
                } else {
                    failed.increment();
                }
                check.answered().answer(status, body, latency);
                answered.countDown();
            }));
        }
        if (!answered.await(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            System.out.println("  (some checks had no answer within a minute of the run's end)");
        }
        return new Sent(total, ok.sum(), failed.sum(), latencies, (System.nanoTime() - start) / 1e9);
    }

    private void send(Check check, long due, Answered answered) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI("/api/v1/orders")
                .setTimeout(30_000).putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + token);
        clients.get(check.instance()).request(options)
                .compose(req -> req.send(Buffer.buffer(check.body()))
                        .compose(resp -> resp.body().map(b -> new Object[] {resp.statusCode(), b.toString()})))
                .onComplete(ar -> {
                    long latency = System.nanoTime() - due;
                    if (ar.succeeded()) {
                        answered.answer((Integer) ar.result()[0], (String) ar.result()[1], latency);
                    } else {
                        answered.answer(0, String.valueOf(ar.cause()), latency);
                    }
                });
    }

    @Override
    public void close() {
        clients.forEach(HttpClient::close);
    }
}
