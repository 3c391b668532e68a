package cn.yibao.guard.drg;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import cn.yibao.guard.cli.CommandOptions;
import cn.yibao.guard.cli.StandaloneCommand;
import cn.yibao.guard.drg.batch.BatchGrouping;
import cn.yibao.guard.drg.engine.DrgGrouper;
import cn.yibao.guard.drg.engine.DrgScheme;
import cn.yibao.guard.drg.scheme.LocalScheme;
import cn.yibao.guard.drg.scheme.SchemeImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code group --scheme DIR --in cases.csv --out results.csv [--codes DIR | --no-codes]}: groups a CSV of
 * cases with a scheme read straight from its directory. Needs neither the database nor the service.
 */
public final class GroupCommand implements StandaloneCommand {

    @Override
    public String name() {
        return "group";
    }

    @Override
    public int run(String... args) {
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(options, args);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        try {
            return group(options);
        } catch (SchemeImportException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Cannot read or write: " + e.getMessage());
            return 1;
        }
    }

    private static int group(Options options) throws IOException {
        long start = System.nanoTime();
        Optional<Path> codes = LocalScheme.codeLists(options.scheme, options.codes, options.noCodes);
        DrgScheme scheme = LocalScheme.load(LocalScheme.defaultName(options.scheme), options.scheme, codes);
        System.err.printf("Scheme %s: %d MDCs, %d ADRGs; code lists: %s%n", scheme.name(), scheme.mdcs().size(),
                scheme.adrgCount(), codes.map(Path::toString).orElse("none (codes are not checked)"));
        long cases;
        try (BufferedReader in = Files.newBufferedReader(options.in, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(options.out, StandardCharsets.UTF_8)) {
            BatchGrouping batch = BatchGrouping.open(new DrgGrouper(scheme), in);
            while (batch.hasNext()) {
                out.write(batch.next());
            }
            cases = batch.cases();
        }
        System.err.printf("Grouped %d cases into %s in %.1f s%n", cases, options.out,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    @Command(name = "group", description = "Group a CSV of cases with a DRG scheme directory (no database needed)")
    static final class Options {
        @Option(names = "--scheme", required = true, description = "scheme directory, e.g. ../shared/drg/chs-drg-1.1")
        Path scheme;
        @Option(names = "--in", required = true, description = "cases: id,sex,age_years,age_days,birth_weight_g,"
                + "los_days,discharge_mode,diagnoses,procedures")
        Path in;
        @Option(names = "--out", required = true, description = "results: id,mdc,adrg,drg,status,reason")
        Path out;
        @Option(names = "--codes", description = "ICD-10 / ICD-9-CM-3 医保版 code lists to check cases against "
                + "(default: <scheme>/codes, else <scheme>/../../codes)")
        Path codes;
        @Option(names = "--no-codes", description = "do not check codes against the national lists")
        boolean noCodes;
        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
    }
}
