package cn.yibao.guard.rules.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.yibao.guard.catalog.Catalog;
import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.ItemKind;
import cn.yibao.guard.catalog.ItemRestrictions;
import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.EncounterFacts;
import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleScope;
import cn.yibao.guard.rules.engine.RuleTemplate;
import cn.yibao.guard.rules.engine.RuleTemplates;
import cn.yibao.guard.rules.engine.Severity;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * A deterministic rule-evaluation workload shaped like the figure: a catalogue of 20,000 items (some
 * carrying restrictions), 200 rules (one catalogue-driven rule per template, the rest naming items as NHSA batch
 * rows do), an inpatient stay with 200 earlier lines, and 10-line draft orders. Used by {@code bench rules} and
 * the JMH benchmark, so both measure the same thing.
 */
public final class RuleWorkload {

    public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-21T09:30:00+08:00");

    private final Catalog catalog;
    private final List<RuleDefinition> rules;
    private final List<CheckInput> checks;
    private final int linesPerCheck;

    private RuleWorkload(Catalog catalog, List<RuleDefinition> rules, List<CheckInput> checks, int linesPerCheck) {
        this.catalog = catalog;
        this.rules = rules;
        this.checks = checks;
        this.linesPerCheck = linesPerCheck;
    }

    /** 20,000 items, 200 rules, 200 earlier lines, 64 different orders of 10 lines. */
    public static RuleWorkload standard() {
        return generate(42L, 20_000, 200, 200, 10, 64);
    }

