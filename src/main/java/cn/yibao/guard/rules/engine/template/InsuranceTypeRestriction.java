package cn.yibao.guard.rules.engine.template;

import java.util.List;
import java.util.Set;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.Labels;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;
import cn.yibao.guard.stay.InsuranceType;

/** 限定保险类型: an item payable only by some insurance types (e.g. 工伤保险目录用药). */
public final class InsuranceTypeRestriction extends AbstractTemplate {

    public static final String ID = "INSURANCE_TYPE_RESTRICTION";

    public InsuranceTypeRestriction() {
        super(ID, "限定保险类型", "The item is payable only by the listed insurance types.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("insuranceTypes", "(EMPLOYEE|RESIDENT|WORK_INJURY|MATERNITY|"
                                + "SELF_PAY)[]", "the insurance types that pay for the item",
                                "ItemRestrictions.insuranceTypes")),
                List.of("ItemRestrictions.insuranceTypes"),
                List.of("allowedInsuranceTypes: the types that pay", "insuranceType: the encounter's type"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        List<InsuranceType> types = p.restriction("insuranceTypes", name -> {
            p.nonEmptyStrings(name);
            return p.enumValues(name, InsuranceType.class);
        });
        return new Rule(rule, p, types == null ? null : Set.copyOf(types));
    }

    private static final class Rule extends CompiledRule {

        private final Set<InsuranceType> allowed;

        Rule(RuleDefinition rule, Parameters p, Set<InsuranceType> allowed) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.allowed = allowed;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return !item.restrictions().insuranceTypes().isEmpty();
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            Set<InsuranceType> required = allowed != null ? allowed
                    : line.item() == null ? Set.of() : line.item().restrictions().insuranceTypes();
            InsuranceType actual = context.encounter().insuranceType();
            if (required.isEmpty() || actual == null || required.contains(actual)) {
                return;
            }
            out.add(hit(line, tag("限定保险类型") + line.displayName() + " 限" + Labels.insurances(required)
                    + "支付，本次为" + Labels.insurance(actual),
                    Evidence.of("allowedInsuranceTypes", required.stream().sorted().toList())
                            .put("insuranceType", actual)));
        }
    }
}
