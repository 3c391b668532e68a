package cn.yibao.guard.rules.engine.template;

import java.util.List;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.Labels;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleDefinitionException;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/** 限医院级别: an item payable only at hospitals of a level or above ("限二级" = level ≥ 2). */
public final class HospitalLevelRestriction extends AbstractTemplate {

    public static final String ID = "HOSPITAL_LEVEL";

    public HospitalLevelRestriction() {
        super(ID, "限医院级别", "The item is payable only at hospitals of the given level or above.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("minLevel", "1|2|3", "lowest hospital level (一级/二级/三级)",
                                "ItemRestrictions.minHospitalLevel")),
                List.of("ItemRestrictions.minHospitalLevel"),
                List.of("minLevel: the level required", "hospitalLevel: the encounter's hospital level"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        Integer level = p.restriction("minLevel", name -> {
            Integer value = p.integer(name);
            if (value < 1 || value > 3) {
                throw new RuleDefinitionException("parameters." + name, "must be 1, 2 or 3");
            }
            return value;
        });
        return new Rule(rule, p, level);
    }

    private static final class Rule extends CompiledRule {

        private final Integer level;

        Rule(RuleDefinition rule, Parameters p, Integer level) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.level = level;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.restrictions().minHospitalLevel() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            Integer required = level != null ? level
                    : line.item() == null ? null : line.item().restrictions().minHospitalLevel();
            int actual = context.encounter().hospitalLevel();
            if (required == null || actual < 1 || actual >= required) {
                return;
            }
            out.add(hit(line, tag("限医院级别") + line.displayName() + " 限" + Labels.level(required)
                    + "及以上医疗机构使用，本院为" + Labels.level(actual),
                    Evidence.of("minLevel", required).put("hospitalLevel", actual)));
        }
    }
}
