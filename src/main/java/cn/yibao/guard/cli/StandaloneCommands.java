package cn.yibao.guard.cli;

import java.util.List;
import java.util.Optional;

import cn.yibao.guard.drg.GroupCommand;

/** The registry of commands that run without starting the service. */
public final class StandaloneCommands {

    private static final List<StandaloneCommand> COMMANDS = List.of(new BenchCommand(), new GroupCommand());

    private StandaloneCommands() {
    }

    public static Optional<StandaloneCommand> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return COMMANDS.stream().map(StandaloneCommand::name).toList();
    }
}
