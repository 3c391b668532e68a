package cn.yibao.guard.rules;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads and writes rule heads, versions, events and the rules revision, in the caller's session. */
@ApplicationScoped
public class RuleRepository {

    /** A rule's head with its current version. */
    public record Current(RuleRecord head, RuleVersionRecord version) {
    }

    /** Filters of the rule list; {@code null} means "any". */
    public record Filter(String template, Boolean enabled, String sourcePrefix, boolean includeRetired) {
    }

    private static final String CURRENT = "from RuleRecord r, RuleVersionRecord v"
            + " where v.ruleId = r.id and v.version = r.currentVersion";

    public Uni<RuleRecord> head(String id) {
        return session().flatMap(s -> s.find(RuleRecord.class, id));
    }

    /** The head, locked against concurrent changes until the transaction ends. */
    public Uni<RuleRecord> headForUpdate(String id) {
        return session().flatMap(s -> s.find(RuleRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<RuleVersionRecord> version(String id, int version) {
        return session().flatMap(s -> s.find(RuleVersionRecord.class, new RuleVersionRecord.Key(id, version)));
    }

    public Uni<List<RuleVersionRecord>> versions(String id) {
        return session().flatMap(s -> s.createSelectionQuery(
                "from RuleVersionRecord where ruleId = :id order by version", RuleVersionRecord.class)
                .setParameter("id", id).getResultList());
    }

    public Uni<List<RuleEventRecord>> events(String id) {
        return session().flatMap(s -> s.createSelectionQuery(
                "from RuleEventRecord where ruleId = :id order by id", RuleEventRecord.class)
                .setParameter("id", id).getResultList());
    }

    /** One page of current versions matching the filter, ordered by rule id. */
    public Uni<List<Current>> page(Filter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return session().flatMap(s -> {
            var query = s.createSelectionQuery("select r, v " + CURRENT + where + " order by r.id", Object[].class);
            params.forEach(query::setParameter);
            return query.setFirstResult(page * size).setMaxResults(size).getResultList();
        }).map(RuleRepository::currents);
    }

    public Uni<Long> count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return session().flatMap(s -> {
            var query = s.createSelectionQuery("select count(r) " + CURRENT + where, Long.class);
            params.forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    /** Every rule that is not retired, with its current version: what the book is compiled from. */
    public Uni<List<Current>> allLive() {
        return session().flatMap(s -> s.createSelectionQuery("select r, v " + CURRENT + " and r.retired = false",
                Object[].class).getResultList()).map(RuleRepository::currents);
    }

    /**
     * Current versions of rules whose source starts with the prefix, or whose id is one of these, locked until
     * the transaction ends so that an officer's concurrent edit waits for the import.
     */
    public Uni<List<Current>> bySourceOrIds(String sourcePrefix, Collection<String> ids) {
        return session().flatMap(s -> s.createSelectionQuery("select r, v " + CURRENT
                + " and (r.source like :prefix escape '\\' or r.id in (:ids))", Object[].class)
                .setParameter("prefix", likePrefix(sourcePrefix))
                .setParameter("ids", ids.isEmpty() ? List.of("") : ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList())
                .map(RuleRepository::currents);
    }

    /** Current versions of the rules of a source that are not retired, by id (no lock). */
    public Uni<List<Current>> liveBySource(String sourcePrefix) {
        return session().flatMap(s -> s.createSelectionQuery("select r, v " + CURRENT
                + " and r.retired = false and r.source like :prefix escape '\\' order by r.id", Object[].class)
                .setParameter("prefix", likePrefix(sourcePrefix)).getResultList())
                .map(RuleRepository::currents);
    }

    public Uni<List<String>> existingIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session().flatMap(s -> s.createSelectionQuery("select id from RuleRecord where id in (:ids)",
                String.class).setParameter("ids", ids).getResultList());
    }

    public Uni<Long> nextId() {
        return session().flatMap(s -> s.createNativeQuery("select nextval('audit_rule_id_seq')", Long.class)
                .getSingleResult());
    }

    /**
     * Moves the head to a new version only if it is still at the expected one; 0 rows means another edit came
     * first (the row lock makes a concurrent edit wait, then see the new version).
     */
    public Uni<Integer> moveHead(String id, int expected, int next, String template, OffsetDateTime at, String by) {
        return session().flatMap(s -> s.createMutationQuery("update RuleRecord set currentVersion = :next,"
                + " template = :template, changedAt = :at, changedBy = :by"
                + " where id = :id and currentVersion = :expected")
                .setParameter("next", next).setParameter("template", template).setParameter("at", at)
                .setParameter("by", by).setParameter("id", id).setParameter("expected", expected)
                .executeUpdate());
    }

    public Uni<Void> persist(Object... entities) {
        return session().flatMap(s -> s.persistAll(entities));
    }

    public Uni<Void> flush() {
        return session().flatMap(Mutiny.Session::flush);
    }

    /** Counts one more change of the rules; called last in every writing transaction. */
    public Uni<Long> bumpRevision() {
        return session().flatMap(s -> s.createNativeQuery(
                "update audit_rule_revision set revision = revision + 1 where id = 1 returning revision", Long.class)
                .getSingleResult());
    }

    public Uni<Long> revision() {
        return session().flatMap(s -> s.createNativeQuery(
                "select revision from audit_rule_revision where id = 1", Long.class).getSingleResult());
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.template() != null) {
            where.append(" and r.template = :template");
            params.put("template", filter.template());
        }
        if (filter.enabled() != null) {
            where.append(" and r.enabled = :enabled");
            params.put("enabled", filter.enabled());
        }
        if (filter.sourcePrefix() != null) {
            where.append(" and r.source like :source escape '\\'");
            params.put("source", likePrefix(filter.sourcePrefix()));
        }
        if (!filter.includeRetired()) {
            where.append(" and r.retired = false");
        }
        return where.toString();
    }

    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<Current> currents(List<Object[]> rows) {
        List<Current> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(new Current((RuleRecord) row[0], (RuleVersionRecord) row[1]));
        }
        return out;
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
