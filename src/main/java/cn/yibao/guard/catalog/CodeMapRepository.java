package cn.yibao.guard.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The HIS code map (字典对照). */
@ApplicationScoped
public class CodeMapRepository implements PanacheRepositoryBase<CodeMappingEntity, String> {

    /** Entries whose HIS code, HIS name or national code contains {@code text}; optionally only (un)mapped. */
    public Uni<PageOf<CodeMappingEntity>> search(String text, Boolean mapped, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null) {
            query.append(" and (lower(hisCode) like :q escape '\\' or lower(hisName) like :q escape '\\'"
                    + " or lower(nationalCode) like :q escape '\\')");
            params.put("q", Like.contains(text));
        }
        if (mapped != null) {
            query.append(mapped ? " and nationalCode is not null" : " and nationalCode is null");
        }
        var found = find(query.toString(), Sort.by("hisCode"), params).page(Page.of(page, size));
        return found.count().flatMap(total -> found.list().map(rows -> new PageOf<>(page, size, total, rows)));
    }

    public Uni<List<CodeMappingEntity>> all() {
        return listAll(Sort.by("hisCode"));
    }

    /**
     * 未对照: entries without a national code, and entries whose national code the catalogue does not hold,
     * in HIS code order.
     */
    public Uni<List<CodeMappingEntity>> unmapped() {
        return find("from CodeMappingEntity m where m.nationalCode is null or not exists "
                + "(select 1 from CatalogItemEntity c where c.code = m.nationalCode)", Sort.by("hisCode")).list();
    }
}
