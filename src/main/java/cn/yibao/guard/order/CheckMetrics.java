package cn.yibao.guard.order;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.yibao.guard.rules.engine.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The order check's server-side figures at {@code /q/metrics}: {@code yibao_order_check_seconds} times each
 * check from the moment its request reaches the router until its response has been written (parsing, token,
 * validation, database and rules included), with fine buckets up to 50 ms so that p50 and p99 can be read off
 * the histogram for any interval; {@code yibao_order_checks_total} counts answers by verdict.
 */
@ApplicationScoped
public class CheckMetrics {

    /** Routing-context key holding {@link System#nanoTime()} at arrival. */
    public static final String STARTED = "yibao.check.started";

    static final String API_PATH = "/api/v1/orders";
    static final String NHSA_PATH = "/api/v1/nhsa/3101";

    private final Timer api;
    private final Timer nhsa;
    private final Map<Verdict, Counter> verdicts = new EnumMap<>(Verdict.class);
    private final Counter late;

    public CheckMetrics(MeterRegistry registry) {
        this.api = timer(registry, "api");
        this.nhsa = timer(registry, "nhsa3101");
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, Counter.builder("yibao.order.checks").description("Order checks answered, by verdict")
                    .tag("verdict", v.name()).register(registry));
        }
        this.late = Counter.builder("yibao.order.checks.late")
                .description("Checks answered UNCHECKED whose work completed and was recorded afterwards")
                .register(registry);
    }

    private static Timer timer(MeterRegistry registry, String channel) {
        return Timer.builder("yibao.order.check")
                .description("Order check latency, server side: request routed to response written")
                .tag("channel", channel)
                .serviceLevelObjectives(buckets())
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry);
    }

    /** 0.25 ms steps to 10 ms, 1 ms steps to 50 ms, then a few coarse ones. */
    private static Duration[] buckets() {
        Duration[] b = new Duration[40 + 40 + 6];
        int i = 0;
        for (int us = 250; us <= 10_000; us += 250) {
            b[i++] = Duration.ofNanos(us * 1000L);
        }
        for (int ms = 11; ms <= 50; ms++) {
            b[i++] = Duration.ofMillis(ms);
        }
        for (int ms : new int[] {100, 200, 300, 500, 1000, 2000}) {
            b[i++] = Duration.ofMillis(ms);
        }
        return b;
    }

    void install(@Observes Router router) {
        router.post(API_PATH).order(-900).handler(rc -> start(rc, api));
        router.post(NHSA_PATH).order(-900).handler(rc -> start(rc, nhsa));
    }

    private static void start(RoutingContext rc, Timer timer) {
        long started = System.nanoTime();
        rc.put(STARTED, started);
        rc.addEndHandler(done -> timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
        rc.next();
    }

    /** When the request arrived, if the router saw it; otherwise now. */
    public static long startedNanos(RoutingContext rc) {
        Long started = rc == null ? null : rc.get(STARTED);
        return started != null ? started : System.nanoTime();
    }

    void answered(Verdict verdict) {
        verdicts.get(verdict).increment();
    }

    void lateRecorded() {
        late.increment();
    }
}
