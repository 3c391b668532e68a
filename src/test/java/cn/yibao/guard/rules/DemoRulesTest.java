package cn.yibao.guard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleCompiler;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleTemplate;
import cn.yibao.guard.rules.engine.RuleTemplates;
import cn.yibao.guard.rules.engine.Severity;

/** The demo rule set works with whatever catalogue the demo holds: one catalogue-driven rule per template. */
class DemoRulesTest {

    static List<RuleDefinition> demoRules() throws Exception {
        try (InputStream in = DemoRulesTest.class.getClassLoader().getResourceAsStream("demo/rules.json")) {
            return List.of(new ObjectMapper().findAndRegisterModules().readValue(in, RuleDefinition[].class));
        }
    }

    @Test
    void oneCompilingCatalogueDrivenRulePerTemplate() throws Exception {
        List<RuleDefinition> rules = demoRules();
        assertThat(rules).extracting(RuleDefinition::template).containsExactlyInAnyOrderElementsOf(
                RuleTemplates.standard().all().stream().map(RuleTemplate::id).toList());
        RuleCompiler compiler = new RuleCompiler();
        for (RuleDefinition rule : rules) {
            CompiledRule compiled = compiler.compile(rule);
            assertThat(compiled.targets().explicit()).as(rule.id()).isFalse();
            assertThat(rule.enabled()).isTrue();
            assertThat(rule.source()).isEqualTo("local");
        }
        assertThat(compiler.compile(rules).size()).isEqualTo(rules.size());
    }

    @Test
    void tiersFollowTheSeverityOfTheRestriction() throws Exception {
        for (RuleDefinition rule : demoRules()) {
            switch (rule.template()) {
                case "SEX_RESTRICTION", "AGE_RESTRICTION" -> assertThat(rule.action()).isEqualTo(RuleAction.BLOCK);
                case "INDICATION" -> assertThat(rule.action()).isEqualTo(RuleAction.CONFIRM);
                case "SELF_PAY_NOTICE" -> assertThat(rule.severity()).isEqualTo(Severity.INFO);
                default -> assertThat(rule.action()).isNotEqualTo(RuleAction.BLOCK);
            }
        }
    }
}
