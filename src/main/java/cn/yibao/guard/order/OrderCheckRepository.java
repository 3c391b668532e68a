package cn.yibao.guard.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.order.api.EncounterRequest;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.Verdict;
import cn.yibao.guard.stay.InsuranceType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;

/**
 * The order check's database round trips: one read (the encounter, the fingerprint of its active earlier lines, and
 * the lines themselves when the check does not hold them already; a second read brings lines a stale entry lacks)
 * and one write (encounter, insurance history, check, lines and hits in a single statement, hence one atomic
 * commit).
 * <p>
 * This path bypasses Hibernate on purpose. The check must answer within milliseconds at a thousand checks a
 * second: a session would load 200 history lines as managed entities and flush one INSERT per line and per hit,
 * which is a round trip each and dirty-checking besides. Here the read returns plain rows and the write
 * is one data-modifying CTE whose lines arrive as parallel arrays ({@code unnest}) and whose hits arrive as one
 * JSON document ({@code jsonb_to_recordset}). Everything else about orders goes through Panache.
 */
@ApplicationScoped
public class OrderCheckRepository {

    /**
     * The encounter's row (line_id NULL: department, insurance types first seen first, and the count and
     * fingerprint of its active lines), then its active lines as plain rows, but only when count or fingerprint
     * differ from those of the entry the check holds ($2, $3; -1 and 0 when it holds none). One statement, one
     * snapshot: the lines sent are exactly those the fingerprint describes. History lines carry what rules look at
     * (item, quantity, price, frequency, days, time), not their names or doctors.
     * <p>
     * When the check holds an entry that is no longer current, the lines come as ids only: a line never changes
     * once recorded, so the entry already holds the content of every line it knows, and {@link #READ_LINES} brings
     * the few it does not. A stale entry usually lacks a handful of lines written by another instance, or holds
     * lines withdrawn since; sending its 200 lines in full again cost both sides more than the check itself.
     * The columns are switched off one by one rather than by a branch per case: PostgreSQL then keeps one generic
     * plan, where a branch it could prune for given parameters made it plan the statement again on every check.
     */
    static final String READ_STAY = """
            WITH s AS (
                SELECT count(*) AS n, coalesce(bit_xor(hashtextextended(line_id, 0)), 0) AS fp
                  FROM order_line WHERE encounter_id = $1 AND status = 'ACTIVE'
            )
            SELECT NULL::varchar AS line_id, e.department_code AS item_code,
                   (SELECT string_agg(i.insurance_type, ',' ORDER BY i.first_seen_at, i.insurance_type)
                      FROM encounter_insurance i WHERE i.encounter_id = e.id) AS his_code,
                   NULL::varchar AS generic_name, NULL::numeric AS quantity, NULL::numeric AS unit_price,
                   NULL::varchar AS frequency, NULL::int2 AS days, NULL::boolean AS long_term,
                   NULL::timestamptz AS ordered_at, s.n, s.fp
              FROM encounter e, s WHERE e.id = $1
            UNION ALL
            SELECT line_id, CASE WHEN $2 < 0 THEN item_code END, CASE WHEN $2 < 0 THEN his_code END,
                   CASE WHEN $2 < 0 THEN generic_name END, CASE WHEN $2 < 0 THEN quantity END,
                   CASE WHEN $2 < 0 THEN unit_price END, CASE WHEN $2 < 0 THEN frequency END,
                   CASE WHEN $2 < 0 THEN days END, CASE WHEN $2 < 0 THEN long_term END,
                   CASE WHEN $2 < 0 THEN ordered_at END, NULL::bigint, NULL::bigint
              FROM order_line
             WHERE encounter_id = $1 AND status = 'ACTIVE'
               AND EXISTS (SELECT 1 FROM s WHERE s.n <> $2 OR s.fp <> $3)
            """;

    /** Active lines of the encounter by id, columns as in {@link #READ_STAY}. */
    static final String READ_LINES = """
            SELECT line_id, item_code, his_code, generic_name, quantity, unit_price, frequency, days, long_term,
                   ordered_at
              FROM order_line
             WHERE encounter_id = $1 AND line_id = ANY ($2::varchar[]) AND status = 'ACTIVE'
            """;

