package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.Problem;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.order.api.DecisionOutcome;
import cn.yibao.guard.order.api.DecisionRequest;
import cn.yibao.guard.order.api.DecisionView;
import cn.yibao.guard.order.api.OverrideReasonView;
import cn.yibao.guard.rules.engine.Verdict;
import cn.yibao.guard.security.StaffUser;
import cn.yibao.guard.stay.Stay;
import cn.yibao.guard.stay.StayService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The physician's decision at signing on a WARN or BLOCK check (CDS Hooks feedback: accepted or overridden with
 * a reason). Decisions are appended, never changed; a CANCELLED decision withdraws its lines in the same
 * transaction.
 */
@ApplicationScoped
public class DecisionService {

    private final StayService stays;

    public DecisionService(StayService stays) {
        this.stays = stays;
    }

    @WithSession
    public Uni<List<OverrideReasonView>> reasons() {
        return Panache.getSession().flatMap(s -> s.createQuery(
                "from OverrideReason where active = true order by sortOrder, code", OverrideReason.class)
                .getResultList())
                .map(list -> list.stream().map(r -> new OverrideReasonView(r.code, r.label, r.requiresComment))
                        .toList());
    }

    @WithTransaction
    public Uni<DecisionView> decide(UUID checkId, DecisionRequest request, StaffUser user) {
        return Panache.getSession().flatMap(s -> s.find(OrderCheckEntity.class, checkId)
                .flatMap(check -> {
                    if (check == null) {
                        throw ProblemException.notFound("No order check " + checkId);
                    }
                    return stays.stay(check.encounterId).flatMap(stay -> decide(s, check, stay.orElseThrow(),
                            request, user));
                }));
    }

    private Uni<DecisionView> decide(Mutiny.Session s, OrderCheckEntity check, Stay stay, DecisionRequest request,
            StaffUser user) {
        user.requireDepartment(stay.department());
        Verdict answered = Verdict.valueOf(check.answered);
        if (answered != Verdict.WARN && answered != Verdict.BLOCK) {
            throw ProblemException.conflict("Check " + check.id + " was answered " + answered
                    + "; only WARN and BLOCK checks take a decision");
        }
        requireLinesOfCheck(check, request.lineIds());
        return reason(s, request).flatMap(reason -> lines(s, check.encounterId, request.lineIds())
                .flatMap(lines -> {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    apply(request, lines, user, now);
                    OrderDecisionEntity d = decision(check, request, user, now);
                    return s.persist(d).call(s::flush).map(v -> view(d));
                }));
    }

    private static void requireLinesOfCheck(OrderCheckEntity check, List<String> lineIds) {
        Set<String> ofCheck = Set.of(check.lineIds);
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lineIds.size(); i++) {
            String id = lineIds.get(i);
            if (!ofCheck.contains(id)) {
                errors.add(new FieldError("lineIds[" + i + "]", "not a line of check " + check.id));
            } else if (!seen.add(id)) {
                errors.add(new FieldError("lineIds[" + i + "]", "listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors.size() == 1 ? errors.get(0).field() + ": "
                    + errors.get(0).message() : errors.size() + " line ids are invalid", errors));
        }
    }

    /** The override reason named, checked against the coded list; required for OVERRIDDEN. */
    private static Uni<OverrideReason> reason(Mutiny.Session s, DecisionRequest request) {
        if (request.reasonCode() == null || request.reasonCode().isBlank()) {
            if (request.outcome() == DecisionOutcome.OVERRIDDEN) {
                throw ProblemException.invalidField("reasonCode",
                        "required when overriding; see /api/v1/orders/override-reasons");
            }
            return Uni.createFrom().nullItem();
        }
        return s.find(OverrideReason.class, request.reasonCode()).map(reason -> {
            if (reason == null || !reason.active) {
                throw ProblemException.invalidField("reasonCode",
                        "unknown reason code; see /api/v1/orders/override-reasons");
            }
            if (reason.requiresComment && (request.comment() == null || request.comment().isBlank())) {
                throw ProblemException.invalidField("comment", "required with reason " + reason.code);
            }
            return reason;
        });
    }

    private static Uni<Map<String, OrderLineEntity>> lines(Mutiny.Session s, String encounterId,
            List<String> lineIds) {
        return s.createQuery("from OrderLineEntity where encounterId = ?1 and lineId in ?2", OrderLineEntity.class)
                .setParameter(1, encounterId).setParameter(2, lineIds).getResultList()
                .map(list -> list.stream().collect(Collectors.toMap(l -> l.lineId, Function.identity())));
    }

    /** CANCELLED withdraws the lines; the other outcomes need them still active. */
    private static void apply(DecisionRequest request, Map<String, OrderLineEntity> lines, StaffUser user,
            OffsetDateTime now) {
        for (int i = 0; i < request.lineIds().size(); i++) {
            OrderLineEntity line = lines.get(request.lineIds().get(i));
            if (line == null) {
                throw ProblemException.conflict("Line " + request.lineIds().get(i) + " was never recorded");
            }
            if (request.outcome() == DecisionOutcome.CANCELLED) {
                line.withdraw(user.id(), DecisionOutcome.CANCELLED.name(), now);
            } else if (!line.active()) {
                throw ProblemException.conflict("Line " + line.lineId + " was withdrawn; it can no longer be "
                        + request.outcome().name().toLowerCase());
            }
        }
    }

    private static OrderDecisionEntity decision(OrderCheckEntity check, DecisionRequest request, StaffUser user,
            OffsetDateTime now) {
        OrderDecisionEntity d = new OrderDecisionEntity();
        d.checkId = check.id;
        d.encounterId = check.encounterId;
        d.lineIds = request.lineIds().toArray(String[]::new);
        d.outcome = request.outcome().name();
        d.reasonCode = request.reasonCode() == null || request.reasonCode().isBlank() ? null : request.reasonCode();
        d.comment = request.comment();
        d.decidedBy = user.id();
        d.doctorCode = user.doctorCode().orElse(null);
        d.decidedAt = now;
        return d;
    }

    static DecisionView view(OrderDecisionEntity d) {
        return new DecisionView(d.id, d.checkId, d.encounterId, List.of(d.lineIds), DecisionOutcome.valueOf(d.outcome),
                d.reasonCode, d.comment, d.decidedBy, d.doctorCode, d.decidedAt);
    }
}
