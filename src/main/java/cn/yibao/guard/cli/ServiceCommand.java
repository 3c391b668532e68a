package cn.yibao.guard.cli;

/**
 * A command that needs the service's configuration or database, run with
 * {@code java -jar quarkus-run.jar <name> ...}. Implementations are CDI beans.
 */
public interface ServiceCommand {

    /** The command's name as typed after the jar, e.g. {@code token}. */
    String name();

    /**
     * Runs the command on the caller's (main) thread and returns the process exit code.
     * Reactive work must be awaited through {@code VertxContextSupport.subscribeAndAwait}.
     */
    int run(String... args) throws Exception;
}
