package cn.yibao.guard.alert.bench;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;

import cn.yibao.guard.cli.Benchmark;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import picocli.CommandLine;

/**
 * {@code bench alerts}: live alerts against running instances. Station sockets of a synthetic hospital are
 * spread over the instances; order checks are submitted open loop to an instance other than the one the
 * alerted stations are connected to, so every alert crosses the instances' fan-out (RabbitMQ); latency runs
 * from when the check was due to when the alert frame reached the station. The same sitting measures a
 * baseline (checks sent to the stations' own instance), the replay of missed alerts after a reconnect, and
 * memory per idle socket.
 */
public class AlertsBenchmark implements Benchmark {

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public String description() {
        return "live alerts: 5,000 station sockets, check -> alert frame p50/p99 across instances, replay, memory";
    }

    @Override
    public int run(String... args) throws Exception {
        AlertBenchOptions o = new AlertBenchOptions();
        CommandLine cl = new CommandLine(o);
        cl.parseArgs(args);
        if (cl.isUsageHelpRequested()) {
            cl.usage(System.out);
            return 0;
        }
        if (!enoughFiles(o.sockets + 256L, "this process")) {
            return 3;
        }
        Result result = measure(o);
        return result.missing() == 0 ? 0 : 1;
    }

    /** Every run of a sitting, and the replay (null when skipped). */
    record Result(List<Run> runs, List<Run> baseline, ReplayProbe.Replay replay) {

        long missing() {
            long missing = 0;
            for (Run r : runs) {
                missing += r.alerts().missing();
            }
            for (Run r : baseline) {
                missing += r.alerts().missing();
            }
            return missing + (replay == null ? 0 : replay.missed() - replay.received());
        }
    }

    Result measure(AlertBenchOptions o) throws Exception {
        List<URI> urls = o.urls().stream().map(URI::create).toList();
        List<ServerProcess> servers = servers(o, urls);
        StationPlan plan = new StationPlan(o.sockets, o.nurseShare, o.departments, urls.size());
        try (Connection db = DriverManager.getConnection(o.jdbcUrl, o.dbUser, o.dbPassword)) {
            System.out.println("stations: " + StationFixture.load(db, plan,
                    List.of(ReplayProbe.DOCTOR, ReplayProbe.ward(urls.size()))));
        }
        StationTokens tokens = new StationTokens(o.keyFile, o.issuer);
        Map<String, String> stationTokens = mint(plan, tokens);

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(o.eventLoops).setWorkerPoolSize(1));
        try (StationSockets sockets = new StationSockets(vertx, urls, o.sockets + 4);
                CheckSubmitter submitter = new CheckSubmitter(vertx, urls, o.connections, tokens.his())) {
            openAndMeasureMemory(o, plan, servers, stationTokens, sockets);
            AlertOrders orders = new AlertOrders(o.item, o.hospitalLevel);
            Sitting sitting = new Sitting(o, plan, sockets, submitter, orders, servers, new SupportCpu(o.jdbcUrl));
            sitting.warmUp();
            List<Run> crossRuns = new ArrayList<>();
            List<Run> baselineRuns = new ArrayList<>();
            boolean cross = urls.size() > 1;
            // Baseline runs alternate with the measured ones, so that both see the same drift of a shared machine.
            for (int r = 1; r <= Math.max(o.runs, cross ? o.baselineRuns : 0); r++) {
                if (r <= o.runs) {
                    crossRuns.add(sitting.measure((cross ? "run " : "run (one instance) ") + r, cross));
                }
                if (cross && r <= o.baselineRuns) {
                    baselineRuns.add(sitting.measure("baseline " + r + " (checks to the stations' own instance)",
                            false));
                }
            }
            report(o, crossRuns, baselineRuns, cross);
            ReplayProbe.Replay replay = null;
            if (o.replay > 0) {
                replay = ReplayProbe.run(sockets, submitter, orders, tokens, urls.size(), o.replay, o.replayRate);
                print(replay, urls.size());
            }
            System.out.printf("sockets still open at the end: %d of %d (closed by a server: %d)%n",
                    sockets.openCount(), o.sockets, sockets.closedByServer());
            return new Result(crossRuns, baselineRuns, replay);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    private static void print(ReplayProbe.Replay replay, int instances) {
        System.out.printf("replay of %d missed alerts (?since=, %s): socket open in %d ms, first frame at %.0f ms, "
                + "all %d received at %.0f ms; in order: %s; duplicates %d; other frames %d (raising them took "
                + "%.1f s; load average %.1f)%n", replay.missed(), instances > 1
                        ? "raised on instance 0, nurse station on instance 1" : "one instance",
                replay.handshakeMillis(), replay.firstFrameMillis(), replay.received(), replay.lastFrameMillis(),
                replay.inOrder() ? "yes" : "NO", replay.duplicates(), replay.others(), replay.raiseSeconds(),
                ServerProcess.loadAverage());
    }

    private static boolean enoughFiles(long needed, String who) throws Exception {
        long limit = ServerProcess.openFileLimit(ProcessHandle.current().pid());
        if (limit < needed) {
            System.err.printf("%s may open %d files but needs about %d: raise the limit first "
                    + "(ulimit -n 20000 in the shell that starts it, or prlimit --nofile=20000 --pid <pid>)%n",
                    who, limit, needed);
            return false;
        }
        return true;
    }

    private static List<ServerProcess> servers(AlertBenchOptions o, List<URI> urls) throws Exception {
        List<ServerProcess> servers = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            ServerProcess p = i < o.pids.size() ? new ServerProcess(o.pids.get(i))
                    : ServerProcess.listeningOn(urls.get(i).getPort()).orElse(null);
            if (p == null) {
                System.out.printf("instance %d (%s): process not found on this machine; no memory or CPU figures%n",
                        i, urls.get(i));
                return List.of();
            }
            long needed = o.sockets / urls.size() + 256;
            System.out.printf("instance %d: %s, pid %d, open-file limit %d%s%n", i, urls.get(i), p.pid(),
                    p.openFileLimit(), p.openFileLimit() < needed ? "  (TOO LOW for " + needed
                            + " descriptors: start it under ulimit -n 20000)" : "");
            servers.add(p);
        }
        return servers;
    }

