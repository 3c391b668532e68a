package cn.yibao.guard.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The catalogue's version and change log. Every writer calls {@link #lock()} first, in its transaction, so
 * writers are serialised, then {@link #record} once it knows what it changed.
 */
@ApplicationScoped
public class CatalogChangeRepository implements PanacheRepositoryBase<CatalogChangeEntity, Long> {

    /** Locks the version row for the rest of the transaction; answers the current version. */
    public Uni<Long> lock() {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                "SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE", Long.class).getSingleResult());
    }

    /** Flushes pending changes, increases the version and logs the change; answers the new version. */
    public Uni<Long> record(String operation, String detail, int count, String by) {
        return Panache.getSession().flatMap(s -> s.flush().flatMap(x -> s.createNativeQuery(
                "SELECT catalog_record_change(:operation, :detail, :count, :by)", Long.class)
                .setParameter("operation", operation).setParameter("detail", detail)
                .setParameter("count", count).setParameter("by", by).getSingleResult()));
    }

    public Uni<List<CatalogChangeEntity>> latest(int limit) {
        return findAll(Sort.descending("version")).page(0, limit).list();
    }
}
