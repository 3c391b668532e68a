package cn.yibao.guard.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * The catalogue as CSV: one item per row under the header {@link #HEADER}. Columns may come in any order and
 * optional ones may be left out; list-valued cells separate their values with {@code |}; payment class is
 * {@code A|B|C} (甲/乙/丙 accepted on import).
 */
final class ItemCsv {

    static final List<String> HEADER = List.of("code", "name", "kind", "paymentClass", "selfPayRatio", "priceCap",
            "genericName", "ingredient", "drugClass", "unit", "sex", "minAgeYears", "maxAgeYears",
            "minHospitalLevel", "visitType", "indications", "maxQuantityPerDay", "maxQuantityPerStay",
            "maxPaymentDays", "firstLineItems", "requiresItems", "excludesItems", "insuranceTypes", "note");

    static final Set<String> REQUIRED = Set.of("code", "name", "kind", "paymentClass");

    private static final Map<String, PaymentClass> PAYMENT_ALIASES = Map.of("甲", PaymentClass.A, "乙",
            PaymentClass.B, "丙", PaymentClass.C);

    private ItemCsv() {
    }

    /** Reads one row; cells that cannot be read are reported and left empty. */
    static ItemDocument read(CellReader cells) {
        RestrictionsDocument restrictions = new RestrictionsDocument(cells.integer("sex"),
                cells.integer("minAgeYears"), cells.integer("maxAgeYears"), cells.integer("minHospitalLevel"),
                cells.choice("visitType", EncounterType.class, Map.of()), cells.list("indications"),
                cells.decimal("maxQuantityPerDay"), cells.decimal("maxQuantityPerStay"),
                cells.integer("maxPaymentDays"), cells.list("firstLineItems"), cells.list("requiresItems"),
                cells.list("excludesItems"), cells.choices("insuranceTypes", InsuranceType.class),
                cells.text("note"));
        return new ItemDocument(cells.text("code"), cells.text("name"),
                cells.choice("kind", ItemKind.class, Map.of()),
                cells.choice("paymentClass", PaymentClass.class, PAYMENT_ALIASES), cells.decimal("selfPayRatio"),
                cells.decimal("priceCap"), cells.text("genericName"), cells.text("ingredient"),
                cells.text("drugClass"), cells.text("unit"), restrictions);
    }

    /** The row of one item, in {@link #HEADER} order. */
    static String[] write(CatalogItem item) {
        ItemRestrictions r = item.restrictions();
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(item.code());
        cells.add(item.name());
        cells.add(item.kind().name());
        cells.add(item.paymentClass().name());
        cells.add(Decimals.plain(item.selfPayRatio()));
        cells.add(Decimals.plain(item.priceCap()));
        cells.add(text(item.genericName()));
        cells.add(text(item.ingredient()));
        cells.add(text(item.drugClass()));
        cells.add(text(item.unit()));
        cells.add(number(r.sex()));
        cells.add(number(r.minAgeYears()));
        cells.add(number(r.maxAgeYears()));
        cells.add(number(r.minHospitalLevel()));
        cells.add(r.visitType() == null ? "" : r.visitType().name());
        cells.add(CellReader.join(r.indications()));
        cells.add(Decimals.plain(r.maxQuantityPerDay()));
        cells.add(Decimals.plain(r.maxQuantityPerStay()));
        cells.add(number(r.maxPaymentDays()));
        cells.add(CellReader.join(r.firstLineItems()));
        cells.add(CellReader.join(r.requiresItems()));
        cells.add(CellReader.join(r.excludesItems()));
        cells.add(CellReader.join(r.insuranceTypes().stream().sorted().toList()));
        cells.add(text(r.note()));
        return cells.toArray(String[]::new);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }
}
