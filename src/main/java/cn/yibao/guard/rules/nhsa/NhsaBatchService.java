package cn.yibao.guard.rules.nhsa;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.rules.ExemptionService;
import cn.yibao.guard.rules.ImportSummary;
import cn.yibao.guard.rules.RuleService;
import cn.yibao.guard.rules.RuleWriter;
import cn.yibao.guard.rules.SourceRevision;
import cn.yibao.guard.rules.StoredChecks;
import cn.yibao.guard.rules.engine.DryRunTally;
import cn.yibao.guard.rules.engine.RuleBook;
import cn.yibao.guard.rules.engine.RuleDefinition;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;

/**
 * The NHSA rule batches (两库 规则库): import as published (CSV or xlsx), bulk changes of tiers and state, the
 * import log, the report of conditions the rules do not check, and dry runs over stored orders. A batch's rules
 * are ordinary rule records whose source is {@code <type>#<row>}; {@link RuleService} keeps their versions.
 */
@ApplicationScoped
public class NhsaBatchService {

    private static final Logger LOG = Logger.getLogger(NhsaBatchService.class);
    private static final TypeReference<List<ParsedBatch.SkippedRow>> SKIPPED = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final NhsaBatchRepository repository;
    private final RuleWriter writer;
    private final RuleService rules;
    private final ExemptionService exemptions;
    private final StoredChecks stored;
    private final BatchDefaults defaults;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final ZoneId zone;

    public NhsaBatchService(NhsaBatchRepository repository, RuleWriter writer, RuleService rules,
            ExemptionService exemptions, StoredChecks stored, BatchDefaults defaults, Vertx vertx, ObjectMapper json,
            @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone) {
        this.repository = repository;
        this.writer = writer;
        this.rules = rules;
        this.exemptions = exemptions;
        this.stored = stored;
        this.defaults = defaults;
        this.vertx = vertx;
        this.json = json;
        this.zone = zone;
    }

    /** A batch read from its files, before anything is stored. */
    record Read(ParsedBatch parsed, String format, String checksum, String codesChecksum) {
    }

    /**
     * Imports a batch in one transaction: new rows become rules, changed rows new versions, rows that disappeared
     * are retired; the import is logged. A malformed sheet fails the whole import ({@link SheetException}) and
     * changes nothing.
     */
    public Uni<ImportResult> importBatch(BatchType type, BatchUpload upload, String user) {
        // Reading and binding a batch is CPU work (an xlsx is unzipped and parsed): not on the event loop.
        return vertx.executeBlocking(() -> read(type, upload))
                .flatMap(read -> Panache.withTransaction(() -> write(type, upload, read, user)))
                .invoke(result -> LOG.infof("Imported %s from %s by %s: %d rules (%d created, %d updated, %d "
                        + "unchanged, %d retired), %d rows skipped", type.stem(), result.fileName(), user,
                        result.rules(), result.created(), result.updated(), result.unchanged(), result.retired(),
                        result.skipped()))
                .call(result -> rules.refreshBook().onFailure().recoverWithItem(false));
    }

    /** Reads and binds a batch (pure), with the type's default tiers; the stored policy is applied when writing. */
    static Read read(BatchType type, BatchUpload upload) {
        if (upload.content() == null || upload.content().length == 0) {
            throw SheetException.sheet(upload.fileName(), "the file is empty");
        }
        List<Sheet> sheets = new ArrayList<>();
        String format;
        if (SheetReader.isXlsx(upload.content())) {
            format = "xlsx";
            sheets.addAll(SheetReader.xlsx(upload.fileName(), upload.content()));
        } else {
            format = "csv";
            sheets.add(SheetReader.csv(upload.fileName(), upload.content()));
        }
        if (upload.hasCodes()) {
            if (!type.drugs()) {
                throw SheetException.sheet(upload.codesFileName(), type.stem() + " has no codes sheet");
            }
            Sheet codes = SheetReader.isXlsx(upload.codes())
                    ? SheetReader.xlsx(upload.codesFileName(), upload.codes()).get(0)
                    : SheetReader.csv(upload.codesFileName(), upload.codes());
            // A separate codes file replaces the workbook's own second sheet, if it has one.
            sheets = new ArrayList<>(List.of(sheets.get(0), codes));
        }
        ParsedBatch parsed = BatchParser.parse(type, sheets, new BatchPolicy(type.defaults(), false));
        return new Read(parsed, format, sha256(upload.content()), upload.hasCodes() ? sha256(upload.codes()) : null);
    }

    private Uni<ImportResult> write(BatchType type, BatchUpload upload, Read read, String user) {
        OffsetDateTime at = now();
        return repository.lockOrCreate(type, defaults.initial(type), user, at).flatMap(batch -> {
            BatchPolicy policy = batch.policy();
            List<RuleDefinition> batchRules = read.parsed().rules().stream().map(r -> withPolicy(r, policy)).toList();
            return writer.replaceFromSource(type.sourcePrefix(), batchRules, user).flatMap(summary -> {
                BatchImportRecord log = log(type, upload, read, summary, user, at);
                return repository.persist(log).map(v -> result(log, read.parsed(), policy));
            });
        });
    }

