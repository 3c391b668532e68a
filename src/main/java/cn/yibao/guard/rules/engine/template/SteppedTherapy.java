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
import cn.yibao.guard.rules.engine.RuleDefinitionException;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/**
 * 阶梯用药 (二线用药): a second-line item payable only after one of the first-line items was ordered earlier in
 * the stay: an earlier line of the history, or a line of the same order ordered at an earlier time.
 */
public final class SteppedTherapy extends AbstractTemplate {

    public static final String ID = "STEPPED_THERAPY";

    public SteppedTherapy() {
        super(ID, "阶梯用药", "A second-line item is payable only after one of the first-line items was ordered "
                + "earlier in the stay.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.restriction("firstLineItems", "string[]", "national codes of the first-line"
                                + " items", "ItemRestrictions.firstLineItems"),
                        new ParameterSpec("firstLineGenericNames", "string[]", ParameterSpec.Use.RESTRICTION,
                                "generic names of the first-line drugs (instead of, or as well as, codes)", null,
                                null)),
                List.of("ItemRestrictions.firstLineItems"),
                List.of("firstLineItems / firstLineGenericNames: what was looked for and not found"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        List<String> codes = p.strings("firstLineItems");
        List<String> names = p.strings("firstLineGenericNames");
        if (p.targets().explicit() && codes.isEmpty() && names.isEmpty()) {
            throw new RuleDefinitionException("parameters.firstLineItems", "required when the rule names items or "
                    + "genericNames (or give firstLineGenericNames)");
        }
        if (!p.targets().explicit() && (!codes.isEmpty() || !names.isEmpty())) {
            throw new RuleDefinitionException(codes.isEmpty() ? "parameters.firstLineGenericNames"
                    : "parameters.firstLineItems", "only allowed when the rule names items or genericNames; without"
                            + " them the rule reads ItemRestrictions.firstLineItems from the catalogue");
        }
        return new Rule(rule, p, p.targets().explicit() ? codes : null, names);
    }

    private static final class Rule extends CompiledRule {

        private final List<String> codes;
        private final List<String> names;

        Rule(RuleDefinition rule, Parameters p, List<String> codes, List<String> names) {
            super(rule, p.targets(), Targeting.CATALOGUE);
            this.codes = codes;
            this.names = names;
        }

        @Override
        public boolean appliesTo(CatalogItem item) {
            return !item.restrictions().firstLineItems().isEmpty();
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            List<String> firstCodes = codes != null ? codes
                    : line.item() == null ? List.of() : line.item().restrictions().firstLineItems();
            if (firstCodes.isEmpty() && names.isEmpty()) {
                return;
            }
            for (String code : firstCodes) {
                if (anyEarlier(context.withCode(code), line)) {
                    return;
                }
            }
            for (String name : names) {
                if (anyEarlier(context.withGenericName(name), line)) {
                    return;
                }
            }
            List<String> wanted = new ArrayList<>(firstCodes);
            wanted.addAll(names);
            out.add(hit(line, tag("阶梯用药") + line.displayName() + " 为二线用药，本次就诊未见一线用药（"
                    + Labels.list(wanted) + "）使用记录", Evidence.of("firstLineItems", firstCodes)
                            .put("firstLineGenericNames", names.isEmpty() ? null : names)));
        }

        private static boolean anyEarlier(List<StayLine> candidates, StayLine line) {
            for (StayLine other : candidates) {
                if (other == line) {
                    continue;
                }
                if (!other.draft()) {
                    return true;
                }
                if (other.line().orderedAt() != null && line.line().orderedAt() != null
                        && other.line().orderedAt().isBefore(line.line().orderedAt())) {
                    return true;
                }
            }
            return false;
        }
    }
}
