package cn.yibao.guard.rules.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.yibao.guard.cli.Benchmark;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleCompiler;

/**
 * {@code bench rules}: rule evaluation alone, no I/O, on the calling thread (one core), over
 * {@link RuleWorkload#standard()}. Prints the median lines/s of timed rounds for the full book and, as a
 * baseline in the same run, for an empty book (the per-check cost of building the stay's index).
 */
public final class RuleBenchmark implements Benchmark {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String description() {
        return "rule evaluation alone: 10-line orders, 200 rules, 200 earlier lines, 20,000 items (lines/s)";
    }

    @Override
    public int run(String... args) {
        int rounds = 10;
        double seconds = 1.0;
        int warmup = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("bench rules [--rounds 10] [--seconds 1.0] [--warmup 5]");
                    return 0;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    return 2;
                }
            }
        }
        RuleWorkload workload = RuleWorkload.standard();
        RuleCompiler compiler = new RuleCompiler();
        RuleBook book = compiler.compile(workload.rules());
        RuleBook empty = compiler.compile(List.of());
        System.out.printf("workload: %d catalogue items, %d rules, %d earlier lines, %d lines per check%n",
                workload.catalog().size(), book.size(), workload.checks().get(0).history().size(),
                workload.linesPerCheck());
        long hits = 0;
        for (CheckInput check : workload.checks()) {
            hits += book.evaluate(check).size();
        }
        System.out.printf("hits per check: %.1f%n", hits / (double) workload.checks().size());
        for (int i = 0; i < warmup; i++) {
            measure(book, workload, seconds);
            measure(empty, workload, seconds / 2);
        }
        List<Double> full = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            full.add(measure(book, workload, seconds));
            baseline.add(measure(empty, workload, seconds / 2));
        }
        System.out.printf("rule evaluation: median %,.0f lines/s (min %,.0f, max %,.0f) over %d rounds of %.1f s%n",
                median(full), Collections.min(full), Collections.max(full), rounds, seconds);
        System.out.printf("baseline (empty book): median %,.0f lines/s%n", median(baseline));
        return 0;
    }

    /** Lines evaluated per second during one round. */
    private static double measure(RuleBook book, RuleWorkload workload, double seconds) {
        List<CheckInput> checks = workload.checks();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long lines = 0;
        int sink = 0;
        int i = 0;
        while (System.nanoTime() < deadline) {
            for (int k = 0; k < 64; k++) {
                sink += book.evaluate(checks.get(i++ % checks.size())).size();
                lines += workload.linesPerCheck();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sink == Integer.MIN_VALUE) {
            System.out.print("");
        }
        return lines / elapsed;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
