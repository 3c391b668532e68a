package cn.yibao.guard.cli;

/**
 * One of the product's own benchmarks, run as {@code java -jar quarkus-run.jar bench <name> [options]}.
 * Benchmarks print their figures (medians of repeated runs) on stdout.
 */
public interface Benchmark {

    /** The benchmark's name after {@code bench}, e.g. {@code drg}. */
    String name();

    /** One line for the list printed by {@code bench} without arguments. */
    String description();

    /** Runs with the options that follow the name and returns the process exit code. */
    int run(String... args) throws Exception;
}
