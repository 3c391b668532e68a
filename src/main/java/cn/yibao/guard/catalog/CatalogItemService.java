package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.yibao.guard.common.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** Catalogue items: search, single-item edits, bulk import. Every write replaces this instance's snapshot. */
@ApplicationScoped
public class CatalogItemService {

    private static final Logger LOG = Logger.getLogger(CatalogItemService.class);

    private final ItemParser parser;
    private final CatalogStore store;
    private final CatalogSnapshots snapshots;
    private final CatalogItemRepository items;
    private final CatalogEdits edits;
    private final CatalogChangeRepository changeLog;
    private final Vertx vertx;
    private final ZoneId zone;

    public CatalogItemService(ItemParser parser, CatalogStore store, CatalogSnapshots snapshots,
            CatalogItemRepository items, CatalogEdits edits, CatalogChangeRepository changeLog, Vertx vertx,
            @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone) {
        this.changeLog = changeLog;
        this.parser = parser;
        this.store = store;
        this.snapshots = snapshots;
        this.items = items;
        this.edits = edits;
        this.vertx = vertx;
        this.zone = zone;
    }

    /** Unpacks and parses (off the event loop), then imports a CSV or JSON file; all or nothing. */
    public Uni<ImportResult> importFile(ImportBody body, ImportMode mode, String by) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> parser.parse(body.format(), body.bytes())))
                .flatMap(parsed -> importItems(parsed, mode, by, body.format().name() + " import"));
    }

    /** Imports items already parsed and validated (demo seeding, the import command, benchmarks). */
    public Uni<ImportResult> importItems(List<CatalogItem> parsed, ImportMode mode, String by, String source) {
        if (mode == ImportMode.REPLACE && parsed.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalidField("body",
                    "a replacing import must hold at least one item; it would empty the catalogue"));
        }
        long started = System.nanoTime();
        String detail = source + ": " + parsed.size() + " items, mode " + mode;
        return store.importItems(parsed, mode, by, detail)
                .flatMap(result -> (result.changed() ? snapshots.reload() : Uni.createFrom().item(snapshots.catalog()))
                        .map(catalog -> result.withWarnings(References.unknown(parsed, catalog))))
                .invoke(result -> LOG.infof("Catalogue %s by %s: %d received, %d inserted, %d updated, %d removed, "
                        + "version %d, %d ms", mode, by, result.received(), result.inserted(), result.updated(),
                        result.removed(), result.version(), (System.nanoTime() - started) / 1_000_000));
    }

    @WithSession
    public Uni<ItemView> get(String code) {
        return items.findById(code).map(row -> {
            if (row == null) {
                throw ProblemException.notFound("No catalogue item " + code);
            }
            return view(row);
        });
    }

    @WithSession
    public Uni<PageOf<ItemView>> search(String text, ItemKind kind, int page, int size) {
        return items.search(Texts.clean(text), kind, page, size).map(found -> found.map(this::view));
    }

    /** Creates or replaces one item; answers it and whether it was created. */
    public Uni<CatalogEdits.Edit<ItemView>> put(CatalogItem item, String by) {
        return edits.putItem(item, by).call(edit -> edit.changed() ? snapshots.reload() : Uni.createFrom().voidItem())
                .map(edit -> new CatalogEdits.Edit<>(view(edit.row()), edit.created(), edit.changed(),
                        edit.version()));
    }

    /** Removes one item; answers the new catalogue version. */
    public Uni<Long> delete(String code, String by) {
        return edits.deleteItem(code, by).call(snapshots::reload);
    }

    /** The latest catalogue changes, newest first. */
    @WithSession
    public Uni<List<ChangeView>> changes(int limit) {
        return changeLog.latest(limit).map(rows -> rows.stream().map(row -> new ChangeView(row.version,
                row.operation, row.detail, row.itemCount, row.changedBy,
                row.changedAt.atZoneSameInstant(zone).toOffsetDateTime())).toList());
    }

    ZoneId zone() {
        return zone;
    }

    private ItemView view(CatalogItemEntity row) {
        OffsetDateTime at = row.updatedAt == null ? null : row.updatedAt.atZoneSameInstant(zone).toOffsetDateTime();
        return new ItemView(ItemDocument.of(row.toItem()), row.updatedBy, at);
    }
}
