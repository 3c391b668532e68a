package cn.yibao.guard.alert;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.Severity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Alert rows through the reactive pool. Alerts are written in batches (many checks per second, one statement
 * per batch), which Hibernate would turn into a statement per row; hence plain SQL, like the order check.
 */
@ApplicationScoped
public class AlertRepository {

    /**
     * Writers serialise on this transaction-scoped advisory lock before drawing ids, so ids commit in increasing
     * order: "everything after id N" never misses a smaller id committed later.
     */
    static final long WRITE_LOCK = 0x7969_6261_6f41_4c54L;

    /**
     * Ends a statement whose CTE {@code up} returns the alerts it changed: queues each change in the outbox when
     * parameter {@code $flag} is true (a broker must confirm it), and answers the changed alerts.
     */
    private static String queued(int flag) {
        return """
                ), queued AS (
                INSERT INTO alert_outbox (alert_id, revision, changed_at)
                SELECT id, revision, updated_at FROM up WHERE $%d
                ON CONFLICT (alert_id) DO UPDATE SET revision = EXCLUDED.revision, changed_at = EXCLUDED.changed_at
                )
                SELECT * FROM up
                """.formatted(flag);
    }

    /**
     * One statement, so that the write lock is held from the moment it is taken until the commit and no longer,
     * with no round trip to this instance in between (a pause here would stall every writer). In order, each step
     * waiting for the one before through the rows it reads: take the write lock; claim the checks (one already
     * raised, by this instance or another, is skipped); insert the alerts of rows with a claimed check, or fold
     * repeats into the live alert of their key (a retried line changes nothing). Ids are drawn only after the
     * lock is held.
     */
    static final String RAISE = """
            WITH locked AS (
                SELECT pg_advisory_xact_lock($3)
            ), claimed AS (
                INSERT INTO alert_check (check_id, raised_at)
                SELECT c, $4 FROM unnest($2::uuid[]) AS c, locked
                ON CONFLICT DO NOTHING RETURNING check_id
            ), up AS (
            INSERT INTO alert AS a (id, check_id, encounter_id, patient_id, department_code, ward_code, doctor_code,
                    severity, action, judgement, rule_id, rule_version, template, message, line_ids, item_code,
                    dedup_window, evidence, source, count, created_at, last_seen_at, updated_at)
            SELECT nextval('alert_id_seq'), r.check_ids[1], r.encounter_id, r.patient_id, r.department_code,
                   r.ward_code, r.doctor_code, r.severity, r.action, r.judgement, r.rule_id, r.rule_version,
                   r.template, r.message, r.line_ids, r.item_code, r.dedup_window, r.evidence, r.source, r.count,
                   r.seen_at, r.seen_at, r.seen_at
              FROM jsonb_to_recordset($1::jsonb) AS r(ord int, check_ids uuid[], encounter_id varchar,
                   patient_id varchar, department_code varchar, ward_code varchar, doctor_code varchar,
                   severity varchar, action varchar, judgement varchar, rule_id varchar, rule_version int,
                   template varchar, message text, line_ids varchar[], item_code varchar, dedup_window varchar,
                   evidence jsonb, source varchar, count int, seen_at timestamptz)
             WHERE r.check_ids && ARRAY(SELECT check_id FROM claimed)
             ORDER BY r.ord
            ON CONFLICT (encounter_id, rule_id, item_code, dedup_window) WHERE state <> 'RESOLVED'
            DO UPDATE SET count = a.count + EXCLUDED.count,
                   line_ids = a.line_ids
                       || ARRAY(SELECT l FROM unnest(EXCLUDED.line_ids) AS l WHERE l <> ALL (a.line_ids)),
                   rule_version = EXCLUDED.rule_version, message = EXCLUDED.message, evidence = EXCLUDED.evidence,
                   last_seen_at = EXCLUDED.last_seen_at, updated_at = EXCLUDED.updated_at,
                   revision = a.revision + 1
             WHERE NOT (EXCLUDED.line_ids <@ a.line_ids)
            RETURNING a.*, (a.xmax = 0) AS created
            """ + queued(5);

    /** Withdrawn lines; an open or acknowledged alert whose lines are all withdrawn is resolved. */
    static final String WITHDRAW = """
            WITH up AS (
            UPDATE alert a SET withdrawn_line_ids = w.ids,
                   state = CASE WHEN a.state IN ('OPEN', 'ACKNOWLEDGED') AND a.line_ids <@ w.ids
                                THEN 'RESOLVED' ELSE a.state END,
                   revision = a.revision + 1, updated_at = $3
              FROM (SELECT x.id, x.withdrawn_line_ids || ARRAY(SELECT l FROM unnest($2::varchar[]) AS l
                             WHERE l = ANY (x.line_ids) AND l <> ALL (x.withdrawn_line_ids)) AS ids
                      FROM alert x WHERE x.encounter_id = $1 AND x.line_ids && $2::varchar[]) w
             WHERE a.id = w.id AND cardinality(w.ids) > cardinality(a.withdrawn_line_ids)
            RETURNING a.*, false AS created
            """ + queued(4);

