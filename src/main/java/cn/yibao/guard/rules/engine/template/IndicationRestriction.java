package cn.yibao.guard.rules.engine.template;

import java.util.ArrayList;
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

/**
 * 限定适应症: an item payable only with certain diagnoses, given as ICD-10 code prefixes. Codes and prefixes are
 * compared upper case without dots ({@code I21.0} matches {@code I21.000}).
 */
public final class IndicationRestriction extends AbstractTemplate {

    public static final String ID = "INDICATION";

    public IndicationRestriction() {
        super(ID, "限定适应症", "The item is payable only when one of the encounter's diagnoses starts with one of "
                + "the ICD-10 prefixes.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("icdPrefixes", "string[]", "ICD-10 code prefixes, e.g. [\"I21\", "
                                + "\"I22\"]", "ItemRestrictions.indications")),
                List.of("ItemRestrictions.indications"),
                List.of("diagnoses: the encounter's diagnoses (none when empty)",
                        "requiredPrefixes: the ICD-10 prefixes, one of which is required"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        List<String> prefixes = p.restriction("icdPrefixes", p::nonEmptyStrings);
        return new Rule(rule, p, prefixes);
    }

    private static final class Rule extends CompiledRule {

        private final List<String> prefixes;
        private final List<String> keys;

        Rule(RuleDefinition rule, Parameters p, List<String> prefixes) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.prefixes = prefixes;
            this.keys = prefixes == null ? null : keys(prefixes);
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return !item.restrictions().indications().isEmpty();
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            List<String> required = prefixes;
            List<String> requiredKeys = keys;
            if (required == null) {
                if (line.item() == null || line.item().restrictions().indications().isEmpty()) {
                    return;
                }
                required = line.item().restrictions().indications();
                requiredKeys = keys(required);
            }
            if (requiredKeys.isEmpty()) {
                return;
            }
            for (String diagnosis : context.diagnosisKeys()) {
                for (String prefix : requiredKeys) {
                    if (diagnosis.startsWith(prefix)) {
                        return;
                    }
                }
            }
            List<String> diagnoses = context.encounter().diagnoses();
            String present = diagnoses.isEmpty() ? "本次无诊断" : "本次诊断：" + Labels.list(diagnoses);
            out.add(hit(line, tag("限定适应症") + line.displayName() + " 限以下诊断使用：" + Labels.list(required)
                    + "；" + present, Evidence.of("diagnoses", diagnoses).put("requiredPrefixes", required)));
        }

        private static List<String> keys(List<String> prefixes) {
            List<String> out = new ArrayList<>(prefixes.size());
            for (String prefix : prefixes) {
                String key = RuleContext.icdKey(prefix);
                if (key != null) {
                    out.add(key);
                }
            }
            return out;
        }
    }
}