    private static Map<String, String> mint(StationPlan plan, StationTokens tokens) {
        long start = System.nanoTime();
        Map<String, String> minted = new HashMap<>();
        for (Station s : plan.stations()) {
            minted.put(s.key(), tokens.station(s));
        }
        System.out.printf("tokens: %d minted with the demo key in %.1f s%n", minted.size(),
                (System.nanoTime() - start) / 1e9);
        return minted;
    }

    private static void openAndMeasureMemory(AlertBenchOptions o, StationPlan plan, List<ServerProcess> servers,
            Map<String, String> tokens, StationSockets sockets) throws Exception {
        boolean memory = !o.noMemory && !servers.isEmpty();
        long[] heapBefore = new long[servers.size()];
        long[] rssBefore = new long[servers.size()];
        for (int i = 0; memory && i < servers.size(); i++) {
            heapBefore[i] = servers.get(i).liveHeapBytes();
            rssBefore[i] = servers.get(i).rssBytes();
        }
        double load = ServerProcess.loadAverage();
        var opened = sockets.openAll(plan.stations(), s -> tokens.get(s.key()), o.connectConcurrency,
                Duration.ofMinutes(5));
        System.out.printf("sockets: %d opened, %d failed in %.1f s (load average %.1f)%s%n", opened.opened(),
                opened.failed(), opened.seconds(), load,
                opened.failed() > 0 ? "; first failure " + opened.firstFailure() : "");
        if (opened.failed() > 0) {
            throw new IllegalStateException("not every station could connect");
        }
        double[] cpu = new double[servers.size()];
        for (int i = 0; i < cpu.length; i++) {
            cpu[i] = servers.get(i).cpuSeconds();
        }
        Thread.sleep(o.idle.toMillis());
        for (int i = 0; i < cpu.length && o.idle.toMillis() > 0; i++) {
            System.out.printf("instance %d with its sockets idle: %.3f cores%n", i,
                    (servers.get(i).cpuSeconds() - cpu[i]) / (o.idle.toMillis() / 1000.0));
        }
        for (int i = 0; memory && i < servers.size(); i++) {
            ServerProcess p = servers.get(i);
            long heap = p.liveHeapBytes();
            long rss = p.rssBytes();
            int here = countOn(plan, i);
            System.out.printf("memory, instance %d, %d idle sockets: live heap %.1f -> %.1f MB (%.1f KB per socket), "
                    + "RSS %.1f -> %.1f MB (%.1f KB per socket), %d open files (load average %.1f)%n", i, here,
                    heapBefore[i] / 1e6, heap / 1e6, (heap - heapBefore[i]) / 1024.0 / here, rssBefore[i] / 1e6,
                    rss / 1e6, (rss - rssBefore[i]) / 1024.0 / here, p.openFiles(), ServerProcess.loadAverage());
        }
    }

