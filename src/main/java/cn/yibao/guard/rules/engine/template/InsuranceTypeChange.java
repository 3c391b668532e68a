package cn.yibao.guard.rules.engine.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.Labels;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;
import cn.yibao.guard.rules.engine.Targets;
import cn.yibao.guard.stay.InsuranceType;

/**
 * 费别变更: the encounter's insurance type differs from one recorded earlier in the same stay. Judges the
 * encounter once per check; the hit lists every draft line, since all of them are billed to the new type.
 */
public final class InsuranceTypeChange extends AbstractTemplate {

    public static final String ID = "INSURANCE_TYPE_CHANGE";

    public InsuranceTypeChange() {
        super(ID, "费别变更", "The encounter's insurance type changed during the stay; every draft line is "
                + "reported so the insurance identity is checked before ordering.",
                List.of(), List.of(),
                List.of("insuranceType: the type now", "earlierInsuranceTypes: the other types recorded earlier"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        return new Rule(rule);
    }

    private static final class Rule extends CompiledRule {

        Rule(RuleDefinition rule) {
            super(rule, Targets.NONE, Targeting.ENCOUNTER);
        }

        @Override
        public void checkEncounter(RuleContext context, List<RuleHit> out) {
            InsuranceType now = context.encounter().insuranceType();
            if (now == null || context.drafts().isEmpty()) {
                return;
            }
            Set<InsuranceType> earlier = new TreeSet<>();
            for (InsuranceType type : context.encounter().earlierInsuranceTypes()) {
                if (type != null && type != now) {
                    earlier.add(type);
                }
            }
            if (earlier.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>(context.drafts().size());
            for (StayLine line : context.drafts()) {
                ids.add(line.lineId());
            }
            out.add(hit(ids, tag("费别变更") + "本次就诊费别由" + Labels.insurances(earlier) + "变更为"
                    + Labels.insurance(now) + "，请核对参保身份", Evidence.of("insuranceType", now)
                            .put("earlierInsuranceTypes", List.copyOf(earlier))));
        }
    }
}
