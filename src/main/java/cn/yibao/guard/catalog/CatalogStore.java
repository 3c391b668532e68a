package cn.yibao.guard.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The catalogue's bulk paths, on the reactive pool directly rather than through Hibernate: loading the whole
 * catalogue into a snapshot (20,000+ rows, no entities or persistence context needed), polling its version
 * (one value on a timer, no session), and imports, which write thousands of rows with a few array-valued
 * statements ({@code unnest}) in one transaction instead of one statement per row.
 */
@ApplicationScoped
public class CatalogStore {

    /** Rows per import statement: large enough for few round trips, small enough to bound each message. */
    static final int CHUNK = 5_000;

    private static final String LOCK = "SELECT version FROM catalog_version WHERE id = 1 FOR UPDATE";
    private static final String RECORD = "SELECT catalog_record_change($1, $2, $3, $4)";

    private static final String ITEMS = "SELECT code, name, kind, payment_class, self_pay_ratio, price_cap, "
            + "generic_name, ingredient, drug_class, unit, restrictions::text FROM catalog_item";
    private static final String MAPPED = "SELECT his_code, national_code FROM his_code_map "
            + "WHERE national_code IS NOT NULL";

    private static final String ITEM_COLUMNS = "code, name, kind, payment_class, self_pay_ratio, price_cap, "
            + "generic_name, ingredient, drug_class, unit, restrictions";
    private static final String INSERT_ITEMS = "INSERT INTO catalog_item (" + ITEM_COLUMNS + ", updated_by, "
            + "updated_at) SELECT u.code, u.name, u.kind, u.payment_class, u.self_pay_ratio::numeric, "
            + "u.price_cap::numeric, u.generic_name, u.ingredient, u.drug_class, u.unit, u.restrictions::jsonb, $12, "
            + "now() FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], "
            + "$6::varchar[], $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[]) "
            + "AS u(" + ITEM_COLUMNS + ") ";
    private static final String UPSERT_ITEMS = INSERT_ITEMS + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
            + "kind = EXCLUDED.kind, payment_class = EXCLUDED.payment_class, "
            + "self_pay_ratio = EXCLUDED.self_pay_ratio, price_cap = EXCLUDED.price_cap, "
            + "generic_name = EXCLUDED.generic_name, ingredient = EXCLUDED.ingredient, "
            + "drug_class = EXCLUDED.drug_class, unit = EXCLUDED.unit, restrictions = EXCLUDED.restrictions, "
            + "updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at "
            + "WHERE (catalog_item.name, catalog_item.kind, catalog_item.payment_class, catalog_item.self_pay_ratio, "
            + "catalog_item.price_cap, catalog_item.generic_name, catalog_item.ingredient, catalog_item.drug_class, "
            + "catalog_item.unit, catalog_item.restrictions) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, "
            + "EXCLUDED.payment_class, EXCLUDED.self_pay_ratio, EXCLUDED.price_cap, EXCLUDED.generic_name, "
            + "EXCLUDED.ingredient, EXCLUDED.drug_class, EXCLUDED.unit, EXCLUDED.restrictions) "
            + "RETURNING (xmax = 0) AS inserted";
    private static final String INSERT_MISSING_ITEMS = INSERT_ITEMS + "ON CONFLICT (code) DO NOTHING "
            + "RETURNING true AS inserted";
    private static final String REMOVE_OTHER_ITEMS = "DELETE FROM catalog_item WHERE NOT (code = ANY($1::varchar[]))";

