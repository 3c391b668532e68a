package cn.yibao.guard.rules.engine.template;

import java.util.ArrayList;
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
 * day in the hospital's zone; "children" (儿童) means up to {@code EngineSettings.childMaxAge}, "working age"
 * (法定就业年龄) up to {@code EngineSettings.workingMaxAge}; newborns (新生儿) are bounded in days.
 */
public final class AgeRestriction extends AbstractTemplate {

    public static final String ID = "AGE_RESTRICTION";

    public AgeRestriction() {
        super(ID, "限年龄/限儿童", "The item is payable only for patients within an age range, or only for children "
                + "(newborns, infants), or only within the statutory working age.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("minAge", "integer", "youngest age in whole years (inclusive)",
                                "ItemRestrictions.minAgeYears"),
                        ParameterSpec.restriction("maxAge", "integer", "oldest age in whole years (inclusive)",
                                "ItemRestrictions.maxAgeYears"),
                        ParameterSpec.restriction("children", "boolean",
                                "true: children only, up to the setting yibao.rules.child-max-age", null),
                        ParameterSpec.restriction("workingAge", "boolean", "true: only within the statutory working"
                                + " age (法定就业年龄), up to the setting yibao.rules.working-age-max", null),
                        ParameterSpec.restriction("maxAgeDays", "integer", "oldest age in days (inclusive; the day "
                                + "of birth is day 0), e.g. 28 for newborns (新生儿)", null)),
                List.of("ItemRestrictions.minAgeYears", "ItemRestrictions.maxAgeYears"),
                List.of("ageYears: the patient's age on the line's day", "minAge / maxAge: the bounds applied",
                        "children: true for 限儿童", "workingAge: true for 法定就业年龄",
                        "ageDays / maxAgeDays: for bounds in days", "birthDate"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        Integer min = p.integer("minAge", 0, 150);
        Integer max = p.integer("maxAge", 0, 150);
        Boolean children = p.bool("children");
        Boolean working = p.bool("workingAge");
        Integer maxDays = p.integer("maxAgeDays", 0, 3660);
        boolean any = min != null || max != null || Boolean.TRUE.equals(children) || Boolean.TRUE.equals(working)
                || maxDays != null;
        if (p.targets().explicit() && !any) {
            throw new RuleDefinitionException("parameters.minAge",
                    "give minAge, maxAge, children, workingAge or maxAgeDays when the rule names items or genericNames");
        }
        if (!p.targets().explicit()) {
            for (String name : List.of("minAge", "maxAge", "children", "workingAge", "maxAgeDays")) {
                if (p.has(name)) {
                    throw new RuleDefinitionException("parameters." + name, "only allowed when the rule names items"
                            + " or genericNames; without them the rule reads ItemRestrictions.minAgeYears/maxAgeYears"
                            + " from the catalogue");
                }
            }
        }
        List<String> upper = new ArrayList<>();
        if (max != null) {
            upper.add("maxAge");
        }
        if (Boolean.TRUE.equals(children)) {
            upper.add("children");
        }
        if (Boolean.TRUE.equals(working)) {
            upper.add("workingAge");
        }
        if (maxDays != null) {
            upper.add("maxAgeDays");
        }
        if (upper.size() > 1) {
            throw new RuleDefinitionException("parameters." + upper.get(1), "give only one of maxAge, children,"
                    + " workingAge and maxAgeDays");
        }
        if (min != null && max != null && min > max) {
            throw new RuleDefinitionException("parameters.minAge", "must be <= maxAge");
        }
        return new Rule(rule, p, new Bounds(min, max, Boolean.TRUE.equals(children), Boolean.TRUE.equals(working),
                maxDays));
    }

    /** What a record bounds: years, the children or working-age settings, or days. */
    private record Bounds(Integer min, Integer max, boolean children, boolean working, Integer maxDays) {
    }

    private static final class Rule extends CompiledRule {

        private final Bounds bounds;

        Rule(RuleDefinition rule, Parameters p, Bounds bounds) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.bounds = bounds;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.restrictions().minAgeYears() != null || item.restrictions().maxAgeYears() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            if (targets().explicit() && bounds.maxDays() != null) {
                checkDays(context, line, out);
                return;
            }
            Integer lower = bounds.min();
            Integer upper = bounds.children() ? Integer.valueOf(context.settings().childMaxAge())
                    : bounds.working() ? Integer.valueOf(context.settings().workingMaxAge()) : bounds.max();
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
            boolean child = bounds.children() || (lower == null && upper != null
                    && upper == context.settings().childMaxAge());
            String range = child ? "儿童（" + upper + "岁及以下）"
                    : bounds.working() ? "法定就业年龄（" + upper + "岁及以下）内的参保人"
                    : lower != null && upper != null ? lower + "至" + upper + "岁患者"
                    : lower != null ? lower + "岁及以上患者" : upper + "岁及以下患者";
            out.add(hit(line, tag(child ? "限儿童" : "限年龄") + line.displayName() + " 限" + range + "使用，患者"
                    + age + "岁", Evidence.of("ageYears", age).put("minAge", lower).put("maxAge", upper)
                            .put("children", child).put("workingAge", bounds.working() ? Boolean.TRUE : null)
                            .put("birthDate", context.encounter().birthDate())));
        }

        /** Newborns (新生儿): the age in days on the line's day. */
        private void checkDays(RuleContext context, StayLine line, List<RuleHit> out) {
            Long days = context.ageInDaysAt(line);
            Integer years = context.ageAt(line);
            if (days == null || days <= bounds.maxDays()
                    && (bounds.min() == null || years == null || years >= bounds.min())) {
                return;
            }
            out.add(hit(line, tag("限年龄") + line.displayName() + " 限出生" + bounds.maxDays() + "天内使用，患者已出生"
                    + days + "天", Evidence.of("ageDays", days).put("maxAgeDays", bounds.maxDays())
                            .put("ageYears", years).put("birthDate", context.encounter().birthDate())));
        }
    }
}
