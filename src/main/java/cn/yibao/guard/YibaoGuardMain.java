package cn.yibao.guard;

import java.util.Arrays;

import cn.yibao.guard.cli.CommandApplication;
import cn.yibao.guard.cli.StandaloneCommands;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of {@code quarkus-run.jar}.
 * <p>
 * Without arguments it runs the service. With a command it runs that command and exits:
 * engine commands ({@code group}, {@code bench}) run in plain Java without starting the service,
 * so they need neither the database nor the network; the other commands start the service's
 * configuration and database connection but no HTTP listener.
 */
@QuarkusMain
public class YibaoGuardMain {

    public static void main(String... args) {
        if (args.length == 0) {
            Quarkus.run(args);
            return;
        }
        var standalone = StandaloneCommands.find(args[0]);
        if (standalone.isPresent()) {
            System.exit(standalone.get().run(Arrays.copyOfRange(args, 1, args.length)));
        }
        // A command prints its result on stdout, so the service's logs go to stderr,
        // and it must not compete with a running service for the HTTP port.
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("quarkus.log.console.stderr", "true");
        System.setProperty("quarkus.banner.enabled", "false");
        Quarkus.run(CommandApplication.class, args);
    }
}
