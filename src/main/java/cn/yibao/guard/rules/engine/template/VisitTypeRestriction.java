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
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;
import cn.yibao.guard.stay.EncounterType;

/** 限就医方式: an item payable only for inpatients, or only for outpatients. */
public final class VisitTypeRestriction extends AbstractTemplate {

    public static final String ID = "VISIT_TYPE";

    public VisitTypeRestriction() {
        super(ID, "限就医方式", "The item is payable only in one kind of encounter (e.g. an outpatient-only item "
                + "ordered during an inpatient stay).",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("visitType", "INPATIENT|OUTPATIENT", "the encounter type that "
                                + "may use the item", "ItemRestrictions.visitType")),
                List.of("ItemRestrictions.visitType"),
                List.of("allowedVisitType: INPATIENT or OUTPATIENT", "encounterType: the encounter's type"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        EncounterType type = p.restriction("visitType", name -> p.enumValue(name, EncounterType.class));
        return new Rule(rule, p, type);
    }

    private static final class Rule extends CompiledRule {

        private final EncounterType allowed;

        Rule(RuleDefinition rule, Parameters p, EncounterType allowed) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.allowed = allowed;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return item.restrictions().visitType() != null;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            EncounterType required = allowed != null ? allowed
                    : line.item() == null ? null : line.item().restrictions().visitType();
            EncounterType actual = context.encounter().type();
            if (required == null || actual == null || actual == required) {
                return;
            }
            out.add(hit(line, tag("限就医方式") + line.displayName() + " 限" + Labels.visit(required) + "使用，本次为"
                    + Labels.visit(actual), Evidence.of("allowedVisitType", required).put("encounterType", actual)));
        }
    }
}