    private static final String INSERT_MAPPINGS = "INSERT INTO his_code_map (his_code, his_name, national_code, "
            + "updated_by, updated_at) SELECT u.his_code, u.his_name, u.national_code, $4, now() "
            + "FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS u(his_code, his_name, national_code) ";
    private static final String UPSERT_MAPPINGS = INSERT_MAPPINGS + "ON CONFLICT (his_code) DO UPDATE SET "
            + "his_name = EXCLUDED.his_name, national_code = EXCLUDED.national_code, "
            + "updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at "
            + "WHERE (his_code_map.his_name, his_code_map.national_code) IS DISTINCT FROM "
            + "(EXCLUDED.his_name, EXCLUDED.national_code) RETURNING (xmax = 0) AS inserted";
    private static final String INSERT_MISSING_MAPPINGS = INSERT_MAPPINGS + "ON CONFLICT (his_code) DO NOTHING "
            + "RETURNING true AS inserted";
    private static final String REMOVE_OTHER_MAPPINGS = "DELETE FROM his_code_map "
            + "WHERE NOT (his_code = ANY($1::varchar[]))";

    private final Pool pool;
    private final Vertx vertx;

    public CatalogStore(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    /** The catalogue version the database holds now. */
    public Uni<Long> version() {
        return pool.query("SELECT version FROM catalog_version WHERE id = 1").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Reads version, items and code map in one repeatable-read transaction, so the three agree. */
    public Uni<Catalog> load() {
        return pool.withTransaction(conn -> conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute()
                .flatMap(x -> conn.query("SELECT version FROM catalog_version WHERE id = 1").execute())
                .flatMap(version -> conn.query(ITEMS).execute()
                        .flatMap(items -> conn.query(MAPPED).execute()
                                // building 20,000 items (and their JSON) is CPU work for a worker thread
                                .flatMap(map -> vertx.executeBlocking(Uni.createFrom().item(
                                        () -> build(version.iterator().next().getLong(0), items, map)))))));
    }

    private static Catalog build(long version, RowSet<Row> itemRows, RowSet<Row> mapRows) {
        List<CatalogItem> items = new ArrayList<>(itemRows.size());
        for (Row row : itemRows) {
            items.add(new CatalogItem(row.getString(0), row.getString(1), ItemKind.valueOf(row.getString(2)),
                    PaymentClass.valueOf(row.getString(3)), Decimals.normalize(row.getBigDecimal(4)),
                    Decimals.normalize(row.getBigDecimal(5)), row.getString(6), row.getString(7), row.getString(8),
                    row.getString(9), RestrictionsJson.read(row.getString(10))));
        }
        Map<String, String> map = new HashMap<>(mapRows.size() * 2);
        for (Row row : mapRows) {
            map.put(row.getString(0), row.getString(1));
        }
        return new Catalog(version, items, map);
    }

    /** Writes items in one transaction: nothing is written if any statement fails. */
    public Uni<ImportResult> importItems(List<CatalogItem> items, ImportMode mode, String by, String detail) {
        return write(conn -> removeOthers(conn, mode, REMOVE_OTHER_ITEMS, items, CatalogItem::code)
                .flatMap(removed -> chunks(conn, items, itemStatement(mode), CatalogStore::itemTuple, by)
                        .map(counts -> counts.withRemoved(removed))), mode, items.size(), "items", by, detail);
    }

    /** Writes code-map entries in one transaction. */
    public Uni<ImportResult> importMappings(List<MappingDocument> mappings, ImportMode mode, String by,
            String detail) {
        return write(conn -> removeOthers(conn, mode, REMOVE_OTHER_MAPPINGS, mappings, MappingDocument::hisCode)
                .flatMap(removed -> chunks(conn, mappings, mappingStatement(mode), CatalogStore::mappingTuple,
                        by).map(counts -> counts.withRemoved(removed))),
                mode, mappings.size(), "code-map", by, detail);
    }

    private Uni<ImportResult> write(Function<SqlConnection, Uni<Counts>> work, ImportMode mode, int received,
            String what, String by, String detail) {
        return pool.withTransaction(conn -> conn.query(LOCK).execute()
                .map(rows -> rows.iterator().next().getLong(0))
                .flatMap(current -> work.apply(conn).flatMap(counts -> {
                    Uni<Long> version = counts.changed()
                            ? conn.preparedQuery(RECORD).execute(Tuple.of(operation(what, mode), detail,
                                    counts.inserted + counts.updated + counts.removed, by))
                                    .map(rows -> rows.iterator().next().getLong(0))
                            : Uni.createFrom().item(current);
                    return version.map(v -> new ImportResult(v, mode, received, counts.inserted, counts.updated,
                            received - counts.inserted - counts.updated, counts.removed, List.of()));
                })));
    }

    private static String operation(String what, ImportMode mode) {
        return (what + "-" + mode.name().toLowerCase().replace('_', '-')).toUpperCase();
    }

    private static <T> Uni<Integer> removeOthers(SqlConnection conn, ImportMode mode, String sql, List<T> rows,
            Function<T, String> key) {
        if (mode != ImportMode.REPLACE) {
            return Uni.createFrom().item(0);
        }
        String[] keys = rows.stream().map(key).toArray(String[]::new);
        return conn.preparedQuery(sql).execute(Tuple.tuple().addArrayOfString(keys)).map(RowSet::rowCount);
    }

    private static <T> Uni<Counts> chunks(SqlConnection conn, List<T> rows, String statement,
            Function<List<T>, Tuple> tuple, String by) {
        Uni<Counts> total = Uni.createFrom().item(Counts.NONE);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            total = total.flatMap(sum -> conn.preparedQuery(statement)
                    .execute(tuple.apply(chunk).addString(by))
                    .map(result -> sum.plus(Counts.of(result))));
        }
        return total;
    }

    private static String itemStatement(ImportMode mode) {
        return mode == ImportMode.INSERT_MISSING ? INSERT_MISSING_ITEMS : UPSERT_ITEMS;
    }

    private static String mappingStatement(ImportMode mode) {
        return mode == ImportMode.INSERT_MISSING ? INSERT_MISSING_MAPPINGS : UPSERT_MAPPINGS;
    }

    private static Tuple itemTuple(List<CatalogItem> items) {
        int n = items.size();
        String[][] columns = new String[11][n];
        for (int i = 0; i < n; i++) {
            CatalogItem item = items.get(i);
            columns[0][i] = item.code();
            columns[1][i] = item.name();
            columns[2][i] = item.kind().name();
            columns[3][i] = item.paymentClass().name();
            columns[4][i] = item.selfPayRatio() == null ? null : item.selfPayRatio().toPlainString();
            columns[5][i] = item.priceCap() == null ? null : item.priceCap().toPlainString();
            columns[6][i] = item.genericName();
            columns[7][i] = item.ingredient();
            columns[8][i] = item.drugClass();
            columns[9][i] = item.unit();
            columns[10][i] = RestrictionsJson.write(item.restrictions());
        }
        Tuple tuple = Tuple.tuple();
        for (String[] column : columns) {
            tuple.addArrayOfString(column);
        }
        return tuple;
    }

    private static Tuple mappingTuple(List<MappingDocument> mappings) {
        return Tuple.tuple()
                .addArrayOfString(mappings.stream().map(MappingDocument::hisCode).toArray(String[]::new))
                .addArrayOfString(mappings.stream().map(MappingDocument::hisName).toArray(String[]::new))
                .addArrayOfString(mappings.stream().map(MappingDocument::nationalCode).toArray(String[]::new));
    }

    /** Rows inserted, updated and removed by the statements of one import. */
    record Counts(int inserted, int updated, int removed) {

        static final Counts NONE = new Counts(0, 0, 0);

        static Counts of(RowSet<Row> returned) {
            int inserted = 0;
            for (Row row : returned) {
                if (Boolean.TRUE.equals(row.getBoolean(0))) {
                    inserted++;
                }
            }
            return new Counts(inserted, returned.size() - inserted, 0);
        }

        Counts plus(Counts other) {
            return new Counts(inserted + other.inserted, updated + other.updated, removed + other.removed);
        }

        Counts withRemoved(int count) {
            return new Counts(inserted, updated, count);
        }

        boolean changed() {
            return inserted + updated + removed > 0;
        }
    }
}
