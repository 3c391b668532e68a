package cn.yibao.guard.rules.nhsa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.cli.CommandOptions;
import cn.yibao.guard.cli.ServiceCommand;
import cn.yibao.guard.common.ProblemException;
import io.quarkus.vertx.VertxContextSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-rule-batch --type TYPE FILE [--codes FILE]} imports one NHSA batch (CSV or xlsx); for a CSV
 * drug batch the sibling {@code <stem>-codes.csv} (or {@code <type>-codes.csv}) is picked up when present.
 * {@code import-rule-batch --dir DIR} imports every {@code <type>.csv} of a directory, in batch order, and prints
 * the time the imports took (without the service's start-up).
 */
@ApplicationScoped
public class ImportRuleBatchCommand implements ServiceCommand {

    private final NhsaBatchService service;

    public ImportRuleBatchCommand(NhsaBatchService service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "import-rule-batch";
    }

    @Override
    public int run(String... args) throws Exception {
        try {
            return execute(args);
        } catch (Exception e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private int execute(String... args) throws Throwable {
        Options options = new Options();
        var stop = CommandOptions.parse(options, args);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        String user = options.user != null ? options.user : "cli:" + System.getProperty("user.name", "unknown");
        List<Job> jobs;
        try {
            jobs = jobs(options);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        for (Job job : jobs) {
            if (!run(job, user)) {
                return 1;
            }
        }
        if (jobs.size() > 1) {
            System.out.printf("imported %d batches in %d ms%n", jobs.size(), (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }

    /** One batch to import: its type, file and codes file (or none). */
    record Job(BatchType type, Path file, Path codes) {
    }

    private static List<Job> jobs(Options options) {
        if (options.dir != null) {
            if (options.type != null || options.file != null || options.codes != null) {
                throw new IllegalArgumentException("--dir imports every batch of the directory; give no --type, "
                        + "--codes or FILE with it");
            }
            List<Job> jobs = new ArrayList<>();
            for (BatchType type : BatchType.values()) {
                Path file = options.dir.resolve(type.stem() + ".csv");
                if (Files.isRegularFile(file)) {
                    jobs.add(new Job(type, file, codesOf(type, file)));
                }
            }
            if (jobs.isEmpty()) {
                throw new IllegalArgumentException("no <type>.csv file in " + options.dir + "; types: "
                        + String.join(", ", BatchType.stems()));
            }
            return jobs;
        }
        if (options.type == null || options.file == null) {
            throw new IllegalArgumentException("give --type TYPE FILE, or --dir DIR");
        }
        BatchType type = BatchType.of(options.type).orElseThrow(() -> new IllegalArgumentException(
                "unknown batch type " + options.type + "; types: " + String.join(", ", BatchType.stems())));
        Path codes = options.codes != null ? options.codes
                : options.file.getFileName().toString().toLowerCase().endsWith(".csv") ? codesOf(type, options.file)
                : null;
        return List.of(new Job(type, options.file, codes));
    }

    /** The sibling codes file of a CSV drug batch: {@code <stem>-codes.csv}, else {@code <type>-codes.csv}. */
    static Path codesOf(BatchType type, Path file) {
        if (!type.drugs()) {
            return null;
        }
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path dir = file.toAbsolutePath().getParent();
        for (String candidate : List.of(stem + "-codes.csv", type.stem() + "-codes.csv")) {
            Path codes = dir.resolve(candidate);
            if (Files.isRegularFile(codes)) {
                return codes;
            }
        }
        return null;
    }

    private boolean run(Job job, String user) throws Throwable {
        BatchUpload upload;
        try {
            upload = new BatchUpload(job.file().getFileName().toString(), Files.readAllBytes(job.file()),
                    job.codes() == null ? null : job.codes().getFileName().toString(),
                    job.codes() == null ? null : Files.readAllBytes(job.codes()));
        } catch (IOException e) {
            System.err.println("cannot read " + e.getMessage());
            return false;
        }
        long start = System.nanoTime();
        try {
            ImportResult r = VertxContextSupport.subscribeAndAwait(() -> service.importBatch(job.type(), upload,
                    user));
            System.out.printf("%s: %s%s → %d rules (%d created, %d updated, %d unchanged, %d retired), %d drug "
                    + "codes, %d rows skipped, %d with unchecked conditions; %s/%s/%s, %s; %d ms%n",
                    r.batchType(), r.fileName(), r.codesFileName() == null ? "" : " + " + r.codesFileName(),
                    r.rules(), r.created(), r.updated(), r.unchanged(), r.retired(), r.drugCodes(), r.skipped(),
                    r.uncheckedConditions(), r.tiers().severity(), r.tiers().action(), r.tiers().judgement(),
                    r.enabled() ? "enabled" : "disabled", (System.nanoTime() - start) / 1_000_000);
            r.skippedRows().forEach(s -> System.out.printf("  skipped %s row %d: %s%n", s.sheet(), s.row(),
                    s.reason()));
            r.warnings().forEach(w -> System.out.println("  warning: " + w));
            return true;
        } catch (SheetException e) {
            System.err.println(job.type().stem() + " not imported, nothing changed: " + e.getMessage());
            return false;
        } catch (ProblemException e) {
            System.err.println(job.type().stem() + " not imported, nothing changed: " + e.problem().detail());
            return false;
        }
    }

    @Command(name = "import-rule-batch", description = "Import NHSA rule batches (两库 规则库), CSV or xlsx")
    static final class Options {
        @Option(names = "--type", description = "the batch type: the published CSV file's stem, e.g. b1-drug-sex")
        String type;
        @Parameters(arity = "0..1", paramLabel = "FILE", description = "the batch file (.csv or .xlsx)")
        Path file;
        @Option(names = "--codes", description = "the codes file of a CSV drug batch (default: the sibling "
                + "<stem>-codes.csv)")
        Path codes;
        @Option(names = "--dir", description = "import every <type>.csv of this directory")
        Path dir;
        @Option(names = "--user", description = "who the import is recorded as (default cli:<os user>)")
        String user;
        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
    }
}
