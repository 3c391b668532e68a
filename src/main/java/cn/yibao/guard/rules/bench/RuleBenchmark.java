package cn.yibao.guard.rules.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.yibao.guard.cli.Benchmark;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.EngineSettings;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleTemplates;

/**
 * {@code bench rules}: rule evaluation alone, no I/O, on the calling thread (one core), over
 * {@link RuleWorkload#standard()}. Prints the median lines/s of timed rounds for the full book and, as a
 * baseline in the same run, for an empty book (the per-check cost of building the stay's index). With
 * {@code --nhsa DIR} it loads every NHSA batch of the directory too ({@link NhsaWorkload}).
 */
public final class RuleBenchmark implements Benchmark {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String description() {
        return "rule evaluation alone: 10-line orders, 200 rules, 200 earlier lines, 20,000 items (lines/s);"
                + " --nhsa DIR adds the NHSA batches";
    }

    @Override
    public int run(String... args) throws Exception {
        int rounds = 10;
        double seconds = 1.0;
        int warmup = 5;
        Path nhsa = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--nhsa" -> nhsa = Path.of(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("bench rules [--rounds 10] [--seconds 1.0] [--warmup 5] [--nhsa DIR]");
                    System.out.println("  --nhsa DIR: also load every NHSA batch of DIR (e.g. ../shared/rules/nhsa-liangku)"
                            + " and measure with the national rule base");
                    return 0;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    return 2;
                }
            }
        }
        RuleWorkload workload = RuleWorkload.standard();
        if (nhsa != null) {
            return runWithNhsa(workload, nhsa, rounds, seconds, warmup);
        }
        RuleCompiler compiler = new RuleCompiler();
        RuleBook book = compiler.compile(workload.rules());
        RuleBook empty = compiler.compile(List.of());
        System.out.printf("workload: %d catalogue items, %d rules, %d earlier lines, %d lines per check%n",
                workload.catalog().size(), book.size(), workload.checks().get(0).history().size(),
                workload.linesPerCheck());
        System.out.printf("hits per check: %.1f%n", hitsPerCheck(book, workload.checks()));
        for (int i = 0; i < warmup; i++) {
            measure(book, workload.checks(), workload.linesPerCheck(), seconds);
            measure(empty, workload.checks(), workload.linesPerCheck(), seconds / 2);
        }
        List<Double> full = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            full.add(measure(book, workload.checks(), workload.linesPerCheck(), seconds));
            baseline.add(measure(empty, workload.checks(), workload.linesPerCheck(), seconds / 2));
        }
        System.out.printf("rule evaluation: median %,.0f lines/s (min %,.0f, max %,.0f) over %d rounds of %.1f s%n",
                median(full), Collections.min(full), Collections.max(full), rounds, seconds);
        System.out.printf("baseline (empty book): median %,.0f lines/s%n", median(baseline));
        return 0;
    }

    /**
     * The standard workload's orders, partly carrying items the batches name, against three books in the same
     * run: the standard rules plus every NHSA batch, the standard rules alone, and an empty book.
     */
    private static int runWithNhsa(RuleWorkload workload, Path dir, int rounds, double seconds, int warmup)
            throws Exception {
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            NhsaWorkload.read(dir);
            reads.add((System.nanoTime() - start) / 1e6);
        }
        NhsaWorkload nhsa = NhsaWorkload.of(dir, workload);
        RuleCompiler compiler = new RuleCompiler(RuleTemplates.nhsa(), EngineSettings.DEFAULT);
        List<cn.yibao.guard.rules.engine.RuleDefinition> all = new ArrayList<>(workload.rules());
        all.addAll(nhsa.rules());
        List<Double> compiles = new ArrayList<>();
        RuleBook book = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            book = compiler.compile(all);
            compiles.add((System.nanoTime() - start) / 1e6);
        }
        RuleBook standard = compiler.compile(workload.rules());
        RuleBook empty = compiler.compile(List.of());
        List<CheckInput> checks = nhsa.checks();
        int lines = workload.linesPerCheck();
        System.out.printf("NHSA batches: %d rules naming %d national codes; read and bound in %.0f ms (median of 3,"
                + " first %.0f ms); book of %d rules compiled in %.0f ms (median of 3, first %.0f ms)%n",
                nhsa.rules().size(), nhsa.codes(), median(reads), reads.get(0), book.size(), median(compiles),
                compiles.get(0));
        System.out.printf("workload: %d lines per check, %d earlier lines; hits per check: %.1f with the NHSA "
                + "batches, %.1f without%n", lines, checks.get(0).history().size(), hitsPerCheck(book, checks),
                hitsPerCheck(standard, checks));
        for (int i = 0; i < warmup; i++) {
            measure(book, checks, lines, seconds);
            measure(standard, checks, lines, seconds / 2);
            measure(empty, checks, lines, seconds / 2);
        }
        List<Double> full = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<Double> none = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            full.add(measure(book, checks, lines, seconds));
            base.add(measure(standard, checks, lines, seconds / 2));
            none.add(measure(empty, checks, lines, seconds / 2));
        }
        System.out.printf("with the NHSA batches (%d rules): median %,.0f lines/s (min %,.0f, max %,.0f) over %d "
                + "rounds of %.1f s%n", book.size(), median(full), Collections.min(full), Collections.max(full),
                rounds, seconds);
        System.out.printf("standard rules only (%d rules): median %,.0f lines/s%n", standard.size(), median(base));
        System.out.printf("baseline (empty book): median %,.0f lines/s%n", median(none));
        return 0;
    }

    private static double hitsPerCheck(RuleBook book, List<CheckInput> checks) {
        long hits = 0;
        for (CheckInput check : checks) {
            hits += book.evaluate(check).size();
        }
        return hits / (double) checks.size();
    }

    /** Lines evaluated per second during one round. */
    private static double measure(RuleBook book, List<CheckInput> checks, int linesPerCheck, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long lines = 0;
        int sink = 0;
        int i = 0;
        while (System.nanoTime() < deadline) {
            for (int k = 0; k < 64; k++) {
                sink += book.evaluate(checks.get(i++ % checks.size())).size();
                lines += linesPerCheck;
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
