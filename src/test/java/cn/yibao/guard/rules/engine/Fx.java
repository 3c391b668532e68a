package cn.yibao.guard.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.ItemKind;
import cn.yibao.guard.catalog.ItemRestrictions;
import cn.yibao.guard.catalog.PaymentClass;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/** Test fixtures for the rule engine: catalogue items, order lines, encounters and rule records. */
final class Fx {

    /** 2026-11-21 09:30 in Shanghai. */
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-21T09:30:00+08:00");

    private Fx() {
    }

    // ---- catalogue -------------------------------------------------------------------------------------------

    static Item drug(String code, String name) {
        return new Item(code, name, ItemKind.DRUG);
    }

    static Item service(String code, String name) {
        return new Item(code, name, ItemKind.SERVICE);
    }

    static final class Item {
        private final String code;
        private final String name;
        private final ItemKind kind;
        private PaymentClass paymentClass = PaymentClass.A;
        private BigDecimal selfPayRatio;
        private BigDecimal priceCap;
        private String genericName;
        private String ingredient;
        private String drugClass;
        private Integer sex;
        private Integer minAge;
        private Integer maxAge;
        private Integer minLevel;
        private List<String> indications = List.of();
        private EncounterType visitType;
        private BigDecimal maxPerDay;
        private BigDecimal maxPerStay;
        private List<String> firstLine = List.of();
        private List<String> requires = List.of();
        private List<String> excludes = List.of();
        private Integer maxPaymentDays;
        private Set<InsuranceType> insuranceTypes = Set.of();

        Item(String code, String name, ItemKind kind) {
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.genericName = kind == ItemKind.DRUG ? name : null;
        }

        Item generic(String value) { genericName = value; return this; }
        Item ingredient(String value) { ingredient = value; return this; }
        Item drugClass(String value) { drugClass = value; return this; }
        Item paymentClass(PaymentClass value, String ratio) {
            paymentClass = value;
            selfPayRatio = ratio == null ? null : new BigDecimal(ratio);
            return this;
        }
        Item priceCap(String value) { priceCap = new BigDecimal(value); return this; }
        Item sex(int value) { sex = value; return this; }
        Item age(Integer min, Integer max) { minAge = min; maxAge = max; return this; }
        Item minLevel(int value) { minLevel = value; return this; }
        Item indications(String... values) { indications = List.of(values); return this; }
        Item visitType(EncounterType value) { visitType = value; return this; }
        Item maxPerDay(String value) { maxPerDay = new BigDecimal(value); return this; }
        Item maxPerStay(String value) { maxPerStay = new BigDecimal(value); return this; }
        Item firstLine(String... codes) { firstLine = List.of(codes); return this; }
        Item requires(String... codes) { requires = List.of(codes); return this; }
        Item excludes(String... codes) { excludes = List.of(codes); return this; }
        Item maxPaymentDays(int value) { maxPaymentDays = value; return this; }
        Item insuranceTypes(InsuranceType... values) { insuranceTypes = Set.of(values); return this; }

        CatalogItem build() {
            return new CatalogItem(code, name, kind, paymentClass, selfPayRatio, priceCap, genericName, ingredient,
                    drugClass, "支", new ItemRestrictions(sex, minAge, maxAge, minLevel, indications, visitType,
                            maxPerDay, maxPerStay, firstLine, requires, excludes, maxPaymentDays, insuranceTypes));
        }
    }

    // ---- order lines ----------------------------------------------------------------------------------------

    static Line line(String id, CatalogItem item) {
        return new Line(id, item);
    }

    static Line line(String id, Item item) {
        return new Line(id, item.build());
    }

    static final class Line {
        private final String id;
        private final CatalogItem item;
        private String itemCode;
        private String genericName;
        private String name;
        private BigDecimal quantity = BigDecimal.ONE;
        private BigDecimal unitPrice = new BigDecimal("10.00");
        private Integer days;
        private boolean longTerm;
        private OffsetDateTime at = T0;

        Line(String id, CatalogItem item) {
            this.id = id;
            this.item = item;
            if (item != null) {
                itemCode = item.code();
                genericName = item.genericName();
                name = item.name();
            }
        }