    /**
     * One statement, one commit. A new encounter is inserted; a known one is updated only when something about it
     * changed (DO NOTHING and a conditional UPDATE lock nothing otherwise, unlike DO UPDATE ... WHERE, which locks
     * the row on every check). Lines are inserted in line-id order so that concurrent checks sharing lines wait
     * for each other instead of deadlocking; a line id already recorded for the encounter is left as it is.
     */
    static final String WRITE_CHECK = """
            WITH enc AS (
                INSERT INTO encounter (id, type, department_code, ward_code, admitted_at, insurance_type,
                        hospital_level, patient_id, patient_sex, patient_birth_date, diagnoses, first_seen_at,
                        updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::varchar[], $12, $12)
                ON CONFLICT (id) DO NOTHING
            ), upd AS (
                UPDATE encounter e SET type = $2, department_code = $3, ward_code = $4, admitted_at = $5,
                       insurance_type = $6, hospital_level = $7, patient_id = $8, patient_sex = $9,
                       patient_birth_date = $10, diagnoses = $11::varchar[], updated_at = $12
                 WHERE e.id = $1
                   AND (e.type, e.department_code, e.ward_code, e.admitted_at, e.insurance_type, e.hospital_level,
                        e.patient_id, e.patient_sex, e.patient_birth_date, e.diagnoses)
                       IS DISTINCT FROM
                       ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11::varchar[])
            ), ins AS (
                INSERT INTO encounter_insurance (encounter_id, insurance_type, first_seen_at, check_id)
                VALUES ($1, $6, $12, $13)
                ON CONFLICT DO NOTHING
            ), chk AS (
                INSERT INTO order_check (id, encounter_id, channel, requested_by, line_ids, unmatched, verdict,
                        answered, hit_count, history_count, catalog_version, rule_count, checked_at)
                VALUES ($13, $1, $14, $15, $16::varchar[], $17::varchar[], $18, $19, $20, $21, $22, $23, $12)
            ), lines AS (
                INSERT INTO order_line (encounter_id, line_id, check_id, draft, item_code, his_code, generic_name,
                        name, matched_code, quantity, unit_price, frequency, days, doctor_code, long_term,
                        ordered_at, recorded_at)
                SELECT $1, u.line_id, $13, u.draft, u.item_code, u.his_code, u.generic_name, u.name,
                       u.matched_code, u.quantity, u.unit_price, u.frequency, u.days::int2, u.doctor_code,
                       u.long_term, u.ordered_at, $12
                  FROM unnest($24::varchar[], $25::boolean[], $26::varchar[], $27::varchar[], $28::varchar[],
                              $29::varchar[], $30::varchar[], $31::numeric[], $32::numeric[], $33::varchar[],
                              $34::int4[], $35::varchar[], $36::boolean[], $37::timestamptz[])
                       AS u(line_id, draft, item_code, his_code, generic_name, name, matched_code, quantity,
                            unit_price, frequency, days, doctor_code, long_term, ordered_at)
                 ORDER BY u.line_id
                ON CONFLICT (encounter_id, line_id) DO NOTHING
                RETURNING line_id
            ), hits AS (
                INSERT INTO order_hit (check_id, seq, line_ids, rule_id, rule_version, template, severity, action,
                        judgement, message, evidence, source)
                SELECT $13, h.seq, ARRAY(SELECT jsonb_array_elements_text(h.line_ids)), h.rule_id, h.rule_version,
                       h.template, h.severity, h.action, h.judgement, h.message, coalesce(h.evidence, '{}'),
                       h.source
                  FROM jsonb_to_recordset($38::text::jsonb) AS h(seq int2, line_ids jsonb, rule_id varchar,
                       rule_version int4, template varchar, severity varchar, action varchar, judgement varchar,
                       message text, evidence jsonb, source varchar)
            )
            SELECT line_id, hashtextextended(line_id, 0) FROM lines
            """;

    static final String MARK_ANSWERED = "UPDATE order_check SET answered = $2 WHERE id = $1";

    private final Pool pool;

    public OrderCheckRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The encounter's department, insurance types, and the count and fingerprint of its active lines; the lines
     * too unless {@code kept} (may be null) is current. Lines the kept entry holds come as ids only, their content
     * to be taken from the entry; the rows of the others are read by id. If one of those is withdrawn between the
     * two reads, the stay is read again in full, so that the lines always form the set the count describes.
     */
    public Uni<StayHistory> loadStay(String encounterId, StayLines kept) {
        long count = kept == null ? -1 : kept.count();
        long fingerprint = kept == null ? 0 : kept.fingerprint();
        return pool.preparedQuery(READ_STAY).execute(Tuple.of(encounterId, count, fingerprint))
                .map(rows -> history(rows.getDelegate(), count, fingerprint))
                .flatMap(stay -> kept == null || stay.lines() == null ? Uni.createFrom().item(stay)
                        : completed(encounterId, stay, kept));
    }

