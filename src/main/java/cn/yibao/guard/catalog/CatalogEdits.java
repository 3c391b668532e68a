package cn.yibao.guard.catalog;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.common.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Single-record catalogue and code-map writes, each one transaction that locks the catalogue version first,
 * writes, and records the change (a write that changes nothing keeps the version).
 */
@ApplicationScoped
public class CatalogEdits {

    /** The row after a write, whether it was created or changed, and the catalogue version afterwards. */
    public record Edit<T>(T row, boolean created, boolean changed, long version) {
    }

    private final CatalogItemRepository items;
    private final CodeMapRepository mappings;
    private final CatalogChangeRepository changes;

    public CatalogEdits(CatalogItemRepository items, CodeMapRepository mappings, CatalogChangeRepository changes) {
        this.items = items;
        this.mappings = mappings;
        this.changes = changes;
    }

    @WithTransaction
    public Uni<Edit<CatalogItemEntity>> putItem(CatalogItem item, String by) {
        return changes.lock().flatMap(version -> items.findById(item.code()).flatMap(existing -> {
            if (existing != null && existing.toItem().equals(item)) {
                return Uni.createFrom().item(new Edit<>(existing, false, false, version));
            }
            CatalogItemEntity row = existing != null ? existing : new CatalogItemEntity();
            row.assign(item);
            row.updatedBy = by;
            row.updatedAt = OffsetDateTime.now();
            Uni<?> saved = existing != null ? Uni.createFrom().voidItem() : items.persist(row);
            String operation = existing != null ? "ITEM-UPDATE" : "ITEM-CREATE";
            return saved.flatMap(x -> changes.record(operation, "item " + item.code(), 1, by))
                    .map(v -> new Edit<>(row, existing == null, true, v));
        }));
    }

    @WithTransaction
    public Uni<Long> deleteItem(String code, String by) {
        return changes.lock().flatMap(version -> items.findById(code).flatMap(existing -> {
            if (existing == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No catalogue item " + code));
            }
            return items.delete(existing).flatMap(x -> changes.record("ITEM-DELETE", "item " + code, 1, by));
        }));
    }

    @WithTransaction
    public Uni<Edit<CodeMappingEntity>> putMapping(MappingDocument mapping, String by) {
        return changes.lock().flatMap(version -> mappings.findById(mapping.hisCode()).flatMap(existing -> {
            if (existing != null && Objects.equals(existing.hisName, mapping.hisName())
                    && Objects.equals(existing.nationalCode, mapping.nationalCode())) {
                return Uni.createFrom().item(new Edit<>(existing, false, false, version));
            }
            CodeMappingEntity row = existing != null ? existing : new CodeMappingEntity();
            row.hisCode = mapping.hisCode();
            row.hisName = mapping.hisName();
            row.nationalCode = mapping.nationalCode();
            row.updatedBy = by;
            row.updatedAt = OffsetDateTime.now();
            Uni<?> saved = existing != null ? Uni.createFrom().voidItem() : mappings.persist(row);
            String operation = existing != null ? "CODE-MAP-UPDATE" : "CODE-MAP-CREATE";
            String detail = "HIS code " + mapping.hisCode() + " → "
                    + (mapping.nationalCode() == null ? "(unmapped)" : mapping.nationalCode());
            return saved.flatMap(x -> changes.record(operation, detail, 1, by))
                    .map(v -> new Edit<>(row, existing == null, true, v));
        }));
    }

    @WithTransaction
    public Uni<Long> deleteMapping(String hisCode, String by) {
        return changes.lock().flatMap(version -> mappings.findById(hisCode).flatMap(existing -> {
            if (existing == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No HIS code " + hisCode + " in the code map"));
            }
            return mappings.delete(existing)
                    .flatMap(x -> changes.record("CODE-MAP-DELETE", "HIS code " + hisCode, 1, by));
        }));
    }
}
