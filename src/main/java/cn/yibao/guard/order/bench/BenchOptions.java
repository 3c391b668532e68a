package cn.yibao.guard.order.bench;

import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options of {@code bench orders}. */
@Command(name = "bench orders", mixinStandardHelpOptions = true,
        description = "Open-loop load on POST /api/v1/orders against a running service; server-side latency "
                + "is read from its /q/metrics histogram, client-side latency is measured here.")
public class BenchOptions {

    @Option(names = "--url", description = "The service (default ${DEFAULT-VALUE})")
    String url = "http://127.0.0.1:8080";

    @Option(names = "--token", description = "Bearer token of a his-system user")
    String token;

    @Option(names = "--token-file", description = "File holding the bearer token")
    String tokenFile;

    @Option(names = "--officer-token", description = "Bearer token of an insurance-officer user, for --setup: "
            + "the catalogue, rules and NHSA batches are loaded through the service's API")
    String officerToken;

    @Option(names = "--officer-token-file", description = "File holding the insurance-officer token")
    String officerTokenFile;

    @Option(names = "--nhsa", paramLabel = "DIR", description = "With --setup: also import and enable every NHSA "
            + "batch of DIR; the orders then also carry codes the batches name (every third line)")
    java.nio.file.Path nhsa;

    @Option(names = "--jdbc-url", description = "The service's database, for set-up and for restoring the "
            + "history between runs (default ${DEFAULT-VALUE})")
    String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/yibao_bench";

    @Option(names = "--db-user", description = "(default ${DEFAULT-VALUE})")
    String dbUser = "postgres";

    @Option(names = "--db-password", description = "(default: empty)")
    String dbPassword = "";

    @Option(names = "--setup", description = "Load the synthetic hospital first (every registered fixture)")
    boolean setup;

    @Option(names = "--setup-only", description = "Load the synthetic hospital and stop")
    boolean setupOnly;

    @Option(names = "--fixtures", split = ",", paramLabel = "NAME", description = "With --setup: only these "
            + "fixtures (e.g. catalogue,rules,nhsa to change the rule base and keep the stays); default all")
    java.util.Set<String> fixtures;

    @Option(names = "--items", description = "Catalogue items (default ${DEFAULT-VALUE})")
    int items = 20_000;

    @Option(names = "--rules", description = "Rules a rule fixture loads (default ${DEFAULT-VALUE})")
    int rules = 200;

    @Option(names = "--encounters", description = "Encounters checked at random (default ${DEFAULT-VALUE})")
    int encounters = 20_000;

    @Option(names = "--history", description = "Earlier orders per encounter (default ${DEFAULT-VALUE})")
    int history = 200;

    @Option(names = "--lines", description = "Lines per order (default ${DEFAULT-VALUE})")
    int lines = 10;

    @Option(names = "--rate", description = "Checks per second, open loop (default ${DEFAULT-VALUE})")
    int rate = 1000;

    @Option(names = "--duration", converter = Durations.class,
            description = "Measured length of each run: 60s, 2m, 500ms or ISO-8601 (default 60s)")
    Duration duration = Duration.ofSeconds(60);

    @Option(names = "--warmup", converter = Durations.class,
            description = "Unmeasured load before the first run (default 20s)")
    Duration warmup = Duration.ofSeconds(20);

    @Option(names = "--runs", description = "Measured runs; the report gives their median (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--connections", description = "HTTP connections (default ${DEFAULT-VALUE})")
    int connections = 64;

    @Option(names = "--pgbench-db", description = "Also measure pgbench write TPS in this scratch database "
            + "(pgbench -i -s 10, then -c 8 -j 2 -T 30)")
    String pgbenchDb;

    /** {@code 60s}, {@code 2m}, {@code 500ms} or ISO-8601 ({@code PT1M}). */
    public static class Durations implements ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase();
            if (v.startsWith("pt")) {
                return Duration.parse(value);
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException("not a duration: " + value);
            };
        }
    }
}
