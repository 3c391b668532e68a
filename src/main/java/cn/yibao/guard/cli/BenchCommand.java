package cn.yibao.guard.cli;

import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

/**
 * {@code bench <name> [options]}: runs one of the product's benchmarks without starting the service.
 * Benchmarks are found through {@link ServiceLoader} ({@code META-INF/services/cn.yibao.guard.cli.Benchmark}).
 */
public final class BenchCommand implements StandaloneCommand {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public int run(String... args) {
        List<Benchmark> benchmarks = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get)
                .toList();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println("Usage: bench <name> [options]   (bench <name> --help for its options)");
            benchmarks.forEach(b -> System.out.printf("  %-12s %s%n", b.name(), b.description()));
            return args.length == 0 ? 2 : 0;
        }
        for (Benchmark benchmark : benchmarks) {
            if (benchmark.name().equals(args[0])) {
                try {
                    return benchmark.run(Arrays.copyOfRange(args, 1, args.length));
                } catch (Exception e) {
                    e.printStackTrace();
                    return 1;
                }
            }
        }
        System.err.println("Unknown benchmark '" + args[0] + "'");
        return 2;
    }
}
