package cn.yibao.guard.order.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import cn.yibao.guard.rules.engine.RuleTemplate;
import cn.yibao.guard.rules.engine.RuleTemplates;

/**
 * The benchmark's rule book, created through the service's rule API: one catalogue-driven rule per standard
 * template, then rules naming synthetic items (as NHSA batch rows name theirs) up to {@code --rules}, a quarter
 * of them for inpatients only. Every other enabled local rule (the demo set, say) is disabled, so the book holds
 * exactly these; NHSA batch rules are left to {@link NhsaFixture}. The same rules on every set-up (seeded).
 */
public class RuleFixture implements BenchFixture {

    static final String PREFIX = "bench-";

    private static final String[] NAMING = {"SEX_RESTRICTION", "AGE_RESTRICTION", "HOSPITAL_LEVEL", "VISIT_TYPE",
        "INSURANCE_TYPE_RESTRICTION", "PAYMENT_DAYS", "QUANTITY_PER_DAY", "QUANTITY_PER_STAY", "ITEM_EXCLUDES",
        "INDICATION", "STEPPED_THERAPY", "DUPLICATE_MEDICATION"};

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String load(SyntheticHospital hospital, Connection db, BenchOptions options) throws Exception {
        ServiceApi api = ServiceApi.of(options);
        int disabled = disableOthers(api);
        int created = 0;
        int enabled = 0;
        for (Map<String, Object> rule : rules(hospital, options.rules)) {
            String id = (String) rule.get("id");
            JsonNode existing = api.find("/api/v1/rules/" + id);
            if (existing == null) {
                api.post("/api/v1/rules", rule);
                created++;
            } else if (!existing.path("enabled").asBoolean()) {
                api.post("/api/v1/rules/" + id + "/enable", Map.of());
                enabled++;
            }
        }
        return options.rules + " rules (" + created + " created, " + enabled + " re-enabled), " + disabled
                + " other local rules disabled";
    }

    /** Disables enabled rules that are neither the benchmark's nor an NHSA batch's ({@code <type>#<row>}). */
    private static int disableOthers(ServiceApi api) throws Exception {
        List<String> others = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode items = api.get("/api/v1/rules?enabled=true&size=500&page=" + page).path("items");
            for (JsonNode rule : items) {
                String id = rule.path("id").asText();
                if (!id.startsWith(PREFIX) && !rule.path("source").asText("").contains("#")) {
                    others.add(id);
                }
            }
            if (items.size() < 500) {
                break;
            }
        }
        for (String id : others) {
            api.post("/api/v1/rules/" + id + "/disable", Map.of());
        }
        return others.size();
    }

    /** The rules as {@code POST /api/v1/rules} bodies. */
    static List<Map<String, Object>> rules(SyntheticHospital hospital, int count) {
        Random random = new Random(200);
        List<Map<String, Object>> rules = new ArrayList<>(count);
        for (RuleTemplate template : RuleTemplates.standard().all()) {
            if (rules.size() < count) {
                rules.add(rule(PREFIX + "cat-" + template.id().toLowerCase().replace('_', '-'), template.id(),
                        Map.of(), false));
            }
        }
        Set<Integer> named = new HashSet<>();
        while (rules.size() < count) {
            String template = NAMING[random.nextInt(NAMING.length)];
            int item = random.nextInt(hospital.items());
            if (!named.add(item)) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            if (random.nextBoolean() && item % 5 != 4) {
                p.put("genericNames", List.of("合成通用名" + item / 3));
            } else {
                p.put("items", List.of(SyntheticHospital.itemCode(item)));
            }
            p.putAll(parameters(template, hospital, random));
            rules.add(rule(String.format("%s%03d", PREFIX, rules.size()), template, p, random.nextInt(4) == 0));
        }
        return rules;
    }

    private static Map<String, Object> parameters(String template, SyntheticHospital hospital, Random random) {
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
                    List.of(SyntheticHospital.itemCode(random.nextInt(hospital.items()))));
            case "DUPLICATE_MEDICATION" -> Map.of();
            default -> Map.of("excludedItems", List.of(SyntheticHospital.itemCode(random.nextInt(hospital.items()))),
                    "window", random.nextBoolean() ? "DAY" : "STAY");
        };
    }

    private static Map<String, Object> rule(String id, String template, Map<String, Object> parameters,
            boolean inpatientOnly) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("template", template);
        rule.put("name", "基准规则 " + id);
        rule.put("parameters", parameters);
        rule.put("severity", "WARNING");
        rule.put("action", "CONFIRM");
        rule.put("judgement", "SUSPICIOUS");
        rule.put("scope", Map.of("encounterTypes", inpatientOnly ? List.of("INPATIENT") : List.of(),
                "hospitalLevels", List.of(), "insuranceTypes", List.of()));
        rule.put("enabled", true);
        return rule;
    }
}