    private BatchImportRecord log(BatchType type, BatchUpload upload, Read read, ImportSummary summary, String user,
            OffsetDateTime at) {
        ParsedBatch parsed = read.parsed();
        BatchImportRecord log = new BatchImportRecord();
        log.batchType = type.stem();
        log.fileName = truncate(upload.fileName(), 512);
        log.codesFileName = upload.codesFileName() == null ? null : truncate(upload.codesFileName(), 512);
        log.format = read.format();
        log.checksum = read.checksum();
        log.codesChecksum = read.codesChecksum();
        log.importedAt = at;
        log.importedBy = user;
        log.dataRows = parsed.dataRows();
        log.rules = parsed.rules().size();
        log.drugCodes = parsed.drugCodes();
        log.created = summary.created();
        log.updated = summary.updated();
        log.unchanged = summary.unchanged();
        log.retired = summary.retired();
        log.skipped = parsed.skipped().size();
        log.skippedRows = write(parsed.skipped());
        log.warnings = write(parsed.warnings());
        return log;
    }

    private ImportResult result(BatchImportRecord log, ParsedBatch parsed, BatchPolicy policy) {
        int unchecked = 0;
        for (RuleDefinition rule : parsed.rules()) {
            unchecked += ConditionReport.of(rule).isEmpty() ? 0 : 1;
        }
        return new ImportResult(log.batchType, log.id, log.fileName, log.codesFileName, log.format, log.checksum,
                log.codesChecksum, local(log.importedAt), log.importedBy, log.dataRows, log.rules, log.drugCodes,
                log.created, log.updated, log.unchanged, log.retired, log.skipped, parsed.skipped(), parsed.warnings(),
                unchecked, policy.tiers(), policy.enabled());
    }

    /** Sets tiers and/or state of every rule of the batch; new tiers are the batch's policy for later imports. */
    public Uni<BatchRevisionView> revise(BatchType type, BatchPatch patch, String user) {
        if (patch == null || patch.empty()) {
            throw ProblemException.invalidField("severity", "give severity, action, judgement or enabled");
        }
        Uni<SourceRevision> write = Panache.withTransaction(() -> repository.lock(type).flatMap(batch -> {
            if (batch == null) {
                throw ProblemException.notFound("Batch " + type.stem() + " was never imported");
            }
            BatchPolicy now = batch.policy();
            BatchTiers next = new BatchTiers(patch.severity() != null ? patch.severity() : now.tiers().severity(),
                    patch.action() != null ? patch.action() : now.tiers().action(),
                    patch.judgement() != null ? patch.judgement() : now.tiers().judgement());
            if (!next.valid()) {
                throw ProblemException.invalidField("action", "BLOCK is reserved for CRITICAL rules (the batch's "
                        + "severity would be " + next.severity() + ")");
            }
            batch.severity = next.severity().name();
            batch.action = next.action().name();
            batch.judgement = next.judgement().name();
            if (patch.enabled() != null) {
                batch.enabled = patch.enabled();
            }
            batch.changedAt = now();
            batch.changedBy = user;
            return writer.reviseSource(type.sourcePrefix(), new SourceRevision.Change(patch.severity(),
                    patch.action(), patch.judgement(), patch.enabled()), user);
        }));
        return write.call(r -> rules.refreshBook().onFailure().recoverWithItem(false))
                .invoke(r -> LOG.infof("Batch %s changed by %s: %s; %d new versions, %d rules switched", type.stem(),
                        user, patch, r.newVersions(), r.switched()))
                .flatMap(r -> get(type).map(view -> new BatchRevisionView(view, r.newVersions(), r.switched())));
    }

    /** Every batch type, imported or not, with its state. */
    public Uni<List<BatchView>> list() {
        return Panache.withSession(() -> repository.all().flatMap(batches -> repository.latestImports()
                .flatMap(imports -> ruleCounts().map(counts -> {
                    Map<String, BatchRecord> byType = new HashMap<>();
                    batches.forEach(b -> byType.put(b.batchType, b));
                    Map<String, BatchImportRecord> latest = new HashMap<>();
                    imports.forEach(i -> latest.put(i.batchType, i));
                    List<BatchView> out = new ArrayList<>();
                    for (BatchType type : BatchType.values()) {
                        out.add(view(type, byType.get(type.stem()), latest.get(type.stem()), counts));
                    }
                    return out;
                }))));
    }

    public Uni<BatchView> get(BatchType type) {
        return list().map(all -> all.stream().filter(v -> v.batchType().equals(type.stem())).findFirst()
                .orElseThrow());
    }

    /** The batch's imports, newest first (at most 100). */
    public Uni<List<ImportView>> imports(BatchType type) {
        return Panache.withSession(() -> repository.imports(type, 100))
                .map(list -> list.stream().map(this::importView).toList());
    }

