package cn.yibao.guard.order.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import cn.yibao.guard.cli.Benchmark;
import cn.yibao.guard.rules.bench.NhsaWorkload;
import picocli.CommandLine;

/**
 * {@code bench orders}: the order check under open-loop load against a running service, with the synthetic
 * hospital loaded by the registered {@link BenchFixture}s. Each run starts from the same stay history (what a
 * run adds is removed afterwards); the report gives every run and the median of the runs.
 */
public class OrdersBenchmark implements Benchmark {

    /** The fixtures the figure needs besides the order check's own; other features register them. */
    static final Set<String> EXPECTED_FIXTURES = Set.of("stays", "catalogue", "rules", "nhsa");

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public String description() {
        return "order check under open-loop load (default 1,000 checks/s): server and client p50/p99";
    }

    @Override
    public int run(String... args) throws Exception {
        BenchOptions o = new BenchOptions();
        CommandLine cl = new CommandLine(o);
        cl.parseArgs(args);
        if (cl.isUsageHelpRequested()) {
            cl.usage(System.out);
            return 0;
        }
        SyntheticHospital hospital = new SyntheticHospital(o.items, o.encounters);
        try (Connection db = DriverManager.getConnection(o.jdbcUrl, o.dbUser, o.dbPassword)) {
            if (o.setup || o.setupOnly) {
                setup(hospital, db, o);
                if (o.setupOnly) {
                    return 0;
                }
            }
            String token = token(o);
            String[] batchCodes = o.nhsa == null ? new String[0]
                    : NhsaWorkload.namedCodes(NhsaWorkload.read(o.nhsa)).toArray(String[]::new);
            List<Run> runs = measure(hospital, db, o, token, batchCodes);
            report(runs);
        }
        if (o.pgbenchDb != null) {
            System.out.printf("pgbench (TPC-B-like, scale 10, 8 clients, 30 s): %.0f tps%n", Pgbench.run(o, o.pgbenchDb));
        }
        return 0;
    }

    private static void setup(SyntheticHospital hospital, Connection db, BenchOptions o) throws Exception {
        Set<String> loaded = new TreeSet<>();
        for (BenchFixture fixture : ServiceLoader.load(BenchFixture.class)) {
            if (o.fixtures != null && !o.fixtures.contains(fixture.name())) {
                System.out.printf("setup %-10s kept as loaded before%n", fixture.name());
                loaded.add(fixture.name());
                continue;
            }
            long start = System.nanoTime();
            String summary = fixture.load(hospital, db, o);
            System.out.printf("setup %-10s %s (%.1f s)%n", fixture.name(), summary, (System.nanoTime() - start) / 1e9);
            loaded.add(fixture.name());
        }
        for (String missing : EXPECTED_FIXTURES) {
            if (!loaded.contains(missing)) {
                System.out.printf("setup %-10s NOT LOADED: no fixture registered; the service checks with whatever "
                        + "it has%n", missing);
            }
        }
    }

    private static String token(BenchOptions o) throws Exception {
        if (o.token != null) {
            return o.token.trim();
        }
        if (o.tokenFile != null) {
            return Files.readString(Path.of(o.tokenFile)).trim();
        }
        throw new CommandLine.ParameterException(new CommandLine(o), "--token or --token-file is required");
    }

    /** One measured run. */
    record Run(LoadGenerator.Stats client, ServerHistogram server, double historyMean, long historyMin,
            long historyMax, String ruleCounts, double hitsPerCheck) {
    }

    private static List<Run> measure(SyntheticHospital hospital, Connection db, BenchOptions o, String token,
            String[] batchCodes) throws Exception {
        URI url = URI.create(o.url);
        HttpClient metrics = HttpClient.newHttpClient();
        List<Run> runs = new ArrayList<>();
        try (LoadGenerator load = new LoadGenerator(url, o.connections, token)) {
            if (!o.warmup.isZero()) {
                OffsetDateTime since = now(db);
                var warm = load.run(o.rate, o.warmup, new OrderBodies(hospital, o.lines, "W" + System.currentTimeMillis(), 1,
                        batchCodes)::next);
                System.out.printf("warm-up: %d sent, %d ok, %s%n", warm.sent(), warm.ok(), warm.verdicts());
                StayFixture.restore(db, since);
            }
            for (int r = 1; r <= o.runs; r++) {
                OffsetDateTime since = now(db);
                ServerHistogram before = scrape(metrics, url);
                var stats = load.run(o.rate, o.duration, new OrderBodies(hospital, o.lines,
                        "R" + r + "-" + System.currentTimeMillis(), r, batchCodes)::next);
                ServerHistogram server = scrape(metrics, url).minus(before);
                Run run = withHistory(db, since, stats, server);
                runs.add(run);
                print("run " + r, run);
                StayFixture.restore(db, since);
            }
        }
        return runs;
    }

    private static Run withHistory(Connection db, OffsetDateTime since, LoadGenerator.Stats stats,
            ServerHistogram server) throws Exception {
        try (PreparedStatement st = db.prepareStatement("SELECT avg(history_count), min(history_count), "
                + "max(history_count), string_agg(DISTINCT rule_count::text, ','), avg(hit_count) FROM order_check "
                + "WHERE encounter_id LIKE 'BENCH-%' AND checked_at >= ?")) {
            st.setObject(1, since);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Run(stats, server, rs.getDouble(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getDouble(5));
            }
        }
    }

    private static OffsetDateTime now(Connection db) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT now()")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    private static ServerHistogram scrape(HttpClient http, URI url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve("/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return ServerHistogram.parse(response.body(), "api");
    }

    private static void print(String label, Run r) {
        var c = r.client();
        System.out.printf("%s: sent %d, answered %d (%.0f/s), failed %d, verdicts %s%n", label, c.sent(), c.ok(),
                c.achievedRate(), c.failed(), c.verdicts());
        System.out.printf("  server p50 %.2f ms  p99 %.2f ms  (%d checks in the histogram)%n",
                r.server().quantileMillis(0.50), r.server().quantileMillis(0.99), (long) r.server().count());
        System.out.printf("  client p50 %.2f ms  p99 %.2f ms  max %.1f ms%n", c.percentileMillis(0.50),
                c.percentileMillis(0.99), c.percentileMillis(1.0));
        System.out.printf("  history lines per check: mean %.0f (min %d, max %d); rules in the book: %s; "
                + "hits per check: %.2f%n", r.historyMean(), r.historyMin(), r.historyMax(), r.ruleCounts(),
                r.hitsPerCheck());
    }

    private static void report(List<Run> runs) {
        System.out.printf("median of %d runs: server p50 %.2f ms, p99 %.2f ms; client p50 %.2f ms, p99 %.2f ms; "
                + "%.0f checks/s answered%n", runs.size(),
                median(runs, r -> r.server().quantileMillis(0.50)), median(runs, r -> r.server().quantileMillis(0.99)),
                median(runs, r -> r.client().percentileMillis(0.50)), median(runs, r -> r.client().percentileMillis(0.99)),
                median(runs, r -> r.client().achievedRate()));
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(f.applyAsDouble(r)));
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
