package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.yibao.guard.common.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** The HIS code map (字典对照): import, single edits, listing and the report of unmapped codes. */
@ApplicationScoped
public class CodeMapService {

    private final MappingParser parser;
    private final CatalogStore store;
    private final CatalogSnapshots snapshots;
    private final CodeMapRepository mappings;
    private final CatalogEdits edits;
    private final Vertx vertx;
    private final ZoneId zone;

    public CodeMapService(MappingParser parser, CatalogStore store, CatalogSnapshots snapshots,
            CodeMapRepository mappings, CatalogEdits edits, Vertx vertx,
            @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone) {
        this.parser = parser;
        this.store = store;
        this.snapshots = snapshots;
        this.mappings = mappings;
        this.edits = edits;
        this.vertx = vertx;
        this.zone = zone;
    }

    /** Unpacks and parses (off the event loop), then imports a HIS item dictionary; all or nothing. */
    public Uni<ImportResult> importFile(ImportBody body, ImportMode mode, String by) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> parser.parse(body.format(), body.bytes())))
                .flatMap(parsed -> importMappings(parsed, mode, by, body.format().name() + " import"));
    }

    public Uni<ImportResult> importMappings(List<MappingDocument> parsed, ImportMode mode, String by, String source) {
        if (mode == ImportMode.REPLACE && parsed.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalidField("body",
                    "a replacing import must hold at least one entry; it would empty the code map"));
        }
        String detail = source + ": " + parsed.size() + " code-map entries, mode " + mode;
        return store.importMappings(parsed, mode, by, detail)
                .flatMap(result -> (result.changed() ? snapshots.reload() : Uni.createFrom().item(snapshots.catalog()))
                        .map(catalog -> result.withWarnings(notInCatalogue(parsed, catalog))));
    }

    @WithSession
    public Uni<MappingView> get(String hisCode) {
        return mappings.findById(hisCode).map(row -> {
            if (row == null) {
                throw ProblemException.notFound("No HIS code " + hisCode + " in the code map");
            }
            return view(row);
        });
    }

    @WithSession
    public Uni<PageOf<MappingView>> search(String text, Boolean mapped, int page, int size) {
        return mappings.search(Texts.clean(text), mapped, page, size).map(found -> found.map(this::view));
    }

    @WithSession
    public Uni<List<MappingView>> all() {
        return mappings.all().map(rows -> rows.stream().map(this::view).toList());
    }

    public Uni<CatalogEdits.Edit<MappingView>> put(MappingDocument mapping, String by) {
        return edits.putMapping(mapping, by)
                .call(edit -> edit.changed() ? snapshots.reload() : Uni.createFrom().voidItem())
                .map(edit -> new CatalogEdits.Edit<>(view(edit.row()), edit.created(), edit.changed(),
                        edit.version()));
    }

    public Uni<Long> delete(String hisCode, String by) {
        return edits.deleteMapping(hisCode, by).call(snapshots::reload);
    }

    /** HIS codes without a national code, and HIS codes mapped to a code the catalogue does not hold. */
    @WithSession
    public Uni<UnmappedReport> unmapped() {
        return store.version().flatMap(version -> mappings.unmapped().map(rows -> UnmappedReport.of(version,
                rows.stream().map(row -> new UnmappedReport.Entry(row.hisCode, row.hisName, row.nationalCode,
                        row.nationalCode == null ? UnmappedReport.Reason.NO_NATIONAL_CODE
                                : UnmappedReport.Reason.NOT_IN_CATALOGUE)).toList())));
    }

    private MappingView view(CodeMappingEntity row) {
        OffsetDateTime at = row.updatedAt == null ? null : row.updatedAt.atZoneSameInstant(zone).toOffsetDateTime();
        boolean known = row.nationalCode != null && snapshots.catalog().item(row.nationalCode).isPresent();
        return new MappingView(row.hisCode, row.hisName, row.nationalCode, known, row.updatedBy, at);
    }

    private static List<String> notInCatalogue(List<MappingDocument> parsed, Catalog catalog) {
        List<String> warnings = parsed.stream()
                .filter(m -> m.nationalCode() != null && catalog.item(m.nationalCode()).isEmpty())
                .limit(References.LIMIT)
                .map(m -> "HIS code " + m.hisCode() + " is mapped to " + m.nationalCode()
                        + ", which is not in the catalogue")
                .toList();
        return warnings;
    }
}
