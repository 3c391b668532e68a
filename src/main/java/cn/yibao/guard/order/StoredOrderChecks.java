package cn.yibao.guard.order;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.yibao.guard.catalog.CatalogService;
import cn.yibao.guard.rules.StoredChecks;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.EncounterFacts;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The stored order checks replayed as the engine saw them, for the dry run (试运行) of rule batches not yet
 * enabled. Each check comes back with its draft lines as first recorded and, as history, the stay's lines that
 * counted at that moment: recorded before it and not withdrawn by then. The encounter is its latest recording
 * (diagnoses may have been completed since), its insurance history cut at the check's time.
 * <p>
 * Checks are read a page at a time, oldest first, each page with one query for its encounters and one for their
 * lines, so a dry run over ten thousand checks costs a few hundred queries, not tens of thousands.
 */
@ApplicationScoped
public class StoredOrderChecks implements StoredChecks {

    static final int PAGE = 200;

    static final String CHECKS = """
            SELECT c.id, c.encounter_id, c.line_ids, c.checked_at
              FROM order_check c JOIN encounter e ON e.id = c.encounter_id
             WHERE ($1::timestamptz IS NULL OR c.checked_at >= $1)
               AND ($2::timestamptz IS NULL OR c.checked_at < $2)
               AND ($3::varchar IS NULL OR e.department_code = $3)
               AND (c.checked_at, c.id) > ($4::timestamptz, $5::uuid)
             ORDER BY c.checked_at, c.id
             LIMIT $6
            """;

    static final String ENCOUNTERS = """
            SELECT e.id, e.type, e.department_code, e.ward_code, e.admitted_at, e.insurance_type, e.hospital_level,
                   e.patient_id, e.patient_sex, e.patient_birth_date, e.diagnoses,
                   (SELECT array_agg(i.insurance_type ORDER BY i.first_seen_at, i.insurance_type)
                      FROM encounter_insurance i WHERE i.encounter_id = e.id) AS insurance_types,
                   (SELECT array_agg(i.first_seen_at ORDER BY i.first_seen_at, i.insurance_type)
                      FROM encounter_insurance i WHERE i.encounter_id = e.id) AS insurance_since
              FROM encounter e WHERE e.id = ANY ($1::varchar[])
            """;

    static final String LINES = """
            SELECT encounter_id, line_id, item_code, his_code, generic_name, name, quantity, unit_price, frequency,
                   days, doctor_code, long_term, ordered_at, recorded_at, withdrawn_at
              FROM order_line
             WHERE encounter_id = ANY ($1::varchar[]) AND recorded_at <= $2
             ORDER BY encounter_id, recorded_at, line_id
            """;

    private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1900-01-01T00:00:00Z");
    private static final UUID NO_ID = new UUID(0, 0);

    private final Pool pool;
    private final CatalogService catalog;

    public StoredOrderChecks(Pool pool, CatalogService catalog) {
        this.pool = pool;
        this.catalog = catalog;
    }

    @Override
    public Multi<CheckInput> checks(Query query) {
        Cursor cursor = new Cursor(query);
        return Multi.createBy().repeating().uni(() -> cursor, this::nextPage)
                .whilst(page -> !page.isEmpty() && cursor.remaining > 0)
                .onItem().transformToIterable(page -> page);
    }

    /** Where the replay stands: the last check read and how many may still come. */
    private static final class Cursor {
        final Query query;
        OffsetDateTime checkedAt = BEGINNING;
        UUID id = NO_ID;
        int remaining;

        Cursor(Query query) {
            this.query = query;
            this.remaining = query.limit();
        }
    }

    private Uni<List<CheckInput>> nextPage(Cursor cursor) {
        int size = Math.min(PAGE, cursor.remaining);
        if (size <= 0) {
            return Uni.createFrom().item(List.of());
        }
        Query q = cursor.query;
        return pool.preparedQuery(CHECKS).execute(Tuple.tuple().addValue(q.from()).addValue(q.to())
                .addValue(q.department()).addValue(cursor.checkedAt).addValue(cursor.id).addValue(size))
                .flatMap(rows -> {
                    List<StoredCheck> checks = new ArrayList<>(rows.size());
                    rows.forEach(r -> checks.add(new StoredCheck(r.getUUID(0), r.getString(1),
                            List.of(r.getArrayOfStrings(2)), r.getOffsetDateTime(3))));
                    if (checks.isEmpty()) {
                        return Uni.createFrom().item(List.<CheckInput>of());
                    }
                    StoredCheck last = checks.get(checks.size() - 1);
                    cursor.checkedAt = last.checkedAt();
                    cursor.id = last.id();
                    cursor.remaining -= checks.size();
                    return inputs(checks);
                });
    }

