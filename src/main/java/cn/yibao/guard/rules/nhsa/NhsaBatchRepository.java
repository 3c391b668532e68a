package cn.yibao.guard.rules.nhsa;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads and writes batch policies and the import log, in the caller's session. */
@ApplicationScoped
public class NhsaBatchRepository {

    /**
     * The batch's policy row, created with this policy if the batch was never imported, and locked until the
     * transaction ends: imports and bulk changes of one batch run one after the other.
     */
    public Uni<BatchRecord> lockOrCreate(BatchType type, BatchPolicy initial, String user, OffsetDateTime at) {
        return session().flatMap(s -> s.createNativeQuery("insert into nhsa_batch (batch_type, severity, action,"
                + " judgement, enabled, changed_at, changed_by) values (:type, :severity, :action, :judgement,"
                + " :enabled, :at, :by) on conflict (batch_type) do nothing")
                .setParameter("type", type.stem()).setParameter("severity", initial.tiers().severity().name())
                .setParameter("action", initial.tiers().action().name())
                .setParameter("judgement", initial.tiers().judgement().name())
                .setParameter("enabled", initial.enabled()).setParameter("at", at).setParameter("by", user)
                .executeUpdate()).flatMap(n -> lock(type));
    }

    /** The batch's policy row locked, or {@code null} when the batch was never imported. */
    public Uni<BatchRecord> lock(BatchType type) {
        return session().flatMap(s -> s.find(BatchRecord.class, type.stem(), LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<List<BatchRecord>> all() {
        return session().flatMap(s -> s.createSelectionQuery("from BatchRecord order by batchType", BatchRecord.class)
                .getResultList());
    }

    public Uni<BatchRecord> find(BatchType type) {
        return session().flatMap(s -> s.find(BatchRecord.class, type.stem()));
    }

    /** The batch's imports, newest first. */
    public Uni<List<BatchImportRecord>> imports(BatchType type, int limit) {
        return session().flatMap(s -> s.createSelectionQuery("from BatchImportRecord where batchType = :type"
                + " order by id desc", BatchImportRecord.class).setParameter("type", type.stem())
                .setMaxResults(limit).getResultList());
    }

    /** The latest import of every batch. */
    public Uni<List<BatchImportRecord>> latestImports() {
        return session().flatMap(s -> s.createSelectionQuery("from BatchImportRecord i where i.id = (select max(j.id)"
                + " from BatchImportRecord j where j.batchType = i.batchType)", BatchImportRecord.class)
                .getResultList());
    }

    public Uni<Void> persist(Object entity) {
        return session().flatMap(s -> s.persist(entity)).call(() -> session().flatMap(Mutiny.Session::flush));
    }

    public Uni<Void> flush() {
        return session().flatMap(Mutiny.Session::flush);
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
