package cn.yibao.guard.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import cn.yibao.guard.rules.bench.RuleWorkload;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleHit;

/**
 * Rule evaluation alone, no I/O, one thread: 10-line orders against 200 rules, a stay of 200 earlier lines and a
 * catalogue of 20,000 items ({@link RuleWorkload#standard()}). Scores are order lines per second
 * ({@code @OperationsPerInvocation(10)}); {@code emptyBook} is the baseline cost of a check without rules.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Threads(1)
public class RuleEvaluationBenchmark {

    private List<CheckInput> checks;
    private RuleBook book;
    private RuleBook empty;
    private int next;

    @Setup
    public void setUp() {
        RuleWorkload workload = RuleWorkload.standard();
        if (workload.linesPerCheck() != 10) {
            throw new IllegalStateException("@OperationsPerInvocation assumes 10 lines per check");
        }
        checks = workload.checks();
        RuleCompiler compiler = new RuleCompiler();
        book = compiler.compile(workload.rules());
        empty = compiler.compile(List.of());
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public List<RuleHit> fullBook() {
        return book.evaluate(nextCheck());
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public List<RuleHit> emptyBook() {
        return empty.evaluate(nextCheck());
    }

    private CheckInput nextCheck() {
        CheckInput check = checks.get(next);
        next = (next + 1) % checks.size();
        return check;
    }
}
