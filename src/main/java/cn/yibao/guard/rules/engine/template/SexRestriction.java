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

/** 限性别: an item payable for one sex only. Patients of unknown sex (9) are not judged. */
public final class SexRestriction extends AbstractTemplate {

    public static final String ID = "SEX_RESTRICTION";

    public SexRestriction() {
        super(ID, "限性别", "The item is payable only for patients of one sex (e.g. prostate drugs for men).",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("sex", "1|2", "1 male only, 2 female only (GB/T 2261.1)",
                                "ItemRestrictions.sex")),
                List.of("ItemRestrictions.sex"),
                List.of("requiredSex: 1 or 2", "patientSex: the encounter's sex"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        Integer sex = p.restriction("sex", name -> {
            Integer value = p.integer(name);
            if (value != 1 && value != 2) {
                throw new RuleDefinitionException("parameters." + name, "must be 1 (male) or 2 (female)");
            }
            return value;
        });
        return new Rule(rule, p, sex);
    }

    private static final class Rule extends CompiledRule {

        private final Integer sex;

        Rule(RuleDefinition rule, Parameters p, Integer sex) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.sex = sex;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            Integer s = item.restrictions().sex();
            return s != null && (s == 1 || s == 2);
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            Integer required = sex != null ? sex : line.item() == null ? null : line.item().restrictions().sex();
            int patient = context.encounter().sex();
            if (required == null || (patient != 1 && patient != 2) || patient == required) {
                return;
            }
            out.add(hit(line, tag("限性别") + line.displayName() + " 限" + Labels.sex(required) + "使用，患者为"
                    + Labels.sex(patient), Evidence.of("requiredSex", required).put("patientSex", patient)));
        }
    }
}