    private static int countOn(StationPlan plan, int instance) {
        return (int) plan.stations().stream().filter(s -> s.instance() == instance).count();
    }

    /** One measured run. */
    record Run(String label, CheckSubmitter.Sent sent, long noHit, String noHitSample, Map<String, Long> verdicts,
            AlertTracker.Outcome alerts, double generatorCores, double[] serverCores, double[] supportCores,
            double loadBefore, double loadAfter) {
    }

    /** The sockets, submitter and orders one sitting's runs share. */
    private record Sitting(AlertBenchOptions o, StationPlan plan, StationSockets sockets, CheckSubmitter submitter,
            AlertOrders orders, List<ServerProcess> servers, SupportCpu support) {

        void warmUp() throws Exception {
            if (!o.warmup.isZero()) {
                // Settle longer: a cold service may fall behind, and its backlog must not spill into run 1.
                Run warm = measure("warm-up", plan.instances() > 1, o.warmup, o.settle.plusSeconds(60));
                System.out.printf("warm-up: %d checks, %d alerts received of %d%n", warm.sent().sent(),
                        warm.alerts().received(), warm.alerts().expected());
            }
        }

        Run measure(String label, boolean cross) throws Exception {
            Run run = measure(label, cross, o.duration, o.settle);
            print(run);
            return run;
        }

        private Run measure(String label, boolean cross, Duration duration, Duration settle) throws Exception {
            int instances = plan.instances();
            AlertTracker tracker = new AlertTracker((int) (o.rate * duration.toMillis() / 1000 * 2 + 16));
            sockets.listen(tracker);
            String letters = label.replaceAll("[^a-z0-9]", "");
            String tag = letters.substring(0, Math.min(4, letters.length()))
                    + Long.toString(System.currentTimeMillis() % 100_000_000, 36);
            SplittableRandom random = new SplittableRandom(tag.hashCode());
            LongAdder noHit = new LongAdder();
            Map<String, LongAdder> verdicts = new java.util.concurrent.ConcurrentHashMap<>();
            String[] noHitSample = new String[1];
            double load = ServerProcess.loadAverage();
            double cpu = ServerProcess.cpuSeconds(Path.of("/proc/self/stat"));
            double[] serverCpu = serverCpu();
            double[] supportCpu = support.seconds();
            long start = System.nanoTime();
            var sent = submitter.run(o.rate, duration, (n, due) -> {
                int stationInstance = (int) (n % instances);
                StationPlan.Target t = plan.target(stationInstance, random);
                String encounter = AlertOrders.encounterId(tag, n);
                tracker.expect(t.doctor(), encounter, due);
                tracker.expect(t.ward(), encounter, due);
                int to = cross ? (stationInstance + 1) % instances : stationInstance;
                return new CheckSubmitter.Check(to, orders.body(encounter, t.doctor(), t.ward()),
                        (status, body, latency) -> {
                            verdicts.computeIfAbsent(status == 200 ? AlertOrders.verdict(body) : "HTTP " + status,
                                    k -> new LongAdder()).increment();
                            if (status != 200 || !AlertOrders.alertExpected(body)) {
                                noHit.increment();
                                noHitSample[0] = status + " " + body;
                                tracker.forget(t.doctor(), encounter);
                                tracker.forget(t.ward(), encounter);
                            }
                        });
            });
            long settleUntil = System.nanoTime() + settle.toNanos();
            while (tracker.outstanding() > 0 && System.nanoTime() < settleUntil) {
                Thread.sleep(20);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double generator = (ServerProcess.cpuSeconds(Path.of("/proc/self/stat")) - cpu) / wall;
            double[] after = serverCpu();
            for (int i = 0; i < after.length; i++) {
                after[i] = (after[i] - serverCpu[i]) / wall;
            }
            double[] supportAfter = support.seconds();
            for (int i = 0; i < supportAfter.length; i++) {
                supportAfter[i] = (supportAfter[i] - supportCpu[i]) / wall;
            }
            Map<String, Long> verdictCounts = new java.util.TreeMap<>();
            verdicts.forEach((k, v) -> verdictCounts.put(k, v.sum()));
            return new Run(label, sent, noHit.sum(), noHitSample[0], verdictCounts, tracker.outcome(), generator,
                    after, supportAfter, load, ServerProcess.loadAverage());
        }

        private double[] serverCpu() throws Exception {
            double[] cpu = new double[servers.size()];
            for (int i = 0; i < cpu.length; i++) {
                cpu[i] = servers.get(i).cpuSeconds();
            }
            return cpu;
        }
    }

    private static void print(Run r) {
        var s = r.sent();
        var a = r.alerts();
        System.out.printf("%s: %d checks sent, %d answered (%.0f/s), %d failed, verdicts %s, %d raise no alert%s%n",
                r.label(), s.sent(), s.ok(), s.ok() / s.seconds(), s.failed(), r.verdicts(), r.noHit(),
                r.noHit() > 0 ? " (e.g. " + abbreviate(r.noHitSample()) + ")" : "");
        System.out.printf("  alert frames: expected %d, received %d, MISSING %d, unexpected %d, updates %d, "
                + "errors %d%s%n", a.expected(), a.received(), a.missing(), a.unexpected(), a.updates(), a.errors(),
                a.missing() > 0 ? " (e.g. " + a.missingSample() + ")" : "");
        if (a.errors() > 0) {
            System.out.println("  last error frame: " + abbreviate(a.lastError()));
        }
        System.out.printf("  check due -> alert frame at the station: p50 %.1f ms, p99 %.1f ms, max %.1f ms "
                + "(check answered: p50 %.1f ms, p99 %.1f ms)%n", a.latencies().millis(0.5),
                a.latencies().millis(0.99), a.latencies().millis(1.0), s.latencies().millis(0.5),
                s.latencies().millis(0.99));
        StringBuilder servers = new StringBuilder();
        for (double c : r.serverCores()) {
            servers.append(servers.length() == 0 ? "" : " + ").append(String.format("%.2f", c));
        }
        System.out.printf("  CPU: generator %.2f cores%s, PostgreSQL %.2f, RabbitMQ %.2f cores (over the run and its "
                + "settling); load average %.1f -> %.1f%n", r.generatorCores(),
                servers.length() == 0 ? "" : ", instances " + servers + " cores", r.supportCores()[0],
                r.supportCores()[1], r.loadBefore(), r.loadAfter());
    }

    private static void report(AlertBenchOptions o, List<Run> runs, List<Run> baseline, boolean cross) {
        System.out.printf("median of %d runs%s at %d checks/s, %d sockets: p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                + "missing %.0f; generator %.2f cores%n", runs.size(), cross ? " through another instance" : "",
                o.rate, o.sockets, median(runs, r -> r.alerts().latencies().millis(0.5)),
                median(runs, r -> r.alerts().latencies().millis(0.99)),
                median(runs, r -> r.alerts().latencies().millis(1.0)), median(runs, r -> r.alerts().missing()),
                median(runs, Run::generatorCores));
        if (!baseline.isEmpty()) {
            System.out.printf("median of %d baseline runs (stations' own instance): p50 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms; missing %.0f%n", baseline.size(),
                    median(baseline, r -> r.alerts().latencies().millis(0.5)),
                    median(baseline, r -> r.alerts().latencies().millis(0.99)),
                    median(baseline, r -> r.alerts().latencies().millis(1.0)),
                    median(baseline, r -> r.alerts().missing()));
        }
    }

    static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(f.applyAsDouble(r)));
        Collections.sort(values);
        int n = values.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 240 ? s : s.substring(0, 240) + "…";
    }
}