    public static RuleWorkload generate(long seed, int items, int ruleCount, int historyLines, int linesPerCheck,
            int orders) {
        Generator g = new Generator(new Random(seed));
        List<CatalogItem> catalogue = g.catalogue(items);
        Catalog catalog = new Catalog(1, catalogue, Map.of());
        List<CatalogItem> stayPool = g.sample(catalogue, 60);
        List<RuleDefinition> rules = g.rules(ruleCount, catalogue, stayPool);
        EncounterFacts encounter = g.encounter();
        List<OrderLine> history = new ArrayList<>(historyLines);
        for (int i = 0; i < historyLines; i++) {
            history.add(g.line("H-" + i, stayPool.get(g.random.nextInt(stayPool.size())),
                    NOW.minusHours(1 + g.random.nextInt(240))));
        }
        List<CheckInput> checks = new ArrayList<>(orders);
        for (int o = 0; o < orders; o++) {
            List<OrderLine> lines = new ArrayList<>(linesPerCheck);
            for (int l = 0; l < linesPerCheck; l++) {
                int pick = g.random.nextInt(10);
                String id = "O-" + o + "-" + l;
                if (pick < 5) {
                    lines.add(g.line(id, stayPool.get(g.random.nextInt(stayPool.size())), NOW));
                } else if (pick < 9) {
                    lines.add(g.line(id, catalogue.get(g.random.nextInt(catalogue.size())), NOW));
                } else {
                    lines.add(new OrderLine(id, null, "HIS-" + g.random.nextInt(500), "未对照药品" + l, "未对照药品" + l,
                            BigDecimal.ONE, g.unitPrice(), "qd", 1, "D01", false, NOW));
                }
            }
            checks.add(new CheckInput(encounter, lines, history));
        }
        return new RuleWorkload(catalog, rules, List.copyOf(checks), linesPerCheck);
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public List<CheckInput> checks() {
        return checks;
    }

    public int linesPerCheck() {
        return linesPerCheck;
    }

    /** Generates the data; one instance per workload so the sequence depends only on the seed. */
    private static final class Generator {

        private static final String[] DRUG_CLASSES = new String[200];

        static {
            for (int i = 0; i < DRUG_CLASSES.length; i++) {
                DRUG_CLASSES[i] = "药理分类" + i;
            }
        }

        final Random random;

        Generator(Random random) {
            this.random = random;
        }

        List<CatalogItem> catalogue(int count) {
            List<CatalogItem> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(10);
                items.add(kind < 6 ? drug(i) : kind < 9 ? item(i, ItemKind.SERVICE) : item(i, ItemKind.MATERIAL));
            }
            return items;
        }

        private CatalogItem drug(int i) {
            String generic = "通用名" + random.nextInt(4000);
            return new CatalogItem(String.format("XD%018d", i), generic + "片", ItemKind.DRUG, paymentClass(),
                    ratio(), random.nextInt(5) == 0 ? price() : null, generic, "成分" + random.nextInt(3000),
                    DRUG_CLASSES[random.nextInt(DRUG_CLASSES.length)], "片", restrictions(true));
        }

        private CatalogItem item(int i, ItemKind kind) {
            return new CatalogItem(String.format("%015d", i), "诊疗项目" + i, kind, paymentClass(), ratio(),
                    random.nextInt(5) == 0 ? price() : null, null, null, null, "次", restrictions(false));
        }

        private PaymentClass paymentClass() {
            int p = random.nextInt(20);
            return p < 10 ? PaymentClass.A : p < 17 ? PaymentClass.B : PaymentClass.C;
        }

        /** Half the lines under 50 yuan, most under 300, a tenth up to 3,000. */
        private BigDecimal unitPrice() {
            int band = random.nextInt(10);
            int cents = band < 5 ? 50 + random.nextInt(5_000) : band < 9 ? 5_000 + random.nextInt(25_000)
                    : 30_000 + random.nextInt(270_000);
            return BigDecimal.valueOf(cents, 2);
        }

        private BigDecimal ratio() {
            return BigDecimal.valueOf(5 + random.nextInt(26), 2);
        }

        private BigDecimal price() {
            return BigDecimal.valueOf(100 + random.nextInt(200_000), 2);
        }

        /** About one item in seven carries a restriction, as in real catalogues. */
        private ItemRestrictions restrictions(boolean drug) {
            if (random.nextInt(7) != 0) {
                return ItemRestrictions.NONE;
            }
            int which = random.nextInt(12);
            return new ItemRestrictions(which == 0 ? 1 + random.nextInt(2) : null,
                    null, which == 1 ? 17 : null, which == 2 ? 2 + random.nextInt(2) : null,
                    which == 3 ? List.of("I2" + random.nextInt(6), "E1" + random.nextInt(4)) : List.of(),
                    which == 4 ? EncounterType.OUTPATIENT : null,
                    which == 5 ? BigDecimal.valueOf(1 + random.nextInt(4)) : null,
                    which == 6 ? BigDecimal.valueOf(10 + random.nextInt(20)) : null,
                    which == 7 && drug ? List.of(String.format("XD%018d", random.nextInt(1000))) : List.of(),
                    which == 8 ? List.of(String.format("%015d", random.nextInt(1000))) : List.of(),
                    which == 9 ? List.of(String.format("%015d", random.nextInt(1000))) : List.of(),
                    which == 10 ? 7 + random.nextInt(14) : null,
                    which == 11 ? Set.of(InsuranceType.WORK_INJURY) : Set.of());
        }

        List<CatalogItem> sample(List<CatalogItem> items, int count) {
            List<CatalogItem> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(items.get(random.nextInt(items.size())));
            }
            return out;
        }