    /** A stale entry's stay, its lines listed by id: brings the rows of the lines the entry does not hold. */
    Uni<StayHistory> completed(String encounterId, StayHistory stay, StayLines kept) {
        StayHistory.StoredLines lines = stay.lines();
        Map<String, OrderLine> held = kept.byLineId();
        Map<String, Integer> missing = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!held.containsKey(lines.lineIds()[i])) {
                missing.put(lines.lineIds()[i], i);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(stay);
        }
        Tuple ids = Tuple.of(encounterId, missing.keySet().toArray(String[]::new));
        return pool.preparedQuery(READ_LINES).execute(ids).flatMap(rows -> {
            if (rows.size() != missing.size()) {
                return loadStay(encounterId, null);
            }
            RowSet<Row> found = rows.getDelegate();
            for (Row row : found) {
                decode(row, lines, missing.get(row.getString(0)));
            }
            return Uni.createFrom().item(stay);
        });
    }

    /** Writes the whole check in one statement; answers the lines it inserted (not those recorded before). */
    public Uni<InsertedLines> record(CheckRecord r) {
        return pool.preparedQuery(WRITE_CHECK).execute(parameters(r)).map(rows -> inserted(rows.getDelegate()));
    }

    /** Line ids a write inserted, with PostgreSQL's 64-bit hash of each (the terms of the stay's fingerprint). */
    public record InsertedLines(List<String> lineIds, long[] hashes) {
    }

    private static InsertedLines inserted(RowSet<Row> rows) {
        List<String> ids = new ArrayList<>(rows.size());
        long[] hashes = new long[rows.size()];
        for (Row row : rows) {
            hashes[ids.size()] = row.getLong(1);
            ids.add(row.getString(0));
        }
        return new InsertedLines(ids, hashes);
    }

    /**
     * Opens {@code connections} pooled connections at once and, on each, runs the read and the write of the given
     * record inside a transaction that is rolled back: every connection then holds both statements prepared,
     * and nothing is written. Answers how many connections were warmed.
     */
    Uni<Integer> rehearse(int connections, CheckRecord record) {
        List<Uni<Integer>> each = new ArrayList<>(connections);
        for (int i = 0; i < connections; i++) {
            each.add(pool.getConnection().flatMap(connection -> rehearse(connection, record)
                    .eventually(connection::close)));
        }
        return Uni.join().all(each).andCollectFailures().map(List::size);
    }

    private static Uni<Integer> rehearse(SqlConnection connection, CheckRecord record) {
        // Read, write, and read again: the second read sees the uncommitted lines, so rows are decoded too; then
        // the lines by id, as a stale entry's read brings them.
        Tuple read = Tuple.of(record.encounter().id(), -1L, 0L);
        Tuple byId = Tuple.of(record.encounter().id(), record.lineIds().toArray(String[]::new));
        return connection.begin().flatMap(tx -> connection.preparedQuery(READ_STAY).execute(read)
                .flatMap(empty -> connection.preparedQuery(WRITE_CHECK).execute(parameters(record)))
                .flatMap(written -> connection.preparedQuery(READ_LINES).execute(byId))
                .flatMap(lines -> connection.preparedQuery(READ_STAY).execute(read))
                .map(rows -> history(rows.getDelegate(), -1, 0))
                .eventually(tx::rollback)
                .replaceWith(1));
    }

    /** Records that the caller was answered UNCHECKED although the check's work completed later. */
    public Uni<Void> markAnswered(UUID checkId, Verdict answered) {
        return pool.preparedQuery(MARK_ANSWERED).execute(Tuple.of(checkId, answered.name())).replaceWithVoid();
    }

    /**
     * Reads the core rows, not their Mutiny wrappers: a re-read stay is some 200 rows, and a wrapper per row (with
     * a conversion per value) was a measurable part of a check.
     */
    private static StayHistory history(RowSet<Row> rows, long keptCount, long keptFingerprint) {
        Row summary = null;
        int n = 0;
        for (Row row : rows) {
            if (row.getString(0) == null) {
                summary = row;
            } else {
                n++;
            }
        }
        if (summary == null) {
            return StayHistory.NEW;
        }
        List<InsuranceType> insurance = new ArrayList<>(2);
        String types = summary.getString(2);
        if (types != null) {
            for (String t : types.split(",")) {
                insurance.add(InsuranceType.valueOf(t));
            }
        }
        long count = summary.getLong(10);
        long fingerprint = summary.getLong(11);
        boolean current = count == keptCount && fingerprint == keptFingerprint;
        return new StayHistory(true, summary.getString(1), insurance, count, fingerprint,
                current ? null : lines(rows, n));
    }

    private static StayHistory.StoredLines lines(RowSet<Row> rows, int n) {
        StayHistory.StoredLines lines = StayHistory.StoredLines.of(n);
        int i = 0;
        for (Row row : rows) {
            if (row.getString(0) != null) {
                decode(row, lines, i++);
            }
        }
        return lines;
    }

    /** One line's row into the columns at index {@code i}; a row of an id only leaves the other columns null. */
    private static void decode(Row row, StayHistory.StoredLines lines, int i) {
        lines.lineIds()[i] = row.getString(0);
        lines.itemCodes()[i] = row.getString(1);
        lines.hisCodes()[i] = row.getString(2);
        lines.genericNames()[i] = row.getString(3);
        lines.quantities()[i] = row.getBigDecimal(4);
        lines.unitPrices()[i] = row.getBigDecimal(5);
        lines.frequencies()[i] = row.getString(6);
        Short days = row.getShort(7);
        lines.days()[i] = days == null ? null : days.intValue();
        lines.longTerms()[i] = row.getBoolean(8);
        lines.orderedAt()[i] = row.getOffsetDateTime(9);
    }

    private static Tuple parameters(CheckRecord r) {
        EncounterRequest e = r.encounter();
        List<LineRecord> lines = new ArrayList<>(r.lines());
        lines.sort(Comparator.comparing(l -> l.line().lineId()));
        int n = lines.size();
        String[] lineIds = new String[n];
        Boolean[] drafts = new Boolean[n];
        String[] itemCodes = new String[n];
        String[] hisCodes = new String[n];
        String[] genericNames = new String[n];
        String[] names = new String[n];
        String[] matched = new String[n];
        BigDecimal[] quantities = new BigDecimal[n];
        BigDecimal[] prices = new BigDecimal[n];
        String[] frequencies = new String[n];
        Integer[] days = new Integer[n];
        String[] doctors = new String[n];
        Boolean[] longTerms = new Boolean[n];
        OffsetDateTime[] orderedAt = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            LineRecord record = lines.get(i);
            OrderLineRequest l = record.line();
            lineIds[i] = l.lineId();
            drafts[i] = record.draft();
            itemCodes[i] = l.itemCode();
            hisCodes[i] = l.hisCode();
            genericNames[i] = l.genericName();
            names[i] = l.name();
            matched[i] = record.matchedCode();
            quantities[i] = l.quantity();
            prices[i] = l.unitPrice();
            frequencies[i] = l.frequency();
            days[i] = l.days();
            doctors[i] = l.doctorCode();
            longTerms[i] = l.isLongTerm();
            orderedAt[i] = l.orderedAt();
        }
        List<Object> values = new ArrayList<>(38);
        values.add(e.id());
        values.add(e.type().name());
        values.add(e.department());
        values.add(e.ward());
        values.add(e.admittedAt());
        values.add(e.insuranceType().name());
        values.add(e.hospitalLevel().shortValue());
        values.add(e.patient().id());
        values.add(e.patient().sex().shortValue());
        values.add(e.patient().birthDate());
        values.add(r.diagnoses());
        values.add(r.checkedAt());
        values.add(r.checkId());
        values.add(r.channel());
        values.add(r.requestedBy());
        values.add(r.lineIds().toArray(String[]::new));
        values.add(r.unmatched().toArray(String[]::new));
        values.add(r.verdict().name());
        values.add(r.answered().name());
        values.add(r.hitCount());
        values.add(r.historyCount());
        values.add(r.catalogVersion());
        values.add(r.ruleCount());
        values.add(lineIds);
        values.add(drafts);
        values.add(itemCodes);
        values.add(hisCodes);
        values.add(genericNames);
        values.add(names);
        values.add(matched);
        values.add(quantities);
        values.add(prices);
        values.add(frequencies);
        values.add(days);
        values.add(doctors);
        values.add(longTerms);
        values.add(orderedAt);
        values.add(r.hitsJson());
        return Tuple.tuple(values);
    }
}
