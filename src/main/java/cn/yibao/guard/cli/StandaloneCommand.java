package cn.yibao.guard.cli;

/**
 * A command that runs in plain Java, without the service's container, configuration or database.
 * Pure engines (DRG grouper, rule evaluator) and benchmarks are offered this way.
 */
public interface StandaloneCommand {

    /** The command's name as typed after the jar, e.g. {@code group}. */
    String name();

    /** Runs with the arguments that follow the name and returns the process exit code. */
    int run(String... args);
}
