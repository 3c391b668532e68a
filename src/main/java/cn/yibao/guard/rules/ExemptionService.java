package cn.yibao.guard.rules;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.yibao.guard.common.Masking;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.hospital.HospitalService;
import cn.yibao.guard.rules.engine.Exemptions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Waivers (豁免) of rules for a patient or a department. Creating or revoking one counts as a change of the rules:
 * every replica recompiles its book, which then no longer (or again) reports the rule for that patient or
 * department.
 */
@ApplicationScoped
public class ExemptionService {

    private static final Logger LOG = Logger.getLogger(ExemptionService.class);

    private final ExemptionRepository repository;
    private final RuleRepository rules;
    private final RuleBooks books;
    private final HospitalService hospital;
    private final ZoneId zone;

    public ExemptionService(ExemptionRepository repository, RuleRepository rules, RuleBooks books,
            HospitalService hospital, @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone) {
        this.repository = repository;
        this.rules = rules;
        this.books = books;
        this.hospital = hospital;
        this.zone = zone;
    }

    /** Records a waiver; refuses an unknown rule or department, and a waiver overlapping an active one (409). */
    public Uni<ExemptionView> create(NewExemption body, String user) {
        if ((body.patientId() == null) == (body.department() == null)) {
            throw ProblemException.invalidField("patientId", "give either patientId or department");
        }
        if (body.validFrom() != null && body.validUntil() != null && body.validUntil().isBefore(body.validFrom())) {
            throw ProblemException.invalidField("validUntil", "must not be before validFrom");
        }
        Uni<ExemptionView> write = Panache.withTransaction(() -> rules.head(body.ruleId()).flatMap(head -> {
            if (head == null) {
                throw ProblemException.invalidField("ruleId", "no rule " + body.ruleId());
            }
            return knownDepartment(body.department());
        }).flatMap(ok -> repository.sameSubject(body.ruleId(), body.patientId(), body.department())).flatMap(same -> {
            for (ExemptionRecord other : same) {
                if (overlaps(other, body)) {
                    throw ProblemException.conflict("Rule " + body.ruleId() + " is already waived for this "
                            + (body.patientId() != null ? "patient" : "department") + " (exemption " + other.id
                            + ") in an overlapping period");
                }
            }
            ExemptionRecord record = new ExemptionRecord();
            record.ruleId = body.ruleId();
            record.patientId = body.patientId();
            record.department = body.department();
            record.reason = body.reason().trim();
            record.reference = body.reference();
            record.validFrom = body.validFrom();
            record.validUntil = body.validUntil();
            record.createdAt = now();
            record.createdBy = user;
            return repository.persist(record).call(rules::bumpRevision).map(v -> ExemptionView.of(record, zone));
        }));
        return write.invoke(view -> LOG.infof("Rule %s waived for %s by %s (exemption %d)", view.ruleId(),
                view.patientId() != null ? "patient " + Masking.id(view.patientId()) : "department "
                        + view.department(), user, view.id()))
                .call(view -> books.refresh().onFailure().recoverWithItem(false));
    }

    /** Revokes a waiver (409 if it was revoked already); the rule applies again from the next book. */
    public Uni<ExemptionView> revoke(long id, String reason, String user) {
        Uni<ExemptionView> write = Panache.withTransaction(() -> repository.find(id).flatMap(record -> {
            if (record == null) {
                throw ProblemException.notFound("No exemption " + id);
            }
            if (record.revokedAt != null) {
                throw ProblemException.conflict("Exemption " + id + " was revoked already");
            }
            record.revokedAt = now();
            record.revokedBy = user;
            record.revokeReason = reason;
            return rules.bumpRevision().map(r -> ExemptionView.of(record, zone));
        }));
        return write.invoke(view -> LOG.infof("Exemption %d of rule %s revoked by %s", id, view.ruleId(), user))
                .call(view -> books.refresh().onFailure().recoverWithItem(false));
    }

    /** The waivers not revoked, as the engine applies them (e.g. to a dry run's candidate book). */
    public Uni<Exemptions> active() {
        return Panache.withSession(repository::active)
                .map(list -> Exemptions.of(list.stream().map(ExemptionRecord::toEngine).toList()));
    }

    public Uni<List<ExemptionView>> list(ExemptionRepository.Filter filter) {
        return Panache.withSession(() -> repository.list(filter))
                .map(list -> list.stream().map(r -> ExemptionView.of(r, zone)).toList());
    }

    public Uni<ExemptionView> get(long id) {
        return Panache.withSession(() -> repository.find(id)).map(record -> {
            if (record == null) {
                throw ProblemException.notFound("No exemption " + id);
            }
            return ExemptionView.of(record, zone);
        });
    }

    private Uni<Boolean> knownDepartment(String department) {
        if (department == null) {
            return Uni.createFrom().item(true);
        }
        return hospital.hospital().map(h -> {
            if (h.departments().stream().map(d -> d.code).noneMatch(department::equals)) {
                throw ProblemException.invalidField("department", "no department " + department);
            }
            return true;
        });
    }

    private static boolean overlaps(ExemptionRecord other, NewExemption body) {
        boolean startsBeforeOtherEnds = other.validUntil == null || body.validFrom() == null
                || !body.validFrom().isAfter(other.validUntil);
        boolean endsAfterOtherStarts = other.validFrom == null || body.validUntil() == null
                || !body.validUntil().isBefore(other.validFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(zone).truncatedTo(ChronoUnit.MICROS);
    }
}
