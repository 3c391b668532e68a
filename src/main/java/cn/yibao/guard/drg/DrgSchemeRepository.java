package cn.yibao.guard.drg;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads and adds stored schemes; the archive is read only when a scheme is loaded. */
@ApplicationScoped
public class DrgSchemeRepository {

    private static final String LATEST = "s.version = (select max(t.version) from StoredScheme t where t.name = s.name)";

    /** The latest version of every scheme, without archives. */
    public Uni<List<SchemeSummary>> latestVersions() {
        return Panache.getSession().flatMap(s -> s.createQuery("select new " + SchemeSummary.class.getName()
                + "(s.name, s.version, s.importedAt, s.importedBy, s.mdcCount, s.adrgCount, s.drgCount, "
                + "s.codeLists, false) from StoredScheme s where " + LATEST + " order by s.name",
                SchemeSummary.class).getResultList());
    }

    /** The number of the latest version of {@code name}, or {@code null} if there is none. */
    public Uni<Integer> latestVersion(String name) {
        return Panache.getSession().flatMap(s -> s.createQuery(
                "select max(s.version) from StoredScheme s where s.name = :name", Integer.class)
                .setParameter("name", name).getSingleResultOrNull());
    }

    /** The latest version of {@code name} with its archive, or {@code null}. */
    public Uni<StoredScheme> latest(String name) {
        return Panache.getSession().flatMap(s -> s.createQuery("from StoredScheme s where s.name = :name and "
                + LATEST, StoredScheme.class).setParameter("name", name).getSingleResultOrNull());
    }

    /** Stores {@code scheme} as the next version of its name. */
    public Uni<StoredScheme> addVersion(StoredScheme scheme) {
        return latestVersion(scheme.name).flatMap(latest -> {
            scheme.version = latest == null ? 1 : latest + 1;
            return Panache.getSession().flatMap(s -> s.persist(scheme).flatMap(v -> s.flush())).replaceWith(scheme);
        });
    }
}
