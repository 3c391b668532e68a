package cn.yibao.guard.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * A synthetic catalogue of any size for benchmarks and tests: the same seed and size always give the same items.
 * The mix follows a hospital catalogue: about 60% drugs (20-character codes, generic names shared by two or three
 * strengths, ingredients and classes for duplicate-medication checks), 30% services (15-digit codes) and 10%
 * materials; 40% 甲类, 45% 乙类 with self-pay ratios, 15% 丙类; and each kind of restriction on a few percent
 * of the items, references (first-line, requires, excludes) pointing at items generated earlier.
 */
public final class SyntheticCatalog {

    private static final String[] ATC = {"A02BC", "A10BA", "B01AC", "C07AB", "C10AA", "J01DD", "J01MA", "M01AE",
        "N02BE", "R05CB", "C09CA", "J01CR", "L01XE", "N05BA", "H02AB", "A12AX"};
    private static final String[] ICD = {"I10", "I20", "I21", "I25", "I50", "I63", "E11", "J18", "J44", "J15", "A41",
        "K74", "N18", "C34", "C16", "M16", "O80", "K35", "N40", "R57"};
    private static final String[] DRUG_UNITS = {"片", "粒", "支", "袋", "瓶"};
    private static final String[] SERVICE_UNITS = {"次", "日", "项", "部位"};
    private static final String[] MATERIAL_UNITS = {"个", "套", "支"};
    private static final BigDecimal[] RATIOS = {new BigDecimal("0.05"), new BigDecimal("0.1"),
        new BigDecimal("0.15"), new BigDecimal("0.2"), new BigDecimal("0.3")};

    private SyntheticCatalog() {
    }

    /** {@code n} items, the same for the same {@code seed}. */
    public static List<CatalogItem> generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CatalogItem> items = new ArrayList<>(n);
        List<String> drugs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double kind = random.nextDouble();
            CatalogItem item = kind < 0.6 ? drug(i, drugs.size(), random, drugs)
                    : kind < 0.9 ? service(i, random, others) : material(i, random, others);
            (item.kind() == ItemKind.DRUG ? drugs : others).add(item.code());
            items.add(item);
        }
        return items;
    }

    /** A HIS local code for every item ({@code H} and the item's position), as a code map. */
    public static Map<String, String> hisCodes(List<CatalogItem> items) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            map.put(hisCode(i), items.get(i).code());
        }
        return map;
    }

    public static String hisCode(int position) {
        return String.format("H%07d", position);
    }

    /** The generated items and their HIS codes as a snapshot. */
    public static Catalog catalog(int n, long seed) {
        List<CatalogItem> items = generate(n, seed);
        return new Catalog(1, items, hisCodes(items));
    }

    private static CatalogItem drug(int i, int drugIndex, SplittableRandom random, List<String> drugs) {
        String atc = ATC[random.nextInt(ATC.length)];
        String code = "X" + atc + "A" + String.format("%013d", i);
        int generic = drugIndex / (2 + drugIndex % 2);
        String genericName = "合成药" + generic;
        String ingredient = random.nextDouble() < 0.9 ? "成分" + generic : "成分" + random.nextInt(generic + 1);
        String drugClass = atc + "类" + (generic % 12);
        PaymentClass payment = paymentClass(random);
        return new CatalogItem(code, genericName + "(规格" + (drugIndex % 3 + 1) + ")", ItemKind.DRUG, payment,
                ratio(payment, random), price(random, 0.1, 800), genericName, ingredient, drugClass,
                DRUG_UNITS[random.nextInt(DRUG_UNITS.length)], restrictions(random, drugs));
    }

    private static CatalogItem service(int i, SplittableRandom random, List<String> others) {
        String code = String.format("00%03d%010d", 100 + random.nextInt(800), i);
        PaymentClass payment = paymentClass(random);
        return new CatalogItem(code, "医疗服务项目" + i, ItemKind.SERVICE, payment, ratio(payment, random),
                price(random, 2, 6000), null, null, null, SERVICE_UNITS[random.nextInt(SERVICE_UNITS.length)],
                restrictions(random, others));
    }

    private static CatalogItem material(int i, SplittableRandom random, List<String> others) {
        String code = String.format("C%02d%017d", 1 + random.nextInt(20), i);
        PaymentClass payment = paymentClass(random);
        return new CatalogItem(code, "医用耗材" + i, ItemKind.MATERIAL, payment, ratio(payment, random),
                price(random, 1, 30000), null, null, null, MATERIAL_UNITS[random.nextInt(MATERIAL_UNITS.length)],
                restrictions(random, others));
    }

    private static PaymentClass paymentClass(SplittableRandom random) {
        double p = random.nextDouble();
        return p < 0.4 ? PaymentClass.A : p < 0.85 ? PaymentClass.B : PaymentClass.C;
    }

    private static BigDecimal ratio(PaymentClass payment, SplittableRandom random) {
        return payment == PaymentClass.B ? RATIOS[random.nextInt(RATIOS.length)] : null;
    }

    /** Log-uniform between {@code low} and {@code high}, in yuan with two decimals. */
    private static BigDecimal price(SplittableRandom random, double low, double high) {
        double value = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
        return Decimals.normalize(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    private static ItemRestrictions restrictions(SplittableRandom random, List<String> earlier) {
        Integer sex = chance(random, 0.04) ? 1 + random.nextInt(2) : null;
        Integer minAge = null;
        Integer maxAge = null;
        if (chance(random, 0.05)) {
            boolean children = random.nextBoolean();
            minAge = children ? null : 18;
            maxAge = children ? 17 : null;
        }
        Integer level = chance(random, 0.03) ? 2 + random.nextInt(2) : null;
        List<String> indications = chance(random, 0.08) ? pick(random, ICD, 1 + random.nextInt(4)) : List.of();
        EncounterType visit = chance(random, 0.03) ? (random.nextBoolean() ? EncounterType.INPATIENT
                : EncounterType.OUTPATIENT) : null;
        BigDecimal perDay = chance(random, 0.10) ? BigDecimal.valueOf(1 + random.nextInt(4)) : null;
        BigDecimal perStay = chance(random, 0.05) ? BigDecimal.valueOf(5 + random.nextInt(30)) : null;
        List<String> firstLine = chance(random, 0.02) ? pick(random, earlier, 1 + random.nextInt(2)) : List.of();
        List<String> requires = chance(random, 0.02) ? pick(random, earlier, 1) : List.of();
        List<String> excludes = chance(random, 0.02) ? pick(random, earlier, 1) : List.of();
        Integer paymentDays = chance(random, 0.02) ? 3 + random.nextInt(28) : null;
        EnumSet<InsuranceType> types = EnumSet.noneOf(InsuranceType.class);
        if (chance(random, 0.01)) {
            types.add(InsuranceType.WORK_INJURY);
        }
        return new ItemRestrictions(sex, minAge, maxAge, level, indications, visit, perDay, perStay, firstLine,
                requires, excludes, paymentDays, types, null);
    }

    private static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    private static List<String> pick(SplittableRandom random, String[] from, int count) {
        return pick(random, List.of(from), count);
    }

    private static List<String> pick(SplittableRandom random, List<String> from, int count) {
        if (from.isEmpty()) {
            return List.of();
        }
        List<String> picked = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            String value = from.get(random.nextInt(from.size()));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }
}