    /** A station's feedback changes the alert's state; the change waits in the outbox like any other. */
    static final String FEEDBACK = """
            WITH up AS (
            UPDATE alert SET state = $2, revision = revision + 1, updated_at = $3
             WHERE id = $1 RETURNING *, false AS created
            """ + queued(4);

    private final Pool pool;
    /** Changes wait in {@code alert_outbox} only when a broker must confirm them (see {@link AlertFanOut}). */
    private final boolean outbox;

    public AlertRepository(Pool pool, @ConfigProperty(name = "yibao.alerts.fanout") String connector) {
        this.pool = pool;
        this.outbox = !LocalLoopConnector.NAME.equals(connector);
    }

    /** What one write batch changed: alerts created or updated (repeats, resolutions). */
    record Written(List<Alert> created, List<Alert> updated) {
    }

    /** A withdrawal as the writer queues it. */
    record Withdrawal(String encounterId, List<String> lineIds, OffsetDateTime at) {
    }

    /**
     * Claims the checks and raises their alerts, then applies withdrawals. Without withdrawals (the usual batch)
     * this is one statement committed on its own; with them, one transaction.
     */
    Uni<Written> write(List<UUID> checkIds, List<AlertCandidate> candidates, List<Withdrawal> withdrawals,
            OffsetDateTime now) {
        if (withdrawals.isEmpty()) {
            return raise(pool, checkIds, candidates, now);
        }
        return pool.withTransaction(c -> raise(c, checkIds, candidates, now)
                .flatMap(written -> withdraw(c, withdrawals, 0, written, outbox)));
    }

