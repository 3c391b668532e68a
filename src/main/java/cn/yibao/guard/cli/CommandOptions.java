package cn.yibao.guard.cli;

import java.util.OptionalInt;

import picocli.CommandLine;

/** Reads a command's options with picocli: prints the usage on {@code --help} (exit 0) or on bad options (exit 2). */
public final class CommandOptions {

    private CommandOptions() {
    }

    /**
     * Fills {@code options} (a picocli {@code @Command} class) from {@code args}.
     *
     * @return the exit code when the command must stop here (help shown or options wrong), else empty
     */
    public static OptionalInt parse(Object options, String... args) {
        CommandLine cli = new CommandLine(options);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            cli.usage(System.err);
            return OptionalInt.of(2);
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(System.out);
            return OptionalInt.of(0);
        }
        return OptionalInt.empty();
    }
}