        Line code(String value) { itemCode = value; return this; }
        Line generic(String value) { genericName = value; return this; }
        Line name(String value) { name = value; return this; }
        Line qty(String value) { quantity = value == null ? null : new BigDecimal(value); return this; }
        Line price(String value) { unitPrice = value == null ? null : new BigDecimal(value); return this; }
        Line days(Integer value) { days = value; return this; }
        Line longTerm() { longTerm = true; return this; }
        Line at(OffsetDateTime value) { at = value; return this; }
        Line at(String value) { at = value == null ? null : OffsetDateTime.parse(value); return this; }
        Line daysBefore(int n) { at = T0.minusDays(n); return this; }

        OrderLine build() {
            return new OrderLine(id, item, itemCode, genericName, name, quantity, unitPrice, "qd", days, "D01",
                    longTerm, at);
        }
    }

    /** An unmatched line: the HIS sent a code and a name the catalogue does not know. */
    static Line unmatched(String id, String code, String genericName) {
        return new Line(id, null).code(code).generic(genericName).name(genericName);
    }

    // ---- encounters ----------------------------------------------------------------------------------------

    static Encounter inpatient() {
        return new Encounter();
    }

    static final class Encounter {
        private EncounterType type = EncounterType.INPATIENT;
        private int level = 3;
        private InsuranceType insurance = InsuranceType.EMPLOYEE;
        private List<InsuranceType> earlier = List.of();
        private int sex = 1;
        private LocalDate birth = LocalDate.of(1958, 4, 2);
        private List<String> diagnoses = List.of("I21.000", "E11.900");

        Encounter type(EncounterType value) { type = value; return this; }
        Encounter level(int value) { level = value; return this; }
        Encounter insurance(InsuranceType value) { insurance = value; return this; }
        Encounter earlier(InsuranceType... values) { earlier = List.of(values); return this; }
        Encounter sex(int value) { sex = value; return this; }
        Encounter born(String date) { birth = date == null ? null : LocalDate.parse(date); return this; }
        Encounter diagnoses(String... codes) { diagnoses = List.of(codes); return this; }

        EncounterFacts build() {
            return new EncounterFacts("E1001", type, level, insurance, earlier, "P1", sex, birth, diagnoses,
                    T0.minusDays(5), "CARD", "W3");
        }
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    static Rule rule(String template) {
        return new Rule(template);
    }

    static final class Rule {
        private final String template;
        private String id;
        private int version = 1;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private Severity severity = Severity.WARNING;
        private RuleAction action = RuleAction.CONFIRM;
        private Judgement judgement = Judgement.SUSPICIOUS;
        private RuleScope scope = RuleScope.EVERYWHERE;
        private boolean enabled = true;
        private String source = "local";
        private String note;

        Rule(String template) {
            this.template = template;
            this.id = "R-" + template;
        }

        Rule id(String value) { id = value; return this; }
        Rule version(int value) { version = value; return this; }
        Rule param(String name, Object value) { parameters.put(name, value); return this; }
        Rule items(String... codes) { return param("items", Arrays.asList(codes)); }
        Rule names(String... names) { return param("genericNames", Arrays.asList(names)); }
        Rule tiers(Severity s, RuleAction a, Judgement j) { severity = s; action = a; judgement = j; return this; }
        Rule scope(RuleScope value) { scope = value; return this; }
        Rule disabled() { enabled = false; return this; }
        Rule source(String value) { source = value; return this; }
        Rule note(String value) { note = value; return this; }

        RuleDefinition build() {
            return new RuleDefinition(id, version, template, "规则 " + id, parameters, severity, action, judgement,
                    scope, enabled, source, note);
        }
    }

    // ---- evaluation ----------------------------------------------------------------------------------------

    static RuleBook book(Rule... rules) {
        List<RuleDefinition> defs = new ArrayList<>();
        for (Rule r : rules) {
            defs.add(r.build());
        }
        return new RuleCompiler(RuleTemplates.nhsa(), EngineSettings.DEFAULT).compile(defs);
    }

    static List<RuleHit> check(RuleBook book, Encounter encounter, List<Line> lines, List<Line> history) {
        return book.evaluate(new CheckInput(encounter.build(), lines.stream().map(Line::build).toList(),
                history.stream().map(Line::build).toList()));
    }

    static List<RuleHit> check(Rule rule, Encounter encounter, Line... lines) {
        return check(book(rule), encounter, List.of(lines), List.of());
    }

    static List<RuleHit> checkWithHistory(Rule rule, Encounter encounter, List<Line> history, Line... lines) {
        return check(book(rule), encounter, List.of(lines), history);
    }
}
