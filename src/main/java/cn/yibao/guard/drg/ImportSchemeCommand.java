package cn.yibao.guard.drg;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.cli.CommandOptions;
import cn.yibao.guard.cli.ServiceCommand;
import cn.yibao.guard.drg.scheme.LocalScheme;
import cn.yibao.guard.drg.scheme.SchemeImportException;
import io.quarkus.vertx.VertxContextSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-scheme --name NAME DIR [--codes DIR | --no-codes]}: imports a scheme directory into the
 * database as the next version of NAME, with the national code lists found beside it.
 */
@ApplicationScoped
public class ImportSchemeCommand implements ServiceCommand {

    private final SchemeImporter importer;

    public ImportSchemeCommand(SchemeImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-scheme";
    }

    @Override
    public int run(String... args) throws Exception {
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(options, args);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        Optional<Path> codes = LocalScheme.codeLists(options.directory, options.codes, options.noCodes);
        long start = System.nanoTime();
        PreparedScheme prepared;
        try {
            prepared = PreparedScheme.fromDirectory(options.name, options.directory, codes);
        } catch (SchemeImportException | IllegalArgumentException e) {
            System.err.println("Not imported: " + e.getMessage());
            return 2;
        }
        SchemeSummary saved = store(prepared);
        System.out.printf("Imported %s version %d in %.1f s: %d MDCs, %d ADRGs, %d DRGs; code lists: %s%n",
                saved.name(), saved.version(), (System.nanoTime() - start) / 1e9, saved.mdcs(), saved.adrgs(),
                saved.drgs(), saved.codeLists() == null ? "none (codes are not checked)" : saved.codeLists());
        return 0;
    }

    private SchemeSummary store(PreparedScheme prepared) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> importer.save(prepared, "import-scheme"));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Command(name = "import-scheme", description = "Import a DRG scheme directory as the next version of a name")
    static final class Options {
        @Option(names = "--name", required = true, description = "scheme name, e.g. chs-drg-1.1")
        String name;
        @Parameters(index = "0", description = "scheme directory, e.g. ../shared/drg/chs-drg-1.1")
        Path directory;
        @Option(names = "--codes", description = "ICD-10 / ICD-9-CM-3 医保版 code lists "
                + "(default: <scheme>/codes, else <scheme>/../../codes)")
        Path codes;
        @Option(names = "--no-codes", description = "import without code lists (codes are then not checked)")
        boolean noCodes;
        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
    }
}
