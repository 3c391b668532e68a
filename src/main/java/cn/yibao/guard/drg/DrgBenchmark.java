package cn.yibao.guard.drg;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;

import cn.yibao.guard.cli.CommandOptions;
import cn.yibao.guard.cli.Benchmark;
import cn.yibao.guard.drg.batch.CaseCsv;
import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.DrgScheme;
import cn.yibao.guard.drg.engine.GroupingCase;
import cn.yibao.guard.drg.engine.GroupingResult;
import cn.yibao.guard.drg.scheme.LocalScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench drg}: the grouper's figures on one thread — cases per second without and with the trace,
 * the time to compile a scheme and the heap one compiled scheme holds — as medians of repeated rounds.
 * {@code --write-cases N FILE} writes N cases drawn from the case file, for timing the {@code group} command.
 */
public final class DrgBenchmark implements Benchmark {

    @Override
    public String name() {
        return "drg";
    }

    @Override
    public String description() {
        return "DRG grouper: cases/s with and without trace, scheme compile time, heap per scheme";
    }

    @Override
    public int run(String... args) throws IOException {
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(options, args);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        List<GroupingCase> cases = readCases(options.cases);
        if (options.writeCases != null) {
            return writeCases(cases, Integer.parseInt(options.writeCases.get(0)), Path.of(options.writeCases.get(1)));
        }
        Optional<Path> codes = LocalScheme.defaultCodes(options.scheme);
        System.out.printf("DRG grouper benchmark: %s, %d cases from %s, %d rounds of %.1f s, %d processors%n",
                options.scheme, cases.size(), options.cases, options.rounds, options.seconds,
                Runtime.getRuntime().availableProcessors());
        compileTimes(options, codes);
        DrgScheme scheme = heldHeap(options, codes);
        DrgGrouper grouper = new DrgGrouper(scheme);
        throughput("grouping without trace", cases, grouper::group, options);
        throughput("grouping with trace   ", cases, grouper::explain, options);
        return 0;
    }

    private static void compileTimes(Options options, Optional<Path> codes) {
        double[] seconds = new double[options.compiles];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            LocalScheme.load("bench", options.scheme, codes);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf("scheme read + compile (with code lists): median %.2f s  [%s]%n", median(seconds),
                list(seconds, "%.2f"));
    }

    /** Heap held by a compiled scheme: used heap after a full collection, with and without it. */
    private static DrgScheme heldHeap(Options options, Optional<Path> codes) {
        double[] megabytes = new double[3];
        DrgScheme kept = null;
        for (int i = 0; i < megabytes.length; i++) {
            kept = null;
            long before = usedAfterGc();
            kept = LocalScheme.load("bench", options.scheme, codes);
            megabytes[i] = (usedAfterGc() - before) / (1024.0 * 1024.0);
        }
        System.out.printf("heap held by one compiled scheme: median %.1f MB  [%s]%n", median(megabytes),
                list(megabytes, "%.1f"));
        return kept;
    }

    private static void throughput(String label, List<GroupingCase> cases, Function<GroupingCase, GroupingResult> group,
            Options options) {
        long sink = 0;
        double[] rates = new double[options.rounds];
        for (int round = -options.warmups; round < options.rounds; round++) {
            long start = System.nanoTime();
            long deadline = start + (long) (options.seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < deadline) {
                for (GroupingCase c : cases) {
                    sink += group.apply(c).drg().length();
                }
                n += cases.size();
            }
            if (round >= 0) {
                rates[round] = n / ((System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf("%s, 1 thread: median %,.0f cases/s  [%s]  (%d)%n", label, median(rates),
                list(rates, "%,.0f"), sink % 2);
    }

    private static List<GroupingCase> readCases(Path file) throws IOException {
        List<GroupingCase> cases = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CaseCsv csv = CaseCsv.header(in.readLine());
            long line = 1;
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                CaseCsv.Row parsed = csv.row(row, ++line);
                if (parsed.groupingCase() != null) {
                    cases.add(parsed.groupingCase());
                }
            }
        }
        return cases;
    }

    /** Writes {@code count} cases drawn (seeded) from {@code cases}, with fresh ids, in the contract's CSV. */
    private static int writeCases(List<GroupingCase> cases, int count, Path out) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(String.join(",", CaseCsv.COLUMNS) + "\n");
            for (int i = 0; i < count; i++) {
                GroupingCase c = cases.get(random.nextInt(cases.size()));
                writer.write(String.join(",", "B" + i, text(c.sex()), text(c.ageYears()), text(c.ageDays()),
                        text(c.birthWeightGrams()), text(c.losDays()), text(c.dischargeMode()),
                        String.join("|", c.diagnoses()), String.join("|", c.procedures())) + "\n");
            }
        }
        System.out.printf("wrote %,d cases to %s%n", count, out);
        return 0;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String list(double[] values, String format) {
        return String.join(" ", Arrays.stream(values).mapToObj(v -> String.format(format, v)).toList());
    }

    @Command(name = "bench drg", description = "DRG grouper benchmark (single thread, medians)")
    static final class Options {
        @Option(names = "--scheme", description = "scheme directory (default ../shared/drg/chs-drg-1.1)")
        Path scheme = Path.of("../shared/drg/chs-drg-1.1");
        @Option(names = "--cases", description = "cases CSV (default ../shared/samples/chs-drg-1.1-dev-cases.csv)")
        Path cases = Path.of("../shared/samples/chs-drg-1.1-dev-cases.csv");
        @Option(names = "--rounds", description = "measured rounds (default 10)")
        int rounds = 10;
        @Option(names = "--warmups", description = "unmeasured rounds first (default 5)")
        int warmups = 5;
        @Option(names = "--seconds", description = "length of a round (default 1)")
        double seconds = 1;
        @Option(names = "--compiles", description = "scheme compilations timed (default 5)")
        int compiles = 5;
        @Option(names = "--write-cases", arity = "2", paramLabel = "N FILE",
                description = "only write N cases drawn from --cases to FILE (for timing the group command)")
        List<String> writeCases;
        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
    }
}
