package cn.yibao.guard.rules.engine.template;

import java.util.List;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.ItemRestrictions;
import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleDefinitionException;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/**
 * 限年龄 / 限儿童: an item payable only within an age range. The age is counted in whole years on the line's
 * day in the hospital's zone; "children" (儿童) means up to {@code EngineSettings.childMaxAge}.
 */
public final class AgeRestriction extends AbstractTemplate {

    public static final String ID = "AGE_RESTRICTION";

    public AgeRestriction() {
        super(ID, "限年龄/限儿童", "The item is payable only for patients within an age range, or only for children.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("minAge", "integer", "youngest age in whole years (inclusive)",
                                "ItemRestrictions.minAgeYears"),
                        ParameterSpec.restriction("maxAge", "integer", "oldest age in whole years (inclusive)",
                                "ItemRestrictions.maxAgeYears"),
                        ParameterSpec.restriction("children", "boolean",
                                "true: children only, up to the setting yibao.rules.child-max-age", null)),
                List.of("ItemRestrictions.minAgeYears", "ItemRestrictions.maxAgeYears"),
                List.of("ageYears: the patient's age on the line's day", "minAge / maxAge: the bounds applied",
                        "children: true for 限儿童", "birthDate"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        Integer min = p.integer("minAge", 0, 150);
        Integer max = p.integer("maxAge", 0, 150);
        Boolean children = p.bool("children");
        boolean any = min != null || max != null || Boolean.TRUE.equals(children);
        if (p.targets().explicit() && !any) {
            throw new RuleDefinitionException("parameters.minAge",
                    "give minAge, maxAge or children when the rule names items or genericNames");
        }
        if (!p.targets().explicit() && (min != null || max != null || children != null)) {
            throw new RuleDefinitionException("parameters." + (min != null ? "minAge" : max != null ? "maxAge"
                    : "children"), "only allowed when the rule names items or genericNames; without them the rule"
                            + " reads ItemRestrictions.minAgeYears/maxAgeYears from the catalogue");
        }
        if (Boolean.TRUE.equals(children) && max != null) {
            throw new RuleDefinitionException("parameters.children", "give either children or maxAge, not both");
        }
        if (min != null && max != null && min > max) {
            throw new RuleDefinitionException("parameters.minAge", "must be <= maxAge");
        }
        return new Rule(rule, p, min, max, Boolean.TRUE.equals(children));
    }

    private static final class Rule extends CompiledRule {

        private final Integer min;
        private final Integer max;
        private final boolean children;

        Rule(RuleDefinition rule, Parameters p, Integer min, Integer max, boolean children) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.min = min;
            this.max = max;
            this.children = children;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.restrictions().minAgeYears() != null || item.restrictions().maxAgeYears() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            Integer lower = min;
            Integer upper = children ? Integer.valueOf(context.settings().childMaxAge()) : max;
            if (!targets().explicit()) {
                if (line.item() == null) {
                    return;
                }
                ItemRestrictions r = line.item().restrictions();
                lower = r.minAgeYears();
                upper = r.maxAgeYears();
            }
            Integer age = context.ageAt(line);
            if (age == null || (lower == null && upper == null)) {
                return;
            }
            if ((lower == null || age >= lower) && (upper == null || age <= upper)) {
                return;
            }
            boolean child = children || (lower == null && upper != null
                    && upper == context.settings().childMaxAge());
            String range = child ? "儿童（" + upper + "岁及以下）"
                    : lower != null && upper != null ? lower + "至" + upper + "岁患者"
                    : lower != null ? lower + "岁及以上患者" : upper + "岁及以下患者";
            out.add(hit(line, tag(child ? "限儿童" : "限年龄") + line.displayName() + " 限" + range + "使用，患者"
                    + age + "岁", Evidence.of("ageYears", age).put("minAge", lower).put("maxAge", upper)
                            .put("children", child).put("birthDate", context.encounter().birthDate())));
        }
    }
}
