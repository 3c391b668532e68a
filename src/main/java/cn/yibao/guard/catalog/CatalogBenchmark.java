package cn.yibao.guard.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import cn.yibao.guard.cli.Benchmark;

/**
 * {@code bench catalog [--items N] [--seed S] [--runs R] [--out FILE]}: the catalogue's CPU work without a
 * database, on a synthetic catalogue: writing and reading (with validation) CSV and JSON, and building the
 * snapshot. Prints the median of R runs of each step. {@code --out} also writes the CSV, for timing an HTTP
 * import of the same file.
 */
public final class CatalogBenchmark implements Benchmark {

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public String description() {
        return "catalogue CSV/JSON parse and write, snapshot build (synthetic catalogue, no database)";
    }

    @Override
    public int run(String... args) throws Exception {
        int items = intOption(args, "--items", 20_000);
        long seed = intOption(args, "--seed", 1);
        int runs = intOption(args, "--runs", 5);
        String out = option(args, "--out");
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        ItemParser parser = new ItemParser(json, validator);

        List<CatalogItem> generated = SyntheticCatalog.generate(items, seed);
        Catalog catalog = new Catalog(1, generated, SyntheticCatalog.hisCodes(generated));
        byte[] csv = ItemExport.csvText(catalog).getBytes(StandardCharsets.UTF_8);
        byte[] jsonBytes = json.writeValueAsBytes(ItemExport.sorted(catalog).stream().map(ItemDocument::of).toList());
        System.out.printf("bench catalog: %d items (seed %d), CSV %d KB, JSON %d KB, median of %d runs%n", items,
                seed, csv.length / 1024, jsonBytes.length / 1024, runs);
        report("generate", runs, () -> SyntheticCatalog.generate(items, seed));
        report("snapshot build", runs, () -> new Catalog(2, generated, SyntheticCatalog.hisCodes(generated)));
        report("CSV write", runs, () -> ItemExport.csvText(catalog));
        report("CSV parse + validate", runs, () -> parser.parse(ImportFormat.CSV, csv));
        report("JSON parse + validate", runs, () -> parser.parse(ImportFormat.JSON, jsonBytes));
        if (out != null) {
            Files.write(Path.of(out), csv);
            System.out.println("wrote " + out);
        }
        return 0;
    }

    private static void report(String step, int runs, Supplier<?> work) {
        work.get(); // warm-up
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        millis.sort(Long::compare);
        System.out.printf("  %-22s %6d ms (min %d, max %d)%n", step, millis.get(millis.size() / 2), millis.get(0),
                millis.get(millis.size() - 1));
    }

    private static String option(String[] args, String name) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? args[at + 1] : null;
    }

    private static int intOption(String[] args, String name, int fallback) {
        String value = option(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
