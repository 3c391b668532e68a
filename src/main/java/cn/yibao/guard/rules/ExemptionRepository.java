package cn.yibao.guard.rules;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads and writes rule waivers, in the caller's session. */
@ApplicationScoped
public class ExemptionRepository {

    /** Filters of the waiver list; {@code null} means "any". */
    public record Filter(String ruleId, String patientId, String department, boolean includeRevoked) {
    }

    /** The waivers not revoked: what the rule book is compiled with. */
    public Uni<List<ExemptionRecord>> active() {
        return session().flatMap(s -> s.createSelectionQuery("from ExemptionRecord where revokedAt is null order by id",
                ExemptionRecord.class).getResultList());
    }

    public Uni<List<ExemptionRecord>> list(Filter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.ruleId() != null) {
            where.append(" and ruleId = :ruleId");
        }
        if (filter.patientId() != null) {
            where.append(" and patientId = :patientId");
        }
        if (filter.department() != null) {
            where.append(" and department = :department");
        }
        if (!filter.includeRevoked()) {
            where.append(" and revokedAt is null");
        }
        return session().flatMap(s -> {
            var query = s.createSelectionQuery("from ExemptionRecord" + where + " order by id", ExemptionRecord.class);
            if (filter.ruleId() != null) {
                query.setParameter("ruleId", filter.ruleId());
            }
            if (filter.patientId() != null) {
                query.setParameter("patientId", filter.patientId());
            }
            if (filter.department() != null) {
                query.setParameter("department", filter.department());
            }
            return query.setMaxResults(1000).getResultList();
        });
    }

    public Uni<ExemptionRecord> find(long id) {
        return session().flatMap(s -> s.find(ExemptionRecord.class, id));
    }

    /** The active waivers of a rule for the same patient or department (to refuse overlapping duplicates). */
    public Uni<List<ExemptionRecord>> sameSubject(String ruleId, String patientId, String department) {
        return session().flatMap(s -> s.createSelectionQuery("from ExemptionRecord where ruleId = :ruleId and "
                + "revokedAt is null and (" + (patientId != null ? "patientId = :subject" : "department = :subject")
                + ")", ExemptionRecord.class).setParameter("ruleId", ruleId)
                .setParameter("subject", patientId != null ? patientId : department).getResultList());
    }

    public Uni<Void> persist(Object entity) {
        return session().flatMap(s -> s.persist(entity)).call(() -> session().flatMap(Mutiny.Session::flush));
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
