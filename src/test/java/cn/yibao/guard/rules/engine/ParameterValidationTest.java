package cn.yibao.guard.rules.engine;

import static cn.yibao.guard.rules.engine.Fx.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Rule records that cannot be compiled are refused naming the field at fault. */
class ParameterValidationTest {

    final RuleCompiler compiler = new RuleCompiler();

    @Test
    void nonPositiveCapNamesTheParameter() {
        assertRefused(rule("QUANTITY_PER_DAY").items("X").param("maxPerDay", 0), "parameters.maxPerDay",
                "must be > 0");
        assertRefused(rule("QUANTITY_PER_STAY").items("X").param("maxPerStay", -1.5), "parameters.maxPerStay",
                "must be > 0");
    }

    @Test
    void aNumberWrittenAsTextIsNotANumber() {
        assertRefused(rule("QUANTITY_PER_DAY").items("X").param("maxPerDay", "2"), "parameters.maxPerDay",
                "must be a number");
    }

    @Test
    void restrictionIsRequiredWhenTheRuleNamesItems() {
        assertRefused(rule("SEX_RESTRICTION").items("X"), "parameters.sex",
                "required when the rule names items or genericNames");
    }

    @Test
    void restrictionIsRefusedWhenTheRuleIsCatalogueDriven() {
        RuleDefinitionException e = refused(rule("SEX_RESTRICTION").param("sex", 1));
        assertThat(e.field()).isEqualTo("parameters.sex");
        assertThat(e.reason()).contains("ItemRestrictions.sex");
    }

    @Test
    void valuesOutsideTheirRange() {
        assertRefused(rule("SEX_RESTRICTION").items("X").param("sex", 3), "parameters.sex",
                "must be 1 (male) or 2 (female)");
        assertRefused(rule("HOSPITAL_LEVEL").items("X").param("minLevel", 4), "parameters.minLevel",
                "must be 1, 2 or 3");
        assertRefused(rule("AGE_RESTRICTION").items("X").param("minAge", 18).param("maxAge", 10),
                "parameters.minAge", "must be <= maxAge");
        assertRefused(rule("AGE_RESTRICTION").items("X").param("minAge", 1.5), "parameters.minAge",
                "must be a whole number");
        assertRefused(rule("PAYMENT_DAYS").items("X").param("maxDays", 0), "parameters.maxDays", "must be >= 1");
        assertRefused(rule("HIGH_COST_ITEM").param("threshold", -1), "parameters.threshold", "must be > 0");
    }

    @Test
    void wrongShapes() {
        assertRefused(rule("INDICATION").items("X").param("icdPrefixes", "I21"), "parameters.icdPrefixes",
                "must be a list of strings");
        assertRefused(rule("INDICATION").items("X").param("icdPrefixes", List.of()), "parameters.icdPrefixes",
                "must list at least one value");
        assertRefused(rule("SEX_RESTRICTION").param("items", List.of("A", 7)).param("sex", 1), "parameters.items",
                "must be a list of non-empty strings");
        assertRefused(rule("VISIT_TYPE").items("X").param("visitType", "WARD"), "parameters.visitType",
                "must be one of INPATIENT, OUTPATIENT");
        assertRefused(rule("DUPLICATE_MEDICATION").param("sameClass", "yes"), "parameters.sameClass",
                "must be true or false");
    }

    @Test
    void windowSpelling() {
        assertRefused(rule("ITEM_EXCLUDES").items("A").param("excludedItems", List.of("B")).param("window", "WEEK"),
                "parameters.window", "must be DAY, STAY, SAME_HOUR or HOURS:n with n >= 1");
        assertRefused(rule("ITEM_EXCLUDES").items("A").param("excludedItems", List.of("B")).param("window", "HOURS:0"),
                "parameters.window", "must be DAY, STAY, SAME_HOUR or HOURS:n with n >= 1");
        for (String ok : List.of("DAY", "STAY", "SAME_HOUR", "HOURS:6")) {
            assertThatCode(() -> compiler.validate(rule("ITEM_EXCLUDES").items("A")
                    .param("excludedItems", List.of("B")).param("window", ok).build())).doesNotThrowAnyException();
        }
    }

    @Test
    void unknownParameterIsNamed() {
        RuleDefinitionException e = refused(rule("PRICE_CAP").param("maxPrice", 3));
        assertThat(e.field()).isEqualTo("parameters.maxPrice");
        assertThat(e.reason()).startsWith("unknown parameter of PRICE_CAP");
    }

    @Test
    void unknownTemplateNamesTheTemplateField() {
        RuleDefinitionException e = refused(rule("NO_SUCH_TEMPLATE"));
        assertThat(e.field()).isEqualTo("template");
        assertThat(e.reason()).contains("unknown template 'NO_SUCH_TEMPLATE'").contains("SEX_RESTRICTION");
    }

    @Test
    void blockIsOnlyForCriticalRules() {
        assertRefused(rule("HIGH_COST_ITEM").tiers(Severity.WARNING, RuleAction.BLOCK, Judgement.VIOLATION), "action",
                "BLOCK is reserved for CRITICAL rules");
    }

    @Test
    void scopeLevelsAreOneToThree() {
        assertRefused(rule("HIGH_COST_ITEM").scope(new RuleScope(Set.of(), Set.of(0), Set.of())),
                "scope.hospitalLevels", "must contain only 1, 2 or 3");
    }

    @Test
    void missingNameAndTiers() {
        var noName = new RuleDefinition("R", 1, "HIGH_COST_ITEM", " ", Map.of(), Severity.INFO, RuleAction.NOTIFY,
                Judgement.SUSPICIOUS, null, true, null, null);
        assertThat(catchThrowableOfType(RuleDefinitionException.class, () -> compiler.validate(noName)).field())
                .isEqualTo("name");
        var noSeverity = new RuleDefinition("R", 1, "HIGH_COST_ITEM", "n", Map.of(), null, RuleAction.NOTIFY,
                Judgement.SUSPICIOUS, null, true, null, null);
        assertThat(catchThrowableOfType(RuleDefinitionException.class, () -> compiler.validate(noSeverity)).field())
                .isEqualTo("severity");
    }

    @Test
    void everyTemplateCompilesCatalogueDrivenWithoutParameters() {
        for (RuleTemplate template : RuleTemplates.standard().all()) {
            assertThatCode(() -> compiler.validate(rule(template.id()).build())).as(template.id())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void compileValidLeavesOutBadRecordsAndNamesThem() {
        var compilation = compiler.compileValid(List.of(rule("HIGH_COST_ITEM").id("good").build(),
                rule("PRICE_CAP").id("bad").param("priceCap", 1).build()));
        assertThat(compilation.book().size()).isEqualTo(1);
        assertThat(compilation.rejected()).containsOnlyKeys("bad");
    }

    private void assertRefused(Fx.Rule rule, String field, String reason) {
        RuleDefinitionException e = refused(rule);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).isEqualTo(field + ": " + reason);
    }

    private RuleDefinitionException refused(Fx.Rule rule) {
        RuleDefinitionException e = catchThrowableOfType(RuleDefinitionException.class,
                () -> compiler.validate(rule.build()));
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
