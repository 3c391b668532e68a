package cn.yibao.guard.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.order.api.CheckView;
import cn.yibao.guard.order.api.DecisionOutcome;
import cn.yibao.guard.order.api.DecisionView;
import cn.yibao.guard.order.api.EncounterOrders;
import cn.yibao.guard.order.api.LineView;
import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Severity;
import cn.yibao.guard.rules.engine.Verdict;
import cn.yibao.guard.security.StaffUser;
import cn.yibao.guard.stay.Stay;
import cn.yibao.guard.stay.StayService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** An encounter's recorded orders: listing them with their check results, and withdrawing one (撤销/停嘱). */
@ApplicationScoped
public class EncounterOrderService {

    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() {
    };

    private final StayService stays;
    private final ObjectMapper json;

    public EncounterOrderService(StayService stays, ObjectMapper json) {
        this.stays = stays;
        this.json = json;
    }

    /** The encounter's lines, each with the latest check that covered it; 404 if unknown, 403 if not visible. */
    @WithSession
    public Uni<EncounterOrders> orders(String encounterId, StaffUser user) {
        return visibleStay(encounterId, user).flatMap(stay -> Panache.getSession().flatMap(s -> lines(s, encounterId)
                .flatMap(lines -> checks(s, encounterId)
                        .flatMap(checks -> hits(s, encounterId)
                                .flatMap(hits -> decisions(s, encounterId)
                                        .map(decisions -> assemble(stay, lines, checks, hits, decisions)))))));
    }

    /**
     * Withdraws a recorded line; it stops counting for the stay's history. Idempotent: withdrawing a withdrawn
     * line changes nothing. 404 if the encounter or the line is unknown.
     */
    @WithTransaction
    public Uni<Void> withdraw(String encounterId, String lineId, StaffUser user) {
        return visibleStay(encounterId, user).flatMap(stay -> Panache.getSession()
                .flatMap(s -> s.find(OrderLineEntity.class, new OrderLineEntity.Key(encounterId, lineId))))
                .map(line -> {
                    if (line == null) {
                        throw ProblemException.notFound("Encounter " + encounterId + " has no order line " + lineId);
                    }
                    line.withdraw(user.id(), OrderLineEntity.WITHDRAWN, OffsetDateTime.now(ZoneOffset.UTC));
                    return null;
                });
    }

    private Uni<Stay> visibleStay(String encounterId, StaffUser user) {
        return stays.stay(encounterId).map(stay -> {
            Stay s = stay.orElseThrow(() -> ProblemException.notFound("No encounter " + encounterId));
            user.requireDepartment(s.department());
            return s;
        });
    }

    private static Uni<List<OrderLineEntity>> lines(Mutiny.Session s, String encounterId) {
        return s.createQuery("from OrderLineEntity where encounterId = ?1 order by orderedAt, lineId",
                OrderLineEntity.class).setParameter(1, encounterId).getResultList();
    }

    private static Uni<List<OrderCheckEntity>> checks(Mutiny.Session s, String encounterId) {
        return s.createQuery("from OrderCheckEntity where encounterId = ?1 order by checkedAt, id",
                OrderCheckEntity.class).setParameter(1, encounterId).getResultList();
    }

    private static Uni<List<OrderHitEntity>> hits(Mutiny.Session s, String encounterId) {
        return s.createQuery("select h from OrderHitEntity h where h.checkId in "
                + "(select c.id from OrderCheckEntity c where c.encounterId = ?1) order by h.checkId, h.seq",
                OrderHitEntity.class).setParameter(1, encounterId).getResultList();
    }

    private static Uni<List<OrderDecisionEntity>> decisions(Mutiny.Session s, String encounterId) {
        return s.createQuery("from OrderDecisionEntity where encounterId = ?1 order by decidedAt, id",
                OrderDecisionEntity.class).setParameter(1, encounterId).getResultList();
    }

    private EncounterOrders assemble(Stay stay, List<OrderLineEntity> lines, List<OrderCheckEntity> checks,
            List<OrderHitEntity> hits, List<OrderDecisionEntity> decisions) {
        Map<UUID, List<RuleHit>> hitsByCheck = new HashMap<>();
        for (OrderHitEntity h : hits) {
            hitsByCheck.computeIfAbsent(h.checkId, k -> new ArrayList<>()).add(hit(h));
        }
        Map<UUID, List<DecisionView>> decisionsByCheck = new HashMap<>();
        Map<String, DecisionOutcome> lastDecision = new HashMap<>();
        for (OrderDecisionEntity d : decisions) {
            DecisionView view = DecisionService.view(d);
            decisionsByCheck.computeIfAbsent(d.checkId, k -> new ArrayList<>()).add(view);
            for (String lineId : d.lineIds) {
                lastDecision.put(lineId, view.outcome());
            }
        }
        Map<String, OrderCheckEntity> latestCheck = new HashMap<>();
        List<CheckView> checkViews = new ArrayList<>(checks.size());
        for (OrderCheckEntity c : checks) {
            for (String lineId : c.lineIds) {
                latestCheck.put(lineId, c);
            }
            checkViews.add(new CheckView(c.id, c.channel, c.requestedBy, Verdict.valueOf(c.verdict),
                    Verdict.valueOf(c.answered), List.of(c.lineIds), List.of(c.unmatched), c.hitCount, c.checkedAt,
                    decisionsByCheck.getOrDefault(c.id, List.of())));
        }
        List<LineView> lineViews = new ArrayList<>(lines.size());
        for (OrderLineEntity l : lines) {
            OrderCheckEntity c = latestCheck.get(l.lineId);
            List<RuleHit> lineHits = c == null ? List.of() : hitsByCheck.getOrDefault(c.id, List.of()).stream()
                    .filter(h -> h.lineIds().contains(l.lineId)).toList();
            lineViews.add(new LineView(l.lineId, l.itemCode, l.hisCode, l.genericName, l.name, l.matchedCode,
                    l.quantity, l.unitPrice, l.frequency, l.days == null ? null : l.days.intValue(), l.doctorCode,
                    l.longTerm, l.orderedAt, l.recordedAt, l.status, l.withdrawnAt, l.withdrawnHow,
                    c == null ? null : c.id, c == null ? null : Verdict.valueOf(c.verdict), lineHits,
                    lastDecision.get(l.lineId)));
        }
        return new EncounterOrders(stay.id(), stay.type(), stay.department(), stay.ward(), stay.insuranceType(),
                stay.insuranceTypes(), lineViews, checkViews);
    }

    private RuleHit hit(OrderHitEntity h) {
        try {
            Map<String, Object> evidence = h.evidence == null ? Map.of() : json.readValue(h.evidence, EVIDENCE);
            return new RuleHit(List.of(h.lineIds), h.ruleId, h.ruleVersion, h.template, Severity.valueOf(h.severity),
                    RuleAction.valueOf(h.action), Judgement.valueOf(h.judgement), h.message, evidence, h.source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