    private Uni<Written> raise(SqlClient client, List<UUID> checkIds, List<AlertCandidate> candidates,
            OffsetDateTime now) {
        if (checkIds.isEmpty()) {
            return client.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(WRITE_LOCK))
                    .map(v -> new Written(new ArrayList<>(), new ArrayList<>()));
        }
        JsonArray rows = new JsonArray();
        List<List<AlertCandidate>> keys = AlertCandidate.byKey(candidates);
        for (int i = 0; i < keys.size(); i++) {
            rows.add(json(i, keys.get(i)));
        }
        Tuple args = Tuple.of(rows, checkIds.toArray(UUID[]::new), WRITE_LOCK, now, outbox);
        return client.preparedQuery(RAISE).execute(args).map(set -> {
            Written w = new Written(new ArrayList<>(), new ArrayList<>());
            collect(set, w);
            w.created().sort((a, b) -> Long.compare(a.id(), b.id()));
            return w;
        });
    }

    private static Uni<Written> withdraw(SqlConnection c, List<Withdrawal> withdrawals, int i, Written written,
            boolean outbox) {
        if (i >= withdrawals.size()) {
            return Uni.createFrom().item(written);
        }
        Withdrawal w = withdrawals.get(i);
        return c.preparedQuery(WITHDRAW)
                .execute(Tuple.of(w.encounterId(), w.lineIds().toArray(String[]::new), w.at(), outbox))
                .flatMap(set -> {
                    collect(set, written);
                    return withdraw(c, withdrawals, i + 1, written, outbox);
                });
    }

    private static void collect(RowSet<Row> set, Written w) {
        for (Row r : set) {
            (r.getBoolean("created") ? w.created() : w.updated()).add(alert(r));
        }
    }

    /**
     * One row per key: the batch's candidates of that key merged, with every check they came from. The row is
     * raised when any of those checks is claimed here: lines of a check another writer claimed are then already
     * on the alert when that writer folds them in, which changes nothing.
     */
    private static JsonObject json(int ord, List<AlertCandidate> ofKey) {
        AlertCandidate a = ofKey.get(0);
        Set<String> checkIds = new LinkedHashSet<>();
        checkIds.add(a.checkId().toString());
        for (int i = 1; i < ofKey.size(); i++) {
            a = a.mergedWith(ofKey.get(i));
            checkIds.add(ofKey.get(i).checkId().toString());
        }
        RuleHit h = a.hit();
        return new JsonObject().put("ord", ord).put("check_ids", new JsonArray(List.copyOf(checkIds)))
                .put("encounter_id", a.encounterId()).put("patient_id", a.patientId())
                .put("department_code", a.department()).put("ward_code", a.ward()).put("doctor_code", a.doctorCode())
                .put("severity", h.severity().name()).put("action", h.action().name())
                .put("judgement", h.judgement().name()).put("rule_id", h.ruleId()).put("rule_version", h.ruleVersion())
                .put("template", h.template()).put("message", h.message()).put("line_ids", new JsonArray(a.lineIds()))
                .put("item_code", a.itemCode()).put("dedup_window", a.window())
                .put("evidence", new JsonObject(h.evidence())).put("source", h.source()).put("count", a.count())
                .put("seen_at", a.seenAt().toString());
    }

    /** The station's alerts after {@code afterId}, oldest first. */
    Uni<List<Alert>> after(Station station, long afterId, int limit) {
        StationFilter f = StationFilter.of(station, 1);
        String sql = "SELECT *, false AS created FROM alert WHERE " + f.sql() + " AND id > $" + (f.next())
                + " ORDER BY id LIMIT $" + (f.next() + 1);
        return pool.preparedQuery(sql).execute(f.args().addLong(afterId).addInteger(limit)).map(AlertRepository::alerts);
    }

    /**
     * The station's alerts up to {@code sinceId} that changed after alert {@code sinceId} was raised — what a station
     * that saw that alert may have missed of the alerts it already had — at most {@code limit}, the latest changes,
     * oldest first. None when {@code sinceId} names no alert.
     */
    Uni<List<Alert>> changedSince(Station station, long sinceId, int limit) {
        StationFilter f = StationFilter.of(station, 1);
        int since = f.next();
        String sql = "SELECT * FROM (SELECT *, false AS created FROM alert WHERE " + f.sql() + " AND id <= $" + since
                + " AND revision > 0 AND updated_at >= (SELECT created_at FROM alert WHERE id = $" + since + ")"
                + " ORDER BY updated_at DESC, id DESC LIMIT $" + (since + 1) + ") changed ORDER BY updated_at, id";
        return pool.preparedQuery(sql).execute(f.args().addLong(sinceId).addInteger(limit))
                .map(AlertRepository::alerts);
    }

    /** The newest alert id the station has, 0 when none. */
    Uni<Long> lastId(Station station) {
        StationFilter f = StationFilter.of(station, 1);
        return pool.preparedQuery("SELECT coalesce(max(id), 0) FROM alert WHERE " + f.sql()).execute(f.args())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** A page of alerts, newest first, optionally of one station and one state. */
    Uni<AlertPage> page(Station station, AlertState state, int page, int size) {
        List<String> where = new ArrayList<>();
        Tuple args = Tuple.tuple();
        int n = 1;
        if (station != null) {
            StationFilter f = StationFilter.of(station, n);
            where.add(f.sql());
            for (int i = 0; i < f.args().size(); i++) {
                args.addValue(f.args().getValue(i));
            }
            n = f.next();
        }
        if (state != null) {
            where.add("state = $" + n++);
            args.addString(state.name());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Tuple countArgs = Tuple.tuple();
        for (int i = 0; i < args.size(); i++) {
            countArgs.addValue(args.getValue(i));
        }
        String sql = "SELECT *, false AS created FROM alert" + filter + " ORDER BY id DESC LIMIT $" + n + " OFFSET $"
                + (n + 1);
        args.addInteger(size).addLong((long) page * size);
        return pool.preparedQuery("SELECT count(*) FROM alert" + filter).execute(countArgs)
                .flatMap(count -> pool.preparedQuery(sql).execute(args)
                        .map(rows -> new AlertPage(page, size, count.iterator().next().getLong(0), alerts(rows))));
    }

    Uni<Alert> find(long id) {
        return pool.preparedQuery("SELECT *, false AS created FROM alert WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : alert(rows.iterator().next()));
    }

    /** A feedback row as the service records it. */
    record Feedback(long alertId, AlertState outcome, String reasonCode, String comment, String by, String roles,
            String channel, OffsetDateTime at) {
    }

    /**
     * Changes the alert's state if {@code check} accepts the alert as it stands (row locked), and appends the
     * feedback row, in one transaction. {@code check} throws to refuse.
     */
    Uni<Alert> feedback(Feedback f, java.util.function.Consumer<Alert> check) {
        return pool.withTransaction(c -> c.preparedQuery("SELECT *, false AS created FROM alert WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(f.alertId())).flatMap(rows -> {
                    Alert current = rows.size() == 0 ? null : alert(rows.iterator().next());
                    check.accept(current);
                    return c.preparedQuery(FEEDBACK)
                            .execute(Tuple.of(f.alertId(), f.outcome().name(), f.at(), outbox));
                })
                .flatMap(rows -> c.preparedQuery("INSERT INTO alert_feedback (alert_id, outcome, reason_code, comment, "
                        + "given_by, roles, channel, given_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                        .execute(Tuple.tuple(Arrays.asList(f.alertId(), f.outcome().name(), f.reasonCode(),
                                f.comment(), f.by(), f.roles(), f.channel(), f.at())))
                        .map(v -> alert(rows.iterator().next()))));
    }

    /** Alerts whose latest revision the fan-out has not confirmed, changed before {@code before}. */
    Uni<List<Alert>> unpublished(OffsetDateTime before, int limit) {
        return pool.preparedQuery("SELECT a.*, false AS created FROM alert_outbox o JOIN alert a ON a.id = o.alert_id "
                + "WHERE o.changed_at < $1 ORDER BY o.alert_id LIMIT $2").execute(Tuple.of(before, limit))
                .map(AlertRepository::alerts);
    }

    /** Records that the fan-out confirmed these revisions. */
    Uni<Void> markPublished(long[] ids, int[] revisions) {
        Long[] boxedIds = Arrays.stream(ids).boxed().toArray(Long[]::new);
        Integer[] boxedRevisions = Arrays.stream(revisions).boxed().toArray(Integer[]::new);
        return pool.preparedQuery("DELETE FROM alert_outbox o USING unnest($1::bigint[], $2::int[]) AS v(id, rev) "
                + "WHERE o.alert_id = v.id AND o.revision <= v.rev")
                .execute(Tuple.of(boxedIds, boxedRevisions)).replaceWithVoid();
    }

    /** Of these checks, those no instance has raised alerts for. */
    Uni<List<UUID>> unraised(List<UUID> checkIds) {
        if (checkIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("SELECT c FROM unnest($1::uuid[]) AS c "
                + "WHERE NOT EXISTS (SELECT 1 FROM alert_check a WHERE a.check_id = c)")
                .execute(Tuple.of(checkIds.toArray(UUID[]::new))).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID(0)));
                    return ids;
                });
    }

    /** Hits, alerts, acknowledgements and overrides per value of one column, for alerts created in [from, to). */
    Uni<List<AlertStats.Row>> stats(String column, OffsetDateTime from, OffsetDateTime to) {
        String sql = "SELECT coalesce(" + column + ", '') AS key, count(*) AS alerts, sum(count) AS hits, "
                + "count(*) FILTER (WHERE state = 'ACKNOWLEDGED') AS acknowledged, "
                + "count(*) FILTER (WHERE state = 'OVERRIDDEN') AS overridden "
                + "FROM alert WHERE created_at >= $1 AND created_at < $2 GROUP BY 1 ORDER BY hits DESC, key";
        return pool.preparedQuery(sql).execute(Tuple.of(from, to)).map(rows -> {
            List<AlertStats.Row> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(AlertStats.Row.of(r.getString("key"), r.getLong("hits"), r.getLong("alerts"),
                        r.getLong("acknowledged"), r.getLong("overridden")));
            }
            return out;
        });
    }

    private static List<Alert> alerts(RowSet<Row> rows) {
        List<Alert> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(alert(r)));
        return out;
    }

    /** The SQL condition selecting a station's alerts, its arguments and the next parameter number. */
    record StationFilter(String sql, Tuple args, int next) {

        static StationFilter of(Station s, int n) {
            return switch (s.kind()) {
                case PHYSICIAN -> new StationFilter("doctor_code = $" + n, Tuple.of(s.code()), n + 1);
                case NURSE -> new StationFilter("ward_code = $" + n, Tuple.of(s.code()), n + 1);
                case OFFICE -> Station.HOSPITAL.equals(s.code())
                        ? new StationFilter("severity = 'CRITICAL'", Tuple.tuple(), n)
                        : new StationFilter("severity = 'CRITICAL' AND department_code = $" + n, Tuple.of(s.code()),
                                n + 1);
            };
        }
    }

    static Alert alert(Row r) {
        Object evidence = r.getValue("evidence");
        Map<String, Object> ev = evidence instanceof JsonObject o ? o.getMap() : Map.of();
        return new Alert(r.getLong("id"), r.getUUID("check_id"), r.getString("encounter_id"),
                r.getString("patient_id"), r.getString("department_code"), r.getString("ward_code"),
                r.getString("doctor_code"), Severity.valueOf(r.getString("severity")),
                RuleAction.valueOf(r.getString("action")), r.getString("judgement"), r.getString("rule_id"),
                r.getInteger("rule_version"), r.getString("template"), r.getString("message"),
                Arrays.asList(r.getArrayOfStrings("line_ids")), Arrays.asList(r.getArrayOfStrings("withdrawn_line_ids")),
                r.getString("item_code"), r.getString("dedup_window"), ev, r.getString("source"),
                r.getOffsetDateTime("created_at"), r.getOffsetDateTime("last_seen_at"),
                r.getOffsetDateTime("updated_at"), AlertState.valueOf(r.getString("state")), r.getInteger("count"),
                r.getInteger("revision"));
    }
}
