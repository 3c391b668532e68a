package cn.yibao.guard.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.cli.CommandOptions;
import cn.yibao.guard.cli.ServiceCommand;
import cn.yibao.guard.common.ProblemException;
import io.quarkus.vertx.VertxContextSupport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-catalog [--replace] [--format csv|json] [--code-map] FILE} imports a catalogue (or, with
 * {@code --code-map}, a HIS item dictionary) of any size from a file, without the HTTP request size limit.
 * {@code import-catalog --synthetic N [--seed S] [--replace]} imports a synthetic catalogue of N items and a HIS
 * code for each (for benchmarks). Prints the import result as JSON.
 */
@ApplicationScoped
public class ImportCatalogCommand implements ServiceCommand {

    private final ItemParser items;
    private final MappingParser mappings;
    private final CatalogItemService catalog;
    private final CodeMapService codeMap;
    private final ObjectMapper json;

    public ImportCatalogCommand(ItemParser items, MappingParser mappings, CatalogItemService catalog,
            CodeMapService codeMap, ObjectMapper json) {
        this.items = items;
        this.mappings = mappings;
        this.catalog = catalog;
        this.codeMap = codeMap;
        this.json = json;
    }

    @Override
    public String name() {
        return "import-catalog";
    }

    @Override
    public int run(String... args) throws Exception {
        Options options = new Options();
        var stop = CommandOptions.parse(options, args);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        if ((options.file == null) == (options.synthetic == null)) {
            System.err.println("Give either FILE or --synthetic N");
            new CommandLine(options).usage(System.err);
            return 2;
        }
        ImportMode mode = options.replace ? ImportMode.REPLACE : ImportMode.UPSERT;
        String by = "cli:" + System.getProperty("user.name", "unknown");
        try {
            List<ImportResult> results = options.synthetic != null ? synthetic(options, mode, by)
                    : file(options, mode, by);
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            return 0;
        } catch (ProblemException e) {
            System.err.println(e.problem().detail());
            e.problem().errors().forEach(error -> System.err.println("  " + error.field() + ": " + error.message()));
            return 1;
        }
    }

    private List<ImportResult> file(Options options, ImportMode mode, String by) throws Exception {
        byte[] body = Files.readAllBytes(options.file);
        ImportFormat format = options.format != null ? ImportBody.format(options.format, ImportFormat.CSV)
                : options.file.toString().toLowerCase().endsWith(".json") ? ImportFormat.JSON : ImportFormat.CSV;
        String source = "file " + options.file.getFileName();
        if (options.codeMap) {
            List<MappingDocument> parsed = mappings.parse(format, body);
            return List.of(timed("code map", () -> VertxContextSupport.subscribeAndAwait(
                    () -> codeMap.importMappings(parsed, mode, by, source))));
        }
        List<CatalogItem> parsed = items.parse(format, body);
        return List.of(timed("catalogue", () -> VertxContextSupport.subscribeAndAwait(
                () -> catalog.importItems(parsed, mode, by, source))));
    }

    private List<ImportResult> synthetic(Options options, ImportMode mode, String by) throws Exception {
        List<CatalogItem> generated = SyntheticCatalog.generate(options.synthetic, options.seed);
        List<MappingDocument> his = new ArrayList<>(generated.size());
        for (Map.Entry<String, String> e : SyntheticCatalog.hisCodes(generated).entrySet()) {
            his.add(new MappingDocument(e.getKey(), "HIS " + e.getKey(), e.getValue()));
        }
        String source = "synthetic catalogue (seed " + options.seed + ")";
        ImportResult itemResult = timed("catalogue", () -> VertxContextSupport.subscribeAndAwait(
                () -> catalog.importItems(generated, mode, by, source)));
        ImportResult mapResult = timed("code map", () -> VertxContextSupport.subscribeAndAwait(
                () -> codeMap.importMappings(his, mode, by, source)));
        return List.of(itemResult, mapResult);
    }

    private static ImportResult timed(String what, Work work) throws Exception {
        long started = System.nanoTime();
        ImportResult result;
        try {
            result = work.run();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        System.err.printf("%s: %d rows imported in %d ms (including the snapshot reload)%n", what,
                result.received(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    @FunctionalInterface
    private interface Work {
        ImportResult run() throws Throwable;
    }

    @Command(name = "import-catalog", description = "Import catalogue items or a HIS code map from a file, "
            + "or a synthetic catalogue")
    static final class Options {
        @Parameters(arity = "0..1", paramLabel = "FILE", description = "CSV or JSON file (format from the name)")
        Path file;
        @Option(names = "--format", description = "csv or json (default: from the file name)")
        String format;
        @Option(names = "--code-map", description = "the file is a HIS item dictionary (hisCode,hisName,nationalCode)")
        boolean codeMap;
        @Option(names = "--replace", description = "the file replaces the whole catalogue (or code map)")
        boolean replace;
        @Option(names = "--synthetic", paramLabel = "N", description = "import N synthetic items and their HIS codes")
        Integer synthetic;
        @Option(names = "--seed", description = "seed of the synthetic catalogue (default 1)")
        long seed = 1;
        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
    }
}