        /** One catalogue-driven rule per template, then rules naming items until {@code count}. */
        List<RuleDefinition> rules(int count, List<CatalogItem> catalogue, List<CatalogItem> stayPool) {
            List<RuleDefinition> rules = new ArrayList<>(count);
            for (RuleTemplate template : RuleTemplates.standard().all()) {
                rules.add(rule("cat-" + template.id(), template.id(), Map.of(), RuleScope.EVERYWHERE));
            }
            String[] explicit = {"SEX_RESTRICTION", "AGE_RESTRICTION", "HOSPITAL_LEVEL", "VISIT_TYPE",
                "INSURANCE_TYPE_RESTRICTION", "PAYMENT_DAYS", "QUANTITY_PER_DAY", "ITEM_EXCLUDES", "ITEM_EXCLUDES",
                "INDICATION", "STEPPED_THERAPY", "QUANTITY_PER_STAY"};
            for (int i = rules.size(); i < count; i++) {
                String template = explicit[random.nextInt(explicit.length)];
                // A third of the named items are items this stay uses, so rules do fire.
                CatalogItem target = random.nextInt(3) == 0 ? stayPool.get(random.nextInt(stayPool.size()))
                        : catalogue.get(random.nextInt(catalogue.size()));
                Map<String, Object> p = new HashMap<>();
                if (target.genericName() != null && random.nextBoolean()) {
                    p.put("genericNames", List.of(target.genericName()));
                } else {
                    p.put("items", List.of(target.code()));
                }
                p.putAll(parameters(template, catalogue));
                RuleScope scope = random.nextInt(4) == 0
                        ? new RuleScope(EnumSet.of(EncounterType.INPATIENT), Set.of(), Set.of())
                        : RuleScope.EVERYWHERE;
                rules.add(rule(String.format("nhsa-%03d", i), template, p, scope));
            }
            return List.copyOf(rules);
        }

        private Map<String, Object> parameters(String template, List<CatalogItem> catalogue) {
            return switch (template) {
                case "SEX_RESTRICTION" -> Map.of("sex", 1 + random.nextInt(2));
                case "AGE_RESTRICTION" -> Map.of("children", true);
                case "HOSPITAL_LEVEL" -> Map.of("minLevel", 2 + random.nextInt(2));
                case "VISIT_TYPE" -> Map.of("visitType", "OUTPATIENT");
                case "INSURANCE_TYPE_RESTRICTION" -> Map.of("insuranceTypes", List.of("WORK_INJURY"));
                case "PAYMENT_DAYS" -> Map.of("maxDays", 3 + random.nextInt(12));
                case "QUANTITY_PER_DAY" -> Map.of("maxPerDay", 1 + random.nextInt(3));
                case "QUANTITY_PER_STAY" -> Map.of("maxPerStay", 5 + random.nextInt(20));
                case "INDICATION" -> Map.of("icdPrefixes", List.of("C" + random.nextInt(10)));
                case "STEPPED_THERAPY" -> Map.of("firstLineItems",
                        List.of(catalogue.get(random.nextInt(catalogue.size())).code()));
                default -> Map.of("excludedItems", List.of(catalogue.get(random.nextInt(catalogue.size())).code()),
                        "window", random.nextBoolean() ? "DAY" : "STAY");
            };
        }

        private static RuleDefinition rule(String id, String template, Map<String, Object> parameters,
                RuleScope scope) {
            return new RuleDefinition(id, 1, template, id, parameters, Severity.WARNING, RuleAction.CONFIRM,
                    Judgement.SUSPICIOUS, scope, true, "local", null);
        }

        EncounterFacts encounter() {
            return new EncounterFacts("E-BENCH", EncounterType.INPATIENT, 3, InsuranceType.EMPLOYEE,
                    List.of(InsuranceType.EMPLOYEE), "P-BENCH", 1, LocalDate.of(1960, 5, 1),
                    List.of("I21.000", "E11.900", "I10.x00"), NOW.minusDays(10), "CARD", "W3");
        }

        OrderLine line(String id, CatalogItem item, OffsetDateTime at) {
            boolean drug = item.kind() == ItemKind.DRUG;
            return new OrderLine(id, item, item.code(), item.genericName(), item.name(),
                    BigDecimal.valueOf(1 + random.nextInt(3)), unitPrice(),
                    drug ? "bid" : "qd", 1 + random.nextInt(3), "D01", drug && random.nextInt(4) == 0, at);
        }
    }
}
