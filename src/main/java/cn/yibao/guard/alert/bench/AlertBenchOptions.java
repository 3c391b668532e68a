package cn.yibao.guard.alert.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.yibao.guard.order.bench.BenchOptions.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of {@code bench alerts}. */
@Command(name = "bench alerts", mixinStandardHelpOptions = true,
        description = {"Live alerts against running instances (demo configuration): opens --sockets station sockets "
                + "spread over the --url instances, submits order checks open-loop at --rate to one instance for "
                + "doctors whose socket is on another, and measures due time -> alert frame at the station; then "
                + "the replay of --replay missed alerts after a reconnect, and memory per idle socket.",
                "Needs about --sockets + 100 file descriptors in this process and half as many in each instance: "
                        + "start both with 'ulimit -n 20000' (or prlimit --nofile=20000 --pid <pid>)."})
public class AlertBenchOptions {

    @Option(names = "--url", description = "An instance; repeat for each (default http://127.0.0.1:8080). "
            + "Sockets are spread over all; with two or more, checks go to an instance other than the station's")
    List<String> urls = new ArrayList<>();

    @Option(names = "--pid", description = "The instances' process ids, in --url order, for memory and CPU "
            + "(default: the process listening on the url's port, when it runs on this machine)")
    List<Long> pids = new ArrayList<>();

    @Option(names = "--jdbc-url", description = "The instances' (shared) database, for the stations' departments, "
            + "wards and doctors (default ${DEFAULT-VALUE})")
    String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/yibao_bench_alerts";

    @Option(names = "--db-user", description = "(default ${DEFAULT-VALUE})")
    String dbUser = "postgres";

    @Option(names = "--db-password", description = "(default: empty)")
    String dbPassword = "";

    @Option(names = "--key-file", description = "The instances' demo signing key (yibao.demo.key-file; default "
            + "${DEFAULT-VALUE})")
    Path keyFile = Path.of(System.getProperty("user.home"), ".yibao-guard", "demo-signing-key.pem");

    @Option(names = "--issuer", description = "The instances' demo issuer (default ${DEFAULT-VALUE})")
    String issuer = "https://demo.yibao-guard.local";

    @Option(names = "--sockets", description = "Station sockets (default ${DEFAULT-VALUE})")
    int sockets = 5_000;

    @Option(names = "--nurse-share", description = "Share of the sockets that are nurse stations, the rest "
            + "physician workstations (default ${DEFAULT-VALUE})")
    double nurseShare = 0.1;

    @Option(names = "--departments", description = "Departments of the synthetic hospital (default ${DEFAULT-VALUE})")
    int departments = 30;

    @Option(names = "--rate", description = "Order checks per second, open loop (default ${DEFAULT-VALUE})")
    int rate = 200;

    @Option(names = "--duration", converter = Durations.class, description = "Measured length of each run "
            + "(default 60s)")
    Duration duration = Duration.ofSeconds(60);

    @Option(names = "--warmup", converter = Durations.class, description = "Unmeasured load first (default 15s)")
    Duration warmup = Duration.ofSeconds(15);

    @Option(names = "--runs", description = "Measured runs through another instance; the report gives their "
            + "median (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--baseline-runs", description = "Runs with each check sent to the instance its stations are "
            + "connected to (no broker hop), alternating with the measured runs (default ${DEFAULT-VALUE})")
    int baselineRuns = 3;

    @Option(names = "--settle", converter = Durations.class, description = "How long after a run's last check "
            + "frames may still arrive before they count as missing (default 30s)")
    Duration settle = Duration.ofSeconds(30);

    @Option(names = "--replay", description = "Missed alerts a reconnecting station is sent (0 skips; default "
            + "${DEFAULT-VALUE})")
    int replay = 1_000;

    @Option(names = "--replay-rate", description = "Checks per second raising the missed alerts (default "
            + "${DEFAULT-VALUE})")
    int replayRate = 200;

    @Option(names = "--no-memory", description = "Skip memory per idle socket (measured with jcmd "
            + "GC.class_histogram, i.e. a full collection on each instance, before and after the sockets open)")
    boolean noMemory;

    @Option(names = "--idle", converter = Durations.class, description = "Idle time after the sockets are open, "
            + "before memory is measured (default 10s)")
    Duration idle = Duration.ofSeconds(10);

    @Option(names = "--event-loops", description = "Event loops of the generator (default ${DEFAULT-VALUE})")
    int eventLoops = 1;

    @Option(names = "--connect-concurrency", description = "Socket handshakes in flight while opening "
            + "(default ${DEFAULT-VALUE})")
    int connectConcurrency = 50;

    @Option(names = "--connections", description = "HTTP connections per instance for the checks (default "
            + "${DEFAULT-VALUE})")
    int connections = 16;

    @Option(names = "--item", description = "Catalogue code of the ordered item; ordered for an inpatient at "
            + "--hospital-level it must raise exactly one hit above INFO (default: the demo catalogue's "
            + "普通门诊诊查费, outpatients only, so one WARNING hit of demo-visit-type)")
    String item = "001102000010000";

    @Option(names = "--hospital-level", description = "Hospital level the checks declare (default ${DEFAULT-VALUE})")
    int hospitalLevel = 3;

    List<String> urls() {
        return urls.isEmpty() ? List.of("http://127.0.0.1:8080") : urls;
    }
}