    /** The rows whose free text adds conditions the rules do not check, and the rows the last import skipped. */
    public Uni<UncheckedReport> uncheckedConditions(BatchType type) {
        return rules.liveRulesOfSource(type.sourcePrefix()).flatMap(live -> Panache.withSession(
                () -> repository.imports(type, 1)).map(last -> {
                    if (live.isEmpty() && last.isEmpty()) {
                        throw ProblemException.notFound("Batch " + type.stem() + " was never imported");
                    }
                    return report(type, live, last.isEmpty() ? List.of() : read(last.get(0).skippedRows, SKIPPED));
                }));
    }

    static UncheckedReport report(BatchType type, List<RuleDefinition> live, List<ParsedBatch.SkippedRow> skipped) {
        List<UncheckedReport.Row> rows = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        for (RuleDefinition rule : live) {
            List<ConditionReport.Condition> conditions = ConditionReport.of(rule);
            if (conditions.isEmpty()) {
                continue;
            }
            List<UncheckedReport.Condition> out = new ArrayList<>();
            for (ConditionReport.Condition c : conditions) {
                out.add(new UncheckedReport.Condition(c.kind().name(), c.kind().label(), c.excerpt()));
                byKind.merge(c.kind().name(), 1, Integer::sum);
            }
            rows.add(new UncheckedReport.Row(row(rule.source()), rule.source(), rule.id(), rule.name(), out,
                    rule.note()));
        }
        rows.sort(java.util.Comparator.comparingInt(UncheckedReport.Row::row));
        return new UncheckedReport(type.stem(), live.size(), rows.size(), byKind, rows, skipped);
    }

    /**
     * Evaluates every live rule of the batch (enabled or not, with its present tiers, waivers applied) over the
     * stored orders the query selects, off the event loop, and counts what it would have raised.
     */
    public Uni<DryRunView> dryRun(BatchType type, DryRunRequest request) {
        DryRunRequest r = request == null ? DryRunRequest.DEFAULT : request;
        StoredChecks.Query query = new StoredChecks.Query(r.from(), r.to(), r.department(),
                r.limit() == null ? 10_000 : r.limit());
        int top = r.top() == null ? 20 : r.top();
        return rules.liveRulesOfSource(type.sourcePrefix()).flatMap(live -> {
            if (live.isEmpty()) {
                throw ProblemException.notFound("Batch " + type.stem() + " has no rules; import it first");
            }
            List<RuleDefinition> candidates = live.stream().map(NhsaBatchService::enabled).toList();
            RuleBook book = rules.compiler().compileValid(candidates).book();
            return exemptions.active().flatMap(waivers -> {
                DryRunTally tally = new DryRunTally(book, waivers, zone, DryRunTally.byId(candidates));
                return stored.checks(query).select().first(query.limit())
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .collect().in(() -> tally, DryRunTally::add)
                        .map(t -> new DryRunView(type.stem(), candidates.size(), stored.available(), query,
                                t.report(top)));
            });
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Live rule counts per batch: stem → {live, enabled}. */
    private Uni<Map<String, long[]>> ruleCounts() {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("select split_part(source, '#', 1),"
                + " count(*), count(*) filter (where enabled) from audit_rule where retired = false"
                + " and source like '%#%' group by 1", Object[].class).getResultList()).map(rows -> {
                    Map<String, long[]> out = new HashMap<>();
                    for (Object[] row : rows) {
                        out.put((String) row[0], new long[] {((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue()});
                    }
                    return out;
                });
    }

    private BatchView view(BatchType type, BatchRecord batch, BatchImportRecord last, Map<String, long[]> counts) {
        long[] n = counts.getOrDefault(type.stem(), new long[2]);
        return new BatchView(type.stem(), type.title(), batch != null,
                batch == null ? type.defaults() : batch.policy().tiers(), batch == null ? null : batch.enabled,
                n[0], n[1], last == null ? null : importView(last));
    }

    private ImportView importView(BatchImportRecord r) {
        return new ImportView(r.id, r.batchType, r.fileName, r.codesFileName, r.format, r.checksum,
                r.codesChecksum, local(r.importedAt), r.importedBy, r.dataRows, r.rules, r.drugCodes, r.created,
                r.updated, r.unchanged, r.retired, r.skipped, read(r.skippedRows, SKIPPED), read(r.warnings, STRINGS));
    }

    private static RuleDefinition withPolicy(RuleDefinition r, BatchPolicy policy) {
        BatchTiers t = policy.tiers();
        return new RuleDefinition(r.id(), r.version(), r.template(), r.name(), r.parameters(), t.severity(),
                t.action(), t.judgement(), r.scope(), policy.enabled(), r.source(), r.note());
    }

    private static RuleDefinition enabled(RuleDefinition r) {
        return new RuleDefinition(r.id(), r.version(), r.template(), r.name(), r.parameters(), r.severity(),
                r.action(), r.judgement(), r.scope(), true, r.source(), r.note());
    }

    /** The row number of a source {@code <type>#<row>}; 0 when it has none. */
    static int row(String source) {
        int hash = source == null ? -1 : source.lastIndexOf('#');
        try {
            return hash < 0 ? 0 : Integer.parseInt(source.substring(hash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text == null ? "[]" : text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored import log is not JSON", e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(zone).truncatedTo(ChronoUnit.MICROS);
    }

    private OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
