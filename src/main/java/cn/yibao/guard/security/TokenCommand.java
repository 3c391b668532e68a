package cn.yibao.guard.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.cli.CommandOptions;
import cn.yibao.guard.cli.ServiceCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code token --user U --roles r1,r2 [--department D] [--ward W] [--doctor-code C]}: prints a demo token.
 * Refuses in the production configuration.
 */
@ApplicationScoped
public class TokenCommand implements ServiceCommand {

    private final DemoTokens tokens;

    public TokenCommand(DemoTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return "token";
    }

    @Override
    public int run(String... args) {
        if (!tokens.enabled()) {
            System.err.println("The token command exists only in the demo configuration "
                    + "(run with -Dquarkus.profile=demo); production trusts only its OIDC issuer.");
            return 3;
        }
        Options options = new Options();
        var stop = CommandOptions.parse(options, args);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        try {
            var user = new DemoTokens.DemoUser(options.user, options.roles, Optional.ofNullable(options.department),
                    Optional.ofNullable(options.ward), Optional.ofNullable(options.doctorCode));
            System.out.println(tokens.issue(user));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    @Command(name = "token", description = "Print a demo bearer token (demo configuration only)")
    static final class Options {
        @Option(names = "--user", required = true, description = "user id (sub claim)")
        String user;
        @Option(names = "--roles", required = true, split = ",", description = "comma-separated roles: "
                + "his-system, physician, nurse, insurance-officer, supervisor, admin")
        List<String> roles = Arrays.asList();
        @Option(names = "--department", description = "department code (department claim)")
        String department;
        @Option(names = "--ward", description = "ward code (ward claim, nurses)")
        String ward;
        @Option(names = "--doctor-code", description = "HIS doctor code (doctor_code claim, physicians)")
        String doctorCode;
        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
    }
}
