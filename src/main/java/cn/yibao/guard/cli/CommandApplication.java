package cn.yibao.guard.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;

/** Runs one {@link ServiceCommand} inside the started service container, then exits. */
public class CommandApplication implements QuarkusApplication {

    @Inject
    Instance<ServiceCommand> commands;

    @Override
    public int run(String... args) throws Exception {
        String name = args[0];
        for (ServiceCommand command : commands) {
            if (command.name().equals(name)) {
                return command.run(Arrays.copyOfRange(args, 1, args.length));
            }
        }
        String known = Stream.concat(commands.stream().map(ServiceCommand::name), StandaloneCommands.names().stream())
                .sorted().collect(Collectors.joining(", "));
        System.err.println("Unknown command '" + name + "'. Commands: " + known);
        return 2;
    }
}