    private Uni<List<CheckInput>> inputs(List<StoredCheck> checks) {
        Set<String> ids = new LinkedHashSet<>();
        checks.forEach(c -> ids.add(c.encounterId()));
        String[] encounterIds = ids.toArray(String[]::new);
        OffsetDateTime until = checks.get(checks.size() - 1).checkedAt();
        Uni<Map<String, StoredEncounter>> encounters = pool.preparedQuery(ENCOUNTERS)
                .execute(Tuple.of(encounterIds)).map(rows -> {
                    Map<String, StoredEncounter> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getString(0), StoredEncounter.of(r)));
                    return out;
                });
        LineResolver resolver = new LineResolver(catalog.snapshot());
        Uni<Map<String, List<StoredLine>>> lines = pool.preparedQuery(LINES)
                .execute(Tuple.of(encounterIds, until)).map(rows -> {
                    Map<String, List<StoredLine>> out = new HashMap<>();
                    rows.forEach(r -> out.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                            .add(StoredLine.of(r, resolver)));
                    return out;
                });
        return Uni.combine().all().unis(encounters, lines).asTuple().map(t -> {
            List<CheckInput> out = new ArrayList<>(checks.size());
            for (StoredCheck c : checks) {
                StoredEncounter e = t.getItem1().get(c.encounterId());
                if (e != null) {
                    out.add(c.input(e, t.getItem2().getOrDefault(c.encounterId(), List.of())));
                }
            }
            return out;
        });
    }

    /** One stored check: which lines it checked, when. */
    private record StoredCheck(UUID id, String encounterId, List<String> lineIds, OffsetDateTime checkedAt) {

        CheckInput input(StoredEncounter encounter, List<StoredLine> stayLines) {
            Set<String> own = Set.copyOf(lineIds);
            Map<String, OrderLine> drafts = new HashMap<>();
            List<OrderLine> history = new ArrayList<>();
            for (StoredLine l : stayLines) {
                if (own.contains(l.line().lineId())) {
                    drafts.put(l.line().lineId(), l.line());
                } else if (l.recordedAt().isBefore(checkedAt) && l.countsAt(checkedAt)) {
                    history.add(l.line());
                }
            }
            List<OrderLine> lines = new ArrayList<>(lineIds.size());
            for (String id : lineIds) {
                OrderLine line = drafts.get(id);
                if (line != null) {
                    lines.add(line);
                }
            }
            return new CheckInput(encounter.factsAt(checkedAt), lines, history);
        }
    }

    /** A recorded line, resolved through the present catalogue, with when it was recorded and withdrawn. */
    private record StoredLine(OrderLine line, OffsetDateTime recordedAt, OffsetDateTime withdrawnAt) {

        static StoredLine of(Row r, LineResolver resolver) {
            Short days = r.getShort(9);
            Boolean longTerm = r.getBoolean(11);
            OrderLine line = resolver.resolveStored(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getString(5), r.getBigDecimal(6), r.getBigDecimal(7), r.getString(8),
                    days == null ? null : days.intValue(), r.getString(10), longTerm != null && longTerm,
                    r.getOffsetDateTime(12));
            return new StoredLine(line, r.getOffsetDateTime(13), r.getOffsetDateTime(14));
        }

        boolean countsAt(OffsetDateTime moment) {
            return withdrawnAt == null || withdrawnAt.isAfter(moment);
        }
    }

    /** The encounter as last recorded, with the insurance types it was seen under and since when. */
    private record StoredEncounter(String id, EncounterType type, String department, String ward,
            OffsetDateTime admittedAt, InsuranceType insuranceType, int hospitalLevel, String patientId, int sex,
            LocalDate birthDate, List<String> diagnoses, String[] insuranceTypes, OffsetDateTime[] insuranceSince) {

        static StoredEncounter of(Row r) {
            String[] types = r.getArrayOfStrings(11);
            OffsetDateTime[] since = r.getArrayOfOffsetDateTimes(12);
            return new StoredEncounter(r.getString(0), EncounterType.valueOf(r.getString(1)), r.getString(2),
                    r.getString(3), r.getOffsetDateTime(4), InsuranceType.valueOf(r.getString(5)), r.getShort(6),
                    r.getString(7), r.getShort(8), r.getLocalDate(9), List.of(r.getArrayOfStrings(10)),
                    types == null ? new String[0] : types, since == null ? new OffsetDateTime[0] : since);
        }

        /**
         * The facts as the check saw them: insurance types first seen strictly before it (the live check reads
         * them before it records its own), in the order first seen, for 费别变更.
         */
        EncounterFacts factsAt(OffsetDateTime moment) {
            List<InsuranceType> earlier = new ArrayList<>(2);
            for (int i = 0; i < insuranceTypes.length; i++) {
                if (insuranceSince[i].isBefore(moment)) {
                    earlier.add(InsuranceType.valueOf(insuranceTypes[i]));
                }
            }
            return new EncounterFacts(id, type, hospitalLevel, insuranceType, earlier, patientId, sex, birthDate,
                    diagnoses, admittedAt, department, ward);
        }
    }
}
