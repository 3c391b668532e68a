package cn.yibao.guard.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.yibao.guard.rules.engine.CheckInput;
import cn.yibao.guard.rules.engine.EncounterFacts;
import cn.yibao.guard.rules.engine.OrderLine;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;
import io.quarkus.arc.Arc;

/**
 * Rules for the service tests. Every rule names its own unique item code, so tests never see each other's
 * rules and leave nothing behind that would judge other features' orders.
 */
final class RuleFixtures {

    private RuleFixtures() {
    }

    static String uniqueCode() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A rule body: "female only" for the given item code. */
    static Map<String, Object> sexRule(String id, String code) {
        var body = new java.util.LinkedHashMap<String, Object>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("template", "SEX_RESTRICTION");
        body.put("name", "测试限女性");
        body.put("parameters", Map.of("items", List.of(code), "sex", 2));
        body.put("severity", "CRITICAL");
        body.put("action", "BLOCK");
        body.put("judgement", "VIOLATION");
        body.put("note", "测试用");
        return body;
    }

    /** What this instance's current book says about a male patient ordering the item. */
    static List<RuleHit> hitsFor(String code) {
        RuleService service = Arc.container().instance(RuleService.class).get();
        EncounterFacts male = new EncounterFacts("E-T", EncounterType.INPATIENT, 3, InsuranceType.EMPLOYEE, List.of(),
                "P-T", 1, LocalDate.of(1970, 1, 1), List.of("I10.x00"), OffsetDateTime.now().minusDays(1), "CARD",
                "W3");
        OrderLine line = new OrderLine("O-1", null, code, null, "测试项目", BigDecimal.ONE, BigDecimal.TEN, "qd", 1,
                "D01", false, OffsetDateTime.now());
        return service.currentBook().evaluate(new CheckInput(male, List.of(line), List.of()));
    }
}
