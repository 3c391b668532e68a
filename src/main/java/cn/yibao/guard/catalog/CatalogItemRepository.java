package cn.yibao.guard.catalog;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Single catalogue items and searches over them. */
@ApplicationScoped
public class CatalogItemRepository implements PanacheRepositoryBase<CatalogItemEntity, String> {

    /** Items whose code, name or generic name contains {@code text} (any case), optionally of one kind. */
    public Uni<PageOf<CatalogItemEntity>> search(String text, ItemKind kind, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null) {
            query.append(" and (lower(code) like :q escape '\\' or lower(name) like :q escape '\\'"
                    + " or lower(genericName) like :q escape '\\')");
            params.put("q", Like.contains(text));
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.put("kind", kind);
        }
        var found = find(query.toString(), Sort.by("code"), params).page(Page.of(page, size));
        return found.count().flatMap(total -> found.list().map(rows -> new PageOf<>(page, size, total, rows)));
    }
}
