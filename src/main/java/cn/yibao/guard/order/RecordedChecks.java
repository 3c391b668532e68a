package cn.yibao.guard.order;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Severity;
import cn.yibao.guard.rules.engine.Verdict;
import cn.yibao.guard.stay.EncounterType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Recorded checks read back as the {@link CheckRecorded} events they fired, for features that must catch up
 * with checks whose event they missed (the alerts' recovery sweep after an instance stopped).
 */
@ApplicationScoped
public class RecordedChecks {

    private final Pool pool;

    public RecordedChecks(Pool pool) {
        this.pool = pool;
    }

    /** A check and when it was recorded. */
    public record Recorded(UUID checkId, OffsetDateTime at) {
    }

    /** The checks with hits recorded in [from, to), oldest first. */
    public Uni<List<Recorded>> withHits(OffsetDateTime from, OffsetDateTime to, int limit) {
        return pool.preparedQuery("SELECT id, checked_at FROM order_check WHERE hit_count > 0 AND checked_at >= $1 "
                + "AND checked_at < $2 ORDER BY checked_at LIMIT $3").execute(Tuple.of(from, to, limit))
                .map(rows -> {
                    List<Recorded> ids = new ArrayList<>(rows.size());
                    rows.forEach(r -> ids.add(new Recorded(r.getUUID(0), r.getOffsetDateTime(1))));
                    return ids;
                });
    }

    /** The events of these checks, in the order of {@code ids}. */
    public Uni<List<CheckRecorded>> events(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Tuple args = Tuple.of(ids.toArray(UUID[]::new));
        return pool.preparedQuery("""
                SELECT c.id AS check_id, l.line_id, coalesce(l.matched_code, l.item_code) AS item_code, l.name,
                       l.doctor_code
                  FROM order_check c JOIN order_line l ON l.encounter_id = c.encounter_id AND l.line_id = ANY (c.line_ids)
                 WHERE c.id = ANY ($1)""").execute(args).flatMap(lineRows -> {
            Map<UUID, List<CheckRecorded.Line>> lines = new LinkedHashMap<>();
            for (Row r : lineRows) {
                lines.computeIfAbsent(r.getUUID("check_id"), k -> new ArrayList<>()).add(new CheckRecorded.Line(
                        r.getString("line_id"), r.getString("item_code"), r.getString("name"),
                        r.getString("doctor_code")));
            }
            return pool.preparedQuery("SELECT * FROM order_hit WHERE check_id = ANY ($1) ORDER BY check_id, seq")
                    .execute(args).flatMap(hitRows -> {
                        Map<UUID, List<RuleHit>> hits = new LinkedHashMap<>();
                        for (Row r : hitRows) {
                            hits.computeIfAbsent(r.getUUID("check_id"), k -> new ArrayList<>()).add(hit(r));
                        }
                        return checks(args, ids, lines, hits);
                    });
        });
    }

    private Uni<List<CheckRecorded>> checks(Tuple args, List<UUID> ids, Map<UUID, List<CheckRecorded.Line>> lines,
            Map<UUID, List<RuleHit>> hits) {
        return pool.preparedQuery("""
                SELECT c.id, c.encounter_id, e.type, e.patient_id, e.department_code, e.ward_code, c.verdict,
                       c.answered, c.checked_at
                  FROM order_check c JOIN encounter e ON e.id = c.encounter_id
                 WHERE c.id = ANY ($1)""").execute(args).map(rows -> {
            Map<UUID, CheckRecorded> byId = new LinkedHashMap<>();
            for (Row r : rows) {
                UUID id = r.getUUID("id");
                byId.put(id, new CheckRecorded(id, r.getString("encounter_id"),
                        EncounterType.valueOf(r.getString("type")), r.getString("patient_id"),
                        r.getString("department_code"), r.getString("ward_code"),
                        Verdict.valueOf(r.getString("verdict")), Verdict.valueOf(r.getString("answered")),
                        lines.getOrDefault(id, List.of()), hits.getOrDefault(id, List.of()),
                        r.getOffsetDateTime("checked_at")));
            }
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    private static RuleHit hit(Row r) {
        Object evidence = r.getValue("evidence");
        Map<String, Object> ev = evidence instanceof JsonObject o ? o.getMap() : Map.of();
        return new RuleHit(List.of(r.getArrayOfStrings("line_ids")), r.getString("rule_id"),
                r.getInteger("rule_version"), r.getString("template"), Severity.valueOf(r.getString("severity")),
                RuleAction.valueOf(r.getString("action")), Judgement.valueOf(r.getString("judgement")),
                r.getString("message"), ev, r.getString("source"));
    }
}
