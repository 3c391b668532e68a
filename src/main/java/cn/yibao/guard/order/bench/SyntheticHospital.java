package cn.yibao.guard.order.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.ItemKind;
import cn.yibao.guard.catalog.ItemRestrictions;
import cn.yibao.guard.catalog.PaymentClass;

/**
 * The benchmark's invented hospital, the same on every run: catalogue item codes, encounters with their earlier
 * orders, and the draft orders the load generator sends. Codes look like national ones but are not real.
 */
public final class SyntheticHospital {

    public static final String ENCOUNTER_PREFIX = "BENCH-";

    private final int items;
    private final int encounters;

    public SyntheticHospital(int items, int encounters) {
        this.items = items;
        this.encounters = encounters;
    }

    public int items() {
        return items;
    }

    public int encounters() {
        return encounters;
    }

    /** The i-th item's national code, 0 ≤ i < items. */
    public static String itemCode(int i) {
        return String.format("XB%02dSYN%06d%08d", i % 97, i, 1_0101_001 + i);
    }

    /** The i-th item's HIS local code (字典对照). */
    public static String hisCode(int i) {
        return "H-" + i;
    }

    /** Every item's national code, computed once (the load generator picks from it per line). */
    String[] itemCodeTable() {
        String[] codes = codeTable;
        if (codes == null) {
            codes = itemCodes().toArray(String[]::new);
            codeTable = codes;
        }
        return codes;
    }

    private volatile String[] codeTable;

    public static String encounterId(int i) {
        return ENCOUNTER_PREFIX + String.format("%06d", i);
    }

    /** Which department the i-th encounter is in. */
    public static String department(int i) {
        return DEPARTMENTS[i % DEPARTMENTS.length];
    }

    private static final String[] DEPARTMENTS = {"CARD", "GAST", "ORTH", "PED", "OBGY", "URO"};

    public List<String> itemCodes() {
        List<String> codes = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            codes.add(itemCode(i));
        }
        return codes;
    }

    /**
     * The catalogue the benchmark assumes, for a catalogue fixture to load: one item in ten capped per stay and
     * per day, one in twenty restricted by sex, age, hospital level or indication, one in twenty 丙类.
     */
    public List<CatalogItem> catalogue() {
        SplittableRandom random = new SplittableRandom(20_000);
        List<CatalogItem> list = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            PaymentClass paymentClass = i % 20 == 0 ? PaymentClass.C : (i % 3 == 0 ? PaymentClass.B : PaymentClass.A);
            ItemRestrictions r = new ItemRestrictions(i % 40 == 1 ? Integer.valueOf(2) : null,
                    i % 40 == 2 ? Integer.valueOf(18) : null, i % 40 == 3 ? Integer.valueOf(17) : null,
                    i % 40 == 4 ? Integer.valueOf(2) : null, i % 40 == 5 ? List.of("I21", "I25") : List.of(), null,
                    i % 10 == 6 ? BigDecimal.valueOf(6) : null, i % 10 == 7 ? BigDecimal.valueOf(30) : null,
                    List.of(), List.of(), List.of(), null, null);
            list.add(new CatalogItem(itemCode(i), "合成药品" + i, i % 5 == 4 ? ItemKind.SERVICE : ItemKind.DRUG,
                    paymentClass, paymentClass == PaymentClass.B ? new BigDecimal("0.10") : null,
                    BigDecimal.valueOf(1 + random.nextInt(2000)), "合成通用名" + (i / 3), "成分" + (i / 6),
                    "类别" + (i / 60), "片", r));
        }
        return list;
    }
}
