package cn.yibao.guard.drg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import cn.yibao.guard.drg.batch.CaseCsv;
import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.GroupingCase;
import cn.yibao.guard.drg.engine.GroupingResult;
import cn.yibao.guard.drg.engine.Trace;
import cn.yibao.guard.drg.scheme.LocalScheme;

/**
 * Grouping throughput on one thread over the 3,962 development cases (CHS-DRG 1.1 with code lists), one case
 * per operation, without and with the trace. Run from the project root (it reads ../shared).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class DrgGrouperBenchmark {

    @Param({"false", "true"})
    boolean trace;

    private DrgGrouper grouper;
    private GroupingCase[] cases;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path scheme = Path.of("../shared/drg/chs-drg-1.1");
        grouper = new DrgGrouper(LocalScheme.load("chs-drg-1.1", scheme, LocalScheme.defaultCodes(scheme)));
        List<String> lines = Files.readAllLines(Path.of("../shared/samples/chs-drg-1.1-dev-cases.csv"),
                StandardCharsets.UTF_8);
        CaseCsv csv = CaseCsv.header(lines.get(0));
        cases = new GroupingCase[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            cases[i - 1] = csv.row(lines.get(i), i + 1).groupingCase();
        }
    }

    @Benchmark
    public GroupingResult groupOneCase() {
        GroupingCase c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        return grouper.group(c, trace ? Trace.on() : Trace.OFF);
    }
}
